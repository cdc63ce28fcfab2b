/**
 * `duban restore FILE` into the empty database at DATABASE_URL, and the audit check both it and
 * migrate-data run before committing: a restored trail whose hash chain is broken is refused.
 */
import { existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { verifyAuditChain } from '../domains/audit/verify-audit-chain.js';
import { readBackupFile } from '../platform/backup/backup-file.js';
import type { BackupRecord } from '../platform/backup/format.js';
import { restoreDatabase } from '../platform/backup/restore.js';
import { loadConfig } from '../platform/config.js';
import { openStore } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { AppError } from '../platform/errors.js';
import { withProgress } from './backup-progress.js';

let auditEvents = 0;

async function verifyRestoredAudit(trx: Kysely<Database>): Promise<void> {
  const report = await verifyAuditChain({ db: trx });
  if (!report.ok)
    throw new AppError(
      'unprocessable',
      `恢复的审计链（${report.chainId}）在第 ${report.brokenAt} 条事件处断开，未写入 / the restored audit chain ${report.chainId} breaks at event ${report.brokenAt} (${report.reason}); nothing was written`,
    );
  auditEvents = report.events;
}

/** Restores records into the empty database at url and prints what was restored. */
export async function restoreInto(
  url: string,
  records: AsyncIterable<BackupRecord>,
): Promise<void> {
  const store = openStore(url);
  try {
    const totals = await restoreDatabase({
      store,
      records: withProgress(records, '恢复 / restore'),
      verify: verifyRestoredAudit,
    });
    process.stdout.write(
      `恢复完成 / restored: ${totals.tables} tables, ${totals.rows} rows; 审计链完整 / audit chain intact: ${auditEvents} events\n`,
    );
  } finally {
    await store.close();
  }
}

export async function restoreCommand(file: string): Promise<void> {
  if (!existsSync(file))
    throw new AppError('bad_request', `备份文件不存在 / no such backup file: ${file}`);
  await restoreInto(loadConfig().databaseUrl, readBackupFile(file));
}
