/**
 * Lists tasks the actor may see, filtered, with their status lights. The light is worked out in
 * the database from each task's stored facts (light-sql.ts), so filtering, sorting and paging by
 * it happen there and only the page's rows are read. An owner filter matches any of a task's
 * owners, a department filter its lead or co-operating departments.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { containsText } from '../../platform/db/text-search.js';
import { lightInputOf, taskLights } from './task-lights.js';
import { lightRankSql, lightSql, reportedSql } from './light-sql.js';
import { lightThresholds } from './light-settings.js';
import { statusLight, type Light, type LightResult } from './status-light.js';
import type { TaskListQuery } from '../task/task.schema.js';
import { findAssignees, type Assignees } from '../task/find-assignees.js';
import { taskRows, type TaskRow } from '../task/task-rows.js';

export interface TaskWithLight extends TaskRow {
  light: LightResult;
  assignees?: Assignees;
}

function filteredRows(db: Kysely<Database>, access: Access, query: TaskListQuery) {
  let rows = taskRows(db, access).leftJoin('task_facts as facts', 'facts.task_id', 'tasks.id');
  if (query.planId) rows = rows.where('tasks.plan_id', '=', query.planId);
  if (query.unitId) rows = rows.where('plans.issuing_unit_id', '=', query.unitId);
  const { departmentId, ownerId } = query;
  if (departmentId)
    rows = rows.where((eb) =>
      eb.or([
        eb('tasks.department_unit_id', '=', departmentId),
        eb(
          'tasks.id',
          'in',
          eb
            .selectFrom('task_assignees')
            .select('task_id')
            .where('kind', 'in', ['lead_department', 'co_department'])
            .where('unit_id', '=', departmentId),
        ),
      ]),
    );
  if (ownerId)
    rows = rows.where((eb) =>
      eb.or([
        eb('tasks.owner_person_id', '=', ownerId),
        eb(
          'tasks.id',
          'in',
          eb
            .selectFrom('task_assignees')
            .select('task_id')
            .where('kind', '=', 'owner')
            .where('person_id', '=', ownerId),
        ),
      ]),
    );
  if (query.leaderId) rows = rows.where('tasks.leader_person_id', '=', query.leaderId);
  if (query.dueBefore) rows = rows.where('tasks.due_date', '<', query.dueBefore);
  if (query.q) rows = rows.where(containsText(db, 'tasks.content', query.q));
  return rows;
}

/**
 * Lights the SQL rule cannot give: recurring obligations (their occurrences) and tasks with
 * evidence dated after the day (counted from the ledger as of it). Few in any plan.
 */
async function givenLights(
  db: Kysely<Database>,
  rows: ReturnType<typeof filteredRows>,
  today: string,
): Promise<Map<number, LightResult>> {
  const special = await rows
    .clearSelect()
    .select(['tasks.id', 'tasks.status', 'tasks.start_date', 'tasks.due_date', 'plans.year'])
    .where((eb) =>
      eb.or([eb('tasks.recurring', 'is not', null), eb('facts.latest_entry_date', '>', today)]),
    )
    .execute();
  return taskLights({ db, tasks: special.map((t) => ({ ...t, planYear: t.year })), today });
}

export async function findTasks(options: {
  db: Kysely<Database>;
  access: Access;
  query: TaskListQuery;
  today: string;
}) {
  const { db, access, query, today } = options;
  const rows = filteredRows(db, access, query);
  const given = await givenLights(db, rows, today);
  const light = lightSql(db, {
    asOf: today,
    thresholds: lightThresholds(),
    given: new Map([...given].map(([id, l]): [number, Light] => [id, l.light])),
  });
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  // JavaScript compares names by code unit; PostgreSQL's "C" collation sorts the same way.
  const byName = (column: string) =>
    pg ? sql`coalesce(${sql.ref(column)}, '') collate "C"` : sql`coalesce(${sql.ref(column)}, '')`;
  const sortKey = {
    no: sql`tasks.plan_id * 1000000 + tasks.no`,
    due: sql`coalesce(tasks.due_date, '9999')`,
    light: lightRankSql(light),
    owner: byName('owner.name'),
    department: byName('department.name'),
  }[query.sort];
  let page = rows
    .select([
      light.as('light_code'),
      reportedSql(today).as('reported'),
      'facts.indicator_progress',
      'facts.milestones',
      'facts.milestones_done',
      'facts.oldest_open_milestone',
      'facts.latest_entry_date',
      sql<number>`count(*) over ()`.as('total_rows'),
    ])
    .orderBy(sortKey, query.order)
    .orderBy('tasks.id')
    .limit(query.limit)
    .offset(query.offset);
  if (query.light) page = page.where(light, '=', query.light);
  const found = await page.execute();
  const total =
    found[0] !== undefined
      ? Number(found[0].total_rows)
      : query.offset === 0
        ? 0
        : await countRows(rows, query.light ? light : null, query.light);
  const items = found.map(({ light_code: _, total_rows: __, reported, ...row }): TaskWithLight => {
    const lit =
      given.get(row.id) ??
      statusLight(
        lightInputOf({ ...row, planYear: row.plan_year }, row, {
          today,
          reported: Boolean(reported),
        }),
        lightThresholds(),
      );
    return { ...row, light: lit };
  });
  const assignees = await findAssignees({ db, tasks: items });
  return {
    items: items.map((t) => {
      const a = assignees.get(t.id);
      return a ? { ...t, assignees: a } : t;
    }),
    total,
  };
}

/** The count when the page asked for lies past the last row. */
async function countRows(
  rows: ReturnType<typeof filteredRows>,
  light: ReturnType<typeof lightSql> | null,
  wanted: Light | undefined,
): Promise<number> {
  let counted = rows.clearSelect().select(sql<number>`count(*)`.as('n'));
  if (light && wanted) counted = counted.where(light, '=', wanted);
  const row = await counted.executeTakeFirst();
  return Number(row?.n ?? 0);
}
