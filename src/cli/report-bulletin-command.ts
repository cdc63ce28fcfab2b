/**
 * `duban report bulletin --plan ID --month YYYY-MM --kind key-work --format docx -o FILE`: issues
 * the month's bulletin as a new version (audited, by no user) and writes it in the format asked.
 * A missing plan, a bad month or an unwritable folder stops it before anything is stored.
 */
import { constants } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { generateBulletin } from '../domains/bulletin/generate-bulletin.js';
import { renderBulletin, type BulletinFormat } from '../domains/bulletin/render-bulletin.js';
import type { BulletinKind } from '../domains/bulletin/snapshot.js';
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
}

async function assertWritable(file: string): Promise<void> {
  await access(dirname(resolve(file)), constants.W_OK).catch(() => {
    throw new AppError('bad_request', `无法写入 / cannot write ${file}: no such writable folder`);
  });
}

export async function reportBulletinCommand(options: ReportBulletinOptions): Promise<void> {
  await assertWritable(options.output);
  const store = openStore(loadConfig().databaseUrl);
  try {
    const plan = await getPlan({ db: store.db, id: options.plan });
    const bulletin = await generateBulletin({
      db: store.db,
      actor: null,
      plan,
      month: options.month,
      kind: options.kind,
      now: new Date(),
    });
    const file = await renderBulletin(bulletin, options.format);
    await writeFile(options.output, file.bytes);
    process.stdout.write(
      `${file.fileName}：第 ${bulletin.version} 版，已写入 / version ${bulletin.version} written to ${options.output}\n`,
    );
  } finally {
    await store.close();
  }
}
