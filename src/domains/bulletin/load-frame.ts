/**
 * The frame (版头 and 版记) a stored bulletin renders with. An issued bulletin keeps the frame it
 * was issued with; one issued before frames were kept takes its 期号 and date from its row and the
 * unit's current settings. A draft shows the frame it would be issued with now: the current
 * settings, the 期号 it would take and the default issue date.
 */
import type { Kysely } from 'kysely';
import type { Bulletin, Database } from '../../platform/db/schema.js';
import { firstWorkingDayAfter } from '../../platform/work-calendar.js';
import { settingsOfPlan, type FrameSettings } from './bulletin-settings.js';
import { mastheadSuffix, type BulletinFrame } from './frame.js';
import { kindOfStored, lastDayOf } from './snapshot.js';

/** The rows of a bulletin the frame depends on (no snapshot needed). */
export type FramedRow = Pick<
  Bulletin,
  'plan_id' | 'month' | 'kind' | 'state' | 'issue_no' | 'issue_date' | 'correction' | 'frame'
>;

/** The default 签发 date: the first working day after the month's last day. */
export const defaultIssueDate = (month: string): string => firstWorkingDayAfter(lastDayOf(month));

/**
 * The 期号 an issue of the month takes now: that of the month's issued bulletin when there is one
 * (a 更正), else the next number of the plan's bulletins of the kind.
 */
export async function nextIssue(
  db: Kysely<Database>,
  row: Pick<Bulletin, 'plan_id' | 'month' | 'kind'>,
): Promise<{ issueNo: number; correction: boolean }> {
  const ofKind = db
    .selectFrom('bulletins')
    .where('plan_id', '=', row.plan_id)
    .where('kind', '=', row.kind)
    .where('state', '=', 'issued');
  const same = await ofKind
    .select('issue_no')
    .where('month', '=', row.month)
    .where('issue_no', 'is not', null)
    .executeTakeFirst();
  if (same?.issue_no != null) return { issueNo: Number(same.issue_no), correction: true };
  const last = await ofKind.select((eb) => eb.fn.max('issue_no').as('n')).executeTakeFirst();
  return { issueNo: Number(last?.n ?? 0) + 1, correction: false };
}

export function frameOf(
  settings: FrameSettings,
  row: Pick<Bulletin, 'kind'>,
  issue: Pick<BulletinFrame, 'issueNo' | 'correction' | 'state' | 'issueDate'>,
): BulletinFrame {
  return {
    masthead: `${settings.mastheadName}${mastheadSuffix[kindOfStored(row.kind)]}`,
    issuingOffice: settings.issuingOffice,
    copyTo: [...settings.copyTo],
    printedBy: settings.printedBy,
    ...issue,
  };
}

/** The settings of the plan a bulletin belongs to. */
async function settingsOfPlanId(db: Kysely<Database>, planId: number) {
  const plan = await db
    .selectFrom('plans')
    .select(['issuing_unit_id', 'title'])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  return settingsOfPlan(db, plan);
}

/** The frame; `settings`, when given, are those of the bulletin's plan (a list reads them once). */
export async function loadFrame(
  db: Kysely<Database>,
  bulletin: FramedRow,
  settings?: FrameSettings,
): Promise<BulletinFrame> {
  // Written by issueBulletin from a BulletinFrame; never edited.
  if (bulletin.state === 'issued' && bulletin.frame !== null)
    return JSON.parse(bulletin.frame) as BulletinFrame;
  settings ??= await settingsOfPlanId(db, bulletin.plan_id);
  if (bulletin.state === 'issued')
    return frameOf(settings, bulletin, {
      state: 'issued',
      issueNo: Number(bulletin.issue_no ?? 1),
      correction: Number(bulletin.correction) === 1,
      issueDate: bulletin.issue_date ?? lastDayOf(bulletin.month),
    });
  return frameOf(settings, bulletin, {
    state: 'draft',
    ...(await nextIssue(db, bulletin)),
    issueDate: defaultIssueDate(bulletin.month),
  });
}
