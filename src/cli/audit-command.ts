/** `duban audit verify`: walks every audit chain (per plan, organisation) and reports a break. */
import { verifyAuditChain } from '../domains/audit/verify-audit-chain.js';
import { loadConfig } from '../platform/config.js';
import { openStore } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';

export async function auditVerifyCommand(): Promise<void> {
  const store = openStore(loadConfig().databaseUrl);
  try {
    const report = await verifyAuditChain({ db: store.db });
    if (report.ok) {
      process.stdout.write(
        `审计链完整：${report.chains} 条链，${report.events} 条事件 / audit chains intact: ${report.chains} chains, ${report.events} events\n`,
      );
      return;
    }
    const chain = report.chainId === 0 ? '机构审计链' : `计划 ${report.chainId} 的审计链`;
    const chainEn =
      report.chainId === 0 ? "the organisation's chain" : `plan ${report.chainId}'s chain`;
    throw new AppError(
      'unprocessable',
      `${chain}在第 ${report.brokenAt} 条事件处断开 / ${chainEn} is broken at event ${report.brokenAt}: ${report.reason}`,
    );
  } finally {
    await store.close();
  }
}
