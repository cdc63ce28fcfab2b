/**
 * `duban report bulletin --plan ID --month YYYY-MM --kind key-work --format docx -o FILE
 * [--issue [YYYY-MM-DD]]`: generates the month's draft (audited, by no user), with --issue issues
 * it as 第N期 on the date given (by default the first working day after the month), and writes it
 * in the format asked. A missing plan, a bad month or date or an unwritable folder stops it before
 * anything is stored, and so does an issue date before the month's end.
 */
import { constants } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { issueNoLabel } from '../domains/bulletin/frame.js';
import { generateBulletin } from '../domains/bulletin/generate-bulletin.js';
import { issueBulletin } from '../domains/bulletin/issue-bulletin.js';
import { loadFrame } from '../domains/bulletin/load-frame.js';
import { renderBulletin, type BulletinFormat } from '../domains/bulletin/render-bulletin.js';
import { lastDayOf, type BulletinKind } from '../domains/bulletin/snapshot.js';
import { getPlan } from '../domains/plan/get-plan.js';
import { yearMonthProblem } from '../platform/calendar-date.js';
import { loadConfig } from '../platform/config.js';
import { openStore } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';

export { bulletinFormats } from '../domains/bulletin/render-bulletin.js';
export { bulletinKinds } from '../domains/bulletin/snapshot.js';

export function parseMonth(value: string): string {
  const problem = yearMonthProblem(value);
  if (problem !== null) throw new InvalidArgumentError(problem);
  return value;
}

export interface ReportBulletinOptions {
  plan: number;
  month: string;
  kind: BulletinKind;
  format: BulletinFormat;
  output: string;
  /** Issue the draft: true for the default date, or the date. */
  issue?: string | true;
}

async function assertWritable(file: string): Promise<void> {
  await access(dirname(resolve(file)), constants.W_OK).catch(() => {
    throw new AppError('bad_request', `无法写入 / cannot write ${file}: no such writable folder`);
  });
}

function assertIssueDate(options: ReportBulletinOptions): void {
  const end = lastDayOf(options.month);
  if (typeof options.issue === 'string' && options.issue < end)
    throw new AppError(
      'bad_request',
      `签发日期不能早于月末 ${end} / the issue date cannot be before ${end}, the month's last day`,
    );
}

export async function reportBulletinCommand(options: ReportBulletinOptions): Promise<void> {
  assertIssueDate(options);
  await assertWritable(options.output);
  const store = openStore(loadConfig().databaseUrl);
  try {
    const plan = await getPlan({ db: store.db, id: options.plan });
    const draft = await generateBulletin({
      db: store.db,
      actor: null,
      plan,
      month: options.month,
      kind: options.kind,
      now: new Date(),
    });
    const { issue } = options;
    const bulletin =
      issue === undefined
        ? draft
        : await issueBulletin({
            db: store.db,
            actor: null,
            id: draft.id,
            issueDate: issue === true ? undefined : issue,
            now: new Date(),
          });
    const frame = await loadFrame(store.db, bulletin);
    const file = await renderBulletin(bulletin, options.format, frame);
    await writeFile(options.output, file.bytes);
    const what =
      frame.state === 'issued'
        ? `${issueNoLabel(frame)}，${frame.issueDate} 签发 / issue ${frame.issueNo}${frame.correction ? ' (correction)' : ''} issued on ${frame.issueDate}`
        : `${issueNoLabel(frame)} / draft of issue ${frame.issueNo}`;
    process.stdout.write(`${file.fileName}：${what}，已写入 / written to ${options.output}\n`);
  } finally {
    await store.close();
  }
}
