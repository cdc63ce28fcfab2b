/**
 * Fills an empty database with a synthetic organisation of the requested size, for demos and
 * for measuring scale: units, people and users, plans with key tasks, tasks with assignees,
 * alignments and indicators, ledger entries and progress reports. Rows are written in batches,
 * one transaction each, with multi-row inserts; each batch records one audit event naming the
 * table and its id range instead of one per row, so the hash chain still verifies while a
 * million rows do not cost a million audit events.
 *
 * Errors: `conflict` when the database already holds units, people, users or plans;
 * `bad_request` when the counts cannot fit (more reports than tasks × months so far, ledger
 * entries without indicators, a year after today).
 */
import { rebuildTotals } from '../../platform/db/totals/rebuild-totals.js';
import { sql, type Insertable, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../../domains/audit/record-audit.js';
import { buildOrgRows } from './org-rows.js';
import { buildPlanRows } from './plan-rows.js';
import { streamFor } from './random.js';
import { ledgerChunks, reportChunks } from './tracking-rows.js';
import { buildUnitTree, type SyntheticRoot } from './units.js';

export interface SyntheticOptions {
  units: number;
  plans: number;
  tasks: number;
  ledger: number;
  reports: number;
  seed: number;
  /** Year of the newest plans; older rounds of plans go back a year each. */
  year: number;
  /** China date (YYYY-MM-DD) the data is as of: dates and reports stop at its month. */
  today: string;
  root: SyntheticRoot;
  passwordHash: string;
}

/** Rows written per table, in the order they were written. */
export type SeedSummary = Record<string, number>;

export interface SeedProgress {
  /** Called once with every table's row count before writing starts. */
  start(totals: SeedSummary): void;
  /** Called after each committed batch. */
  advance(table: string, rows: number): void;
}

/** Rows per transaction; each statement stays under SQLite's 32,766 bound parameters. */
const batchRows = 20_000;
const maxParameters = 30_000;

export async function seedSynthetic(options: {
  db: Kysely<Database>;
  kind: DatabaseKind;
  synthetic: SyntheticOptions;
  progress?: SeedProgress;
}): Promise<SeedSummary> {
  const { db, synthetic: o } = options;
  await assertEmpty(db);
  const months = monthsSoFar(o.year, o.today);
  if (o.reports > o.tasks * months)
    throw new AppError(
      'bad_request',
      `进展报告数不能超过任务数 × 已过月数 (${o.tasks * months}) / at most ${o.tasks * months} reports for ${o.tasks} tasks over ${months} months`,
    );
  const now = `${o.today}T00:00:00.000Z`;
  const specs = buildUnitTree(o.units, o.root);
  const org = buildOrgRows(specs, streamFor(o.seed, 'org'), o.passwordHash, now);
  const counts = { plans: o.plans, tasks: o.tasks, year: o.year, today: o.today };
  const plan = buildPlanRows(specs, org, counts, streamFor(o.seed, 'plans'), now);
  if (o.ledger > 0 && plan.indicators.length === 0)
    throw new AppError(
      'bad_request',
      '没有指标，无法生成台账 / no indicators to enter ledger rows for',
    );

  const tracking = { months, chunk: batchRows };
  const jobs: [keyof Database, number, Iterable<Insertable<Database[keyof Database]>[]>][] = [
    ['units', org.units.length, chunks(org.units)],
    ['people', org.people.length, chunks(org.people)],
    ['users', org.users.length, chunks(org.users)],
    ['plans', plan.plans.length, chunks(plan.plans)],
    ['plan_recipients', plan.recipients.length, chunks(plan.recipients)],
    ['key_tasks', plan.keyTasks.length, chunks(plan.keyTasks)],
    ['tasks', plan.tasks.length, chunks(plan.tasks)],
    ['task_assignees', plan.assignees.length, chunks(plan.assignees)],
    ['task_alignments', plan.alignments.length, chunks(plan.alignments)],
    ['indicators', plan.indicators.length, chunks(plan.indicators)],
    [
      'ledger_entries',
      o.ledger,
      ledgerChunks(plan.taskFacts, plan.indicatorTask, {
        ...tracking,
        total: o.ledger,
        random: streamFor(o.seed, 'ledger'),
      }),
    ],
    [
      'progress_reports',
      o.reports,
      reportChunks(plan.taskFacts, {
        ...tracking,
        total: o.reports,
        random: streamFor(o.seed, 'reports'),
      }),
    ],
  ];
  const summary: SeedSummary = Object.fromEntries(jobs.map(([table, total]) => [table, total]));
  options.progress?.start(summary);
  for (const [table, , batches] of jobs) {
    for (const rows of batches) {
      await insertBatch(db, table, rows);
      options.progress?.advance(table, rows.length);
    }
  }
  if (options.kind === 'postgres')
    await afterPostgresLoad(
      db,
      jobs.map(([table]) => table),
    );
  await rebuildTotals(db, { all: true });
  return summary;
}

function* chunks<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += batchRows) yield rows.slice(i, i + batchRows);
}

async function insertBatch(
  db: Kysely<Database>,
  table: keyof Database,
  rows: Insertable<Database[keyof Database]>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perStatement = Math.floor(maxParameters / Object.keys(first).length);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += perStatement)
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + perStatement))
        .execute();
    await recordAudit(trx, {
      actor: null,
      planId: null,
      entity: table,
      entityId: null,
      action: 'synthetic_seed',
      after: { rows: rows.length },
    });
  });
}

async function assertEmpty(db: Kysely<Database>): Promise<void> {
  for (const table of ['units', 'people', 'users', 'plans'] as const) {
    const row = await db.selectFrom(table).select('id').limit(1).executeTakeFirst();
    if (row)
      throw new AppError(
        'conflict',
        `数据库不是空的（${table} 已有数据），合成数据只能写入新库 / the database is not empty (${table} has rows); synthetic data goes into a fresh database only`,
      );
  }
}

/** Months of `year` up to the month of `today` (all twelve for a past year). */
export function monthsSoFar(year: number, today: string): number {
  const [thisYear = 0, thisMonth = 0] = today.split('-').map(Number);
  if (year > thisYear)
    throw new AppError('bad_request', `年份 ${year} 晚于今天 / year ${year} is after today`);
  return year < thisYear ? 12 : thisMonth;
}

/**
 * Ids were given explicitly, which PostgreSQL identity columns do not count: move each
 * sequence past the highest id; then VACUUM ANALYZE, as after any bulk load: statistics for the
 * planner, and the visibility map that lets index-only scans skip the table.
 */
async function afterPostgresLoad(db: Kysely<Database>, tables: string[]): Promise<void> {
  for (const table of tables) {
    const hasId = !['plan_recipients', 'task_alignments'].includes(table);
    if (hasId)
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
        db,
      );
    await sql`vacuum analyze ${sql.table(table)}`.execute(db);
  }
}
