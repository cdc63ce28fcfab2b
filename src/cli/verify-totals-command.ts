/**
 * `duban verify-totals`: recounts every stored total from the ledger and the milestones and
 * reports where the stored rows differ (exit 2), listing the first twenty differences.
 */
import { loadConfig } from '../platform/config.js';
import { openStore } from '../platform/db/database.js';
import { verifyTotals, type TotalsDifference } from '../platform/db/totals/verify-totals.js';
import { AppError } from '../platform/errors.js';

const shown = 20;

const line = (d: TotalsDifference) =>
  `  ${d.table} ${d.key} ${d.column}: 存储 stored ${JSON.stringify(d.stored)}, 应为 expected ${JSON.stringify(d.expected)}`;

export async function verifyTotalsCommand(): Promise<void> {
  const store = openStore(loadConfig().databaseUrl);
  try {
    const report = await verifyTotals(store.db);
    if (report.ok) {
      process.stdout.write(
        `统计合计一致：${report.indicators} 个指标，${report.tasks} 项任务 / stored totals agree with the ledger: ${report.indicators} indicators, ${report.tasks} tasks\n`,
      );
      return;
    }
    const { differences } = report;
    const more = differences.length > shown ? `\n  … ${differences.length - shown} more` : '';
    throw new AppError(
      'unprocessable',
      `统计合计与台账不一致，共 ${differences.length} 处 / ${differences.length} stored totals differ from the ledger:\n${differences.slice(0, shown).map(line).join('\n')}${more}`,
    );
  } finally {
    await store.close();
  }
}
