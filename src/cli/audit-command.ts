/** `duban audit verify`: walks the audit hash chain and reports the first broken event. */
import { verifyAuditChain } from '../domains/audit/verify-audit-chain.js';
import { loadConfig } from '../platform/config.js';
import { openStore } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';

export async function auditVerifyCommand(): Promise<void> {
  const store = openStore(loadConfig().databaseUrl);
  try {
    const report = await verifyAuditChain({ db: store.db });
    if (report.ok) {
      process.stdout.write(`审计链完整 / audit chain intact: ${report.events} events\n`);
      return;
    }
    throw new AppError(
      'unprocessable',
      `审计链在第 ${report.brokenAt} 条事件处断开 / audit chain broken at event ${report.brokenAt}: ${report.reason}`,
    );
  } finally {
    await store.close();
  }
}
