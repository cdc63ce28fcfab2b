/**
 * The status light as an SQL expression over a task row, its plan and its stored facts
 * (`task_facts as facts`), as of a day: the same rule as status-light.ts, so a list filters, sorts
 * and pages by light in the database. Recurring obligations, and tasks whose evidence runs past the
 * day, take lights worked out beforehand (`given`). A test holds the two rules to the same answers.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { dayOf, milestoneRedDays, type Light, type LightThresholds } from './status-light.js';

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

export interface LightSqlOptions {
  asOf: string;
  thresholds: LightThresholds;
  /** Lights already known, by task id. */
  given: Map<number, Light>;
}

/** Whether the task has a progress report that counts for the as-of day's month. */
export const reportedSql = (asOf: string) => sql<boolean>`exists (select 1 from progress_reports
  where progress_reports.task_id = tasks.id and progress_reports.month = ${asOf.slice(0, 7)}
  and progress_reports.state <> 'returned')`;

export function lightSql(db: Kysely<Database>, options: LightSqlOptions): RawBuilder<Light> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const { asOf, thresholds } = options;
  const real = (x: RawBuilder<unknown>) =>
    pg ? sql`cast(${x} as double precision)` : sql`cast(${x} as real)`;
  const days = (from: RawBuilder<unknown>, to: RawBuilder<unknown>) =>
    pg
      ? sql`(cast(${to} as date) - cast(${from} as date))`
      : sql`(julianday(${to}) - julianday(${from}))`;
  const least = pg ? sql`least` : sql`min`;
  const greatest = pg ? sql`greatest` : sql`max`;

  const day = sql`${asOf}`;
  const start = sql`coalesce(tasks.start_date, cast(plans.year as text) || '-01-01')`;
  const due = sql`tasks.due_date`;
  const share = sql`case when facts.milestones > 0
    then ${real(sql`facts.milestones_done`)} / ${real(sql`facts.milestones`)} end`;
  const ip = sql`facts.indicator_progress`;
  const progress = sql`case when ${ip} is null then ${share} when ${share} is null then ${ip}
    when ${ip} < ${share} then ${ip} else ${share} end`;
  const length = sql`(${days(start, due)} + 1)`;
  const elapsed = sql`case when ${length} <= 0 then 1.0 else ${least}(1.0, ${greatest}(0.0,
    ${real(sql`${days(start, day)} + 1`)} / ${real(length)})) end`;
  const gap = sql`(${elapsed} - ${least}(1.0, ${progress}))`;
  const paced = (threshold: number) =>
    sql`${due} is not null and ${progress} is not null and ${gap} >= ${threshold}`;
  const late = sql`facts.oldest_open_milestone < ${day}`;
  const longLate = sql`facts.oldest_open_milestone < ${isoDay(dayOf(asOf) - milestoneRedDays)}`;
  const given = [...options.given];
  const known =
    given.length === 0
      ? sql``
      : sql`when tasks.id in (${sql.join(given.map(([id]) => id))}) then case tasks.id ${sql.join(
          given.map(([id, light]) => sql`when ${id} then ${light}`),
          sql` `,
        )} end`;
  return sql<Light>`case
    when tasks.status = 'done' then 'done'
    ${known}
    when ${day} < ${start} then case when ${longLate} then 'red' when ${late} then 'yellow'
      else 'green' end
    when ${due} is not null and ${day} > ${due} then 'red'
    when ${longLate} then 'red'
    when ${paced(thresholds.farBehind)} then 'red'
    when ${late} then 'yellow'
    when ${paced(thresholds.behind)} then 'yellow'
    when not ${reportedSql(asOf)} then 'yellow'
    else 'green' end`;
}

/** Red first, done last: the order of a list sorted by light. */
export const lightRankSql = (light: RawBuilder<Light>) =>
  sql<number>`case ${light} when 'red' then 0 when 'yellow' then 1 when 'green' then 2 else 3 end`;
