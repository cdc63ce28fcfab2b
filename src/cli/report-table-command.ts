/**
 * `duban report table --plan ID --format xlsx -o FILE [--date YYYY-MM-DD]`: a plan's
 * responsibility table (重点工作任务表) as the same .xlsx the web offers, lights as of the date
 * (by default the plan's last day once its year is over, else today, as the web's). The file is written only once the workbook is complete.
 */
import { writeFile } from 'node:fs/promises';
import { getPlan } from '../domains/plan/get-plan.js';
import { effectiveAsOf } from '../domains/plan/plan-period.js';
import { getResponsibilityTable } from '../domains/table-export/get-responsibility-table.js';
import { responsibilityWorkbook } from '../domains/table-export/responsibility-workbook.js';
import { calendarDate } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { openStore } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';

export const tableFormats = ['xlsx'] as const;

export interface ReportTableOptions {
  plan: number;
  format: (typeof tableFormats)[number];
  output: string;
  date?: string;
}

export async function reportTableCommand(options: ReportTableOptions): Promise<void> {
  const store = openStore(loadConfig().databaseUrl);
  try {
    const plan = await getPlan({ db: store.db, id: options.plan });
    const today = calendarDate(new Date());
    const asOf = effectiveAsOf({ asOf: options.date, planYear: plan.year, today });
    const table = await getResponsibilityTable({ db: store.db, plan, asOf });
    const bytes = await responsibilityWorkbook(table);
    await writeFile(options.output, bytes).catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      throw new AppError('bad_request', `无法写入 / cannot write ${options.output}: ${why}`);
    });
    process.stdout.write(
      `${table.title}：${table.rows.length} 项任务，已写入 / ${table.rows.length} tasks written to ${options.output}\n`,
    );
  } finally {
    await store.close();
  }
}
