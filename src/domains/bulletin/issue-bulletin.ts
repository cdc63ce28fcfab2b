/**
 * 签发: freezes a draft as an issue of the plan's bulletins of its kind. It takes the 期号 of the
 * month's earlier issue when there is one (a 更正, one version up), else the next 期号; its issue
 * date (by default the first working day after the month's end, never before that end), who
 * issued it and when, and the frame it renders with from now on. One transaction with the audit
 * event; the plan row is locked on PostgreSQL so two months issued at once take different 期号.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Bulletin, Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { formatOfficialDate } from '../documents/official-document.js';
import { settingsOfPlan } from './bulletin-settings.js';
import { lockPlan, nextVersion } from './generate-bulletin.js';
import { getBulletin } from './get-bulletin.js';
import { defaultIssueDate, frameOf, nextIssue } from './load-frame.js';
import { lastDayOf } from './snapshot.js';

export async function issueBulletin(options: {
  db: Kysely<Database>;
  actor: Actor | null;
  id: number;
  issueDate?: string | undefined;
  now: Date;
}): Promise<Bulletin> {
  const { db, actor, id } = options;
  return db.transaction().execute(async (trx) => {
    const { plan_id } = await getBulletin({ db: trx, id });
    await lockPlan(trx, plan_id);
    const draft = await getBulletin({ db: trx, id });
    if (draft.state !== 'draft')
      throw new AppError(
        'conflict',
        `通报已签发，不能再次签发 / bulletin ${id} is already issued`,
        [{ field: 'state', message: 'already issued' }],
      );
    const monthEnd = lastDayOf(draft.month);
    const issueDate = options.issueDate ?? defaultIssueDate(draft.month);
    if (issueDate < monthEnd)
      throw new AppError(
        'unprocessable',
        `签发日期不能早于${formatOfficialDate(monthEnd)} / the issue date cannot be before ${monthEnd}, the month's last day`,
        [{ field: 'body.issueDate', message: `签发日期不能早于${formatOfficialDate(monthEnd)}` }],
      );
    const plan = await trx
      .selectFrom('plans')
      .select(['issuing_unit_id', 'title'])
      .where('id', '=', plan_id)
      .executeTakeFirstOrThrow();
    const issue = await nextIssue(trx, draft);
    const version = await nextVersion(trx, draft);
    const frame = frameOf(await settingsOfPlan(trx, plan), draft, {
      state: 'issued',
      ...issue,
      issueDate,
    });
    const issued = await trx
      .updateTable('bulletins')
      .set({
        state: 'issued',
        version,
        issue_no: issue.issueNo,
        issue_date: issueDate,
        correction: issue.correction ? 1 : 0,
        issued_by: actor?.userId ?? null,
        issued_at: options.now.toISOString(),
        frame: JSON.stringify(frame),
      })
      .where('id', '=', id)
      .where('state', '=', 'draft')
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: plan_id,
      entity: 'bulletins',
      entityId: id,
      action: 'issue',
      after: { issueNo: issue.issueNo, issueDate, version, correction: issue.correction },
    });
    return issued;
  });
}
