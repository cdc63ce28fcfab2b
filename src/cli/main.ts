/**
 * `duban` command line: thin commands over the same use cases as the HTTP API. Input errors
 * exit with status 2 and a message on stderr; nothing is written when they happen.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { calendarDateProblem } from '../platform/calendar-date.js';
import { AppError, exitStatus } from '../platform/errors.js';
import { verifyTotalsCommand } from './verify-totals-command.js';
import { auditVerifyCommand } from './audit-command.js';
import { backupCommand } from './backup-command.js';
import { importCommand } from './import-command.js';
import { migrateDataCommand } from './migrate-data-command.js';
import { remindersRunCommand } from './reminders-command.js';
import { restoreCommand } from './restore-command.js';
import {
  bulletinFormats,
  bulletinKinds,
  parseMonth,
  reportBulletinCommand,
} from './report-bulletin-command.js';
import { reportTableCommand, tableFormats } from './report-table-command.js';
import { seedSyntheticCommand } from './seed-command.js';

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1949 || year > 2100)
    throw new InvalidArgumentError('年份应为 1949–2100 / year must be 1949–2100');
  return year;
}

function parseId(value: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id < 1)
    throw new InvalidArgumentError('应为正整数 / must be a positive whole number');
  return id;
}

function parseDate(value: string): string {
  const problem = calendarDateProblem(value);
  if (problem !== null) throw new InvalidArgumentError(problem);
  return value;
}

const program = new Command('duban')
  .description('督办 Duban — work-plan supervision')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

program
  .command('import')
  .description(
    '导入工作要点通知 / import notices (.txt, .html, .docx, .xlsx, .pdf, .doc, .wps) as draft plans',
  )
  .argument('<files...>', 'notice files; all are read before any is stored')
  .option('--dry-run', 'parse only, write nothing')
  .option('--json', 'print the draft as JSON (an array of drafts for several files)')
  .option('--year <year>', 'plan year when the notice does not say', parseYear)
  .action(async (files: string[], opts: { dryRun?: boolean; json?: boolean; year?: number }) => {
    await importCommand({ files, ...opts });
  });

program
  .command('audit')
  .description('审计记录 / the audit trail')
  .command('verify')
  .description('校验审计哈希链 / verify the audit hash chain; exits 2 at the first broken event')
  .action(auditVerifyCommand);

program
  .command('verify-totals')
  .description(
    '用台账重算统计合计并比对 / recount the stored totals from the ledger; exits 2 listing differences',
  )
  .action(verifyTotalsCommand);

program
  .command('reminders')
  .description('督办提醒 / reminders')
  .command('run')
  .description('计算今天的提醒并排队推送 / compute and queue today’s reminders')
  .option('--date <date>', 'run as of this China date (YYYY-MM-DD)', parseDate)
  .action(remindersRunCommand);

program
  .command('backup')
  .description('备份数据库（服务运行时也可） / back up DATABASE_URL while the server runs')
  .requiredOption('-o, --output <file>', 'backup file to write (gzip JSON lines)')
  .action(backupCommand);

program
  .command('restore')
  .description('恢复备份到空数据库 / restore a backup into the empty database at DATABASE_URL')
  .argument('<file>', 'backup file')
  .action(restoreCommand);

program
  .command('migrate-data')
  .description('在数据库之间迁移全部数据 / copy all data into an empty database')
  .requiredOption('--from <url>', 'source: sqlite:PATH or postgres://…')
  .requiredOption('--to <url>', 'empty target: sqlite:PATH or postgres://…')
  .action(migrateDataCommand);

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 100_000_000)
    throw new InvalidArgumentError('应为 0–100000000 的整数 / must be a whole number 0–100000000');
  return count;
}

function parsePassword(value: string): string {
  if (value.length < 8) throw new InvalidArgumentError('密码至少 8 个字符 / at least 8 characters');
  return value;
}

program
  .command('seed-synthetic')
  .description('向空数据库写入合成数据 / fill an empty database with a synthetic organisation')
  .option('--units <n>', 'units (单位)', parseCount, 2000)
  .option('--plans <n>', 'plans (工作要点)', parseCount, 2000)
  .option('--tasks <n>', 'tasks (任务)', parseCount, 50_000)
  .option('--ledger <n>', 'ledger entries (台账)', parseCount, 1_000_000)
  .option('--reports <n>', 'progress reports (进展报告)', parseCount, 500_000)
  .option('--seed <n>', 'random seed: the same seed gives the same data', parseCount, 1)
  .option('--year <year>', 'year of the newest plans (default this year)', parseYear)
  .addOption(
    new Option('--root <level>', 'the top unit: a province or one city')
      .choices(['province', 'city'])
      .default('province'),
  )
  .option(
    '--password <password>',
    'password of every synthetic user (default generated)',
    parsePassword,
  )
  .action(seedSyntheticCommand);

/** `duban report …`: documents that leave the system (bulletins, the responsibility table). */
export const reportCommand = program
  .command('report')
  .description('通报与导出 / bulletins and exports');

reportCommand
  .command('table')
  .description('导出重点工作任务表 / export a plan’s responsibility table')
  .requiredOption('--plan <id>', 'plan id', parseId)
  .addOption(
    new Option('--format <format>', 'file format').choices(tableFormats).makeOptionMandatory(),
  )
  .requiredOption('-o, --output <file>', 'file to write')
  .option('--date <date>', 'lights as of this China date (YYYY-MM-DD)', parseDate)
  .action(reportTableCommand);

reportCommand
  .command('bulletin')
  .description(
    '生成月度通报草稿并写出，可同时签发 / generate a month’s bulletin draft and write it; --issue issues it',
  )
  .requiredOption('--plan <id>', 'plan id', parseId)
  .requiredOption('--month <month>', 'month (YYYY-MM)', parseMonth)
  .addOption(
    new Option('--kind <kind>', 'bulletin kind').choices(bulletinKinds).default('key-work'),
  )
  .addOption(
    new Option('--format <format>', 'file format').choices(bulletinFormats).default('docx'),
  )
  .requiredOption('-o, --output <file>', 'file to write')
  .option(
    '--issue [date]',
    '签发为第N期，签发日期默认为月末后第一个工作日 / issue it as 第N期 on the date (YYYY-MM-DD; default: the first working day after the month)',
    parseDate,
  )
  .action(reportBulletinCommand);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof AppError) {
    const where = error.details
      .map((d) =>
        [d.line && `line ${d.line}`, d.row && `row ${d.row}`, d.column && `column ${d.column}`]
          .filter(Boolean)
          .join(', '),
      )
      .filter(Boolean);
    process.stderr.write(
      `duban: ${error.message}${where.length ? ` (${where.join('; ')})` : ''}\n`,
    );
    process.exit(exitStatus(error.code));
  }
  process.stderr.write(`duban: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
