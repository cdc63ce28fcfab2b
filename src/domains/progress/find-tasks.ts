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
import { taskRows } from '../task/task-rows.js';
import type { ListedTask } from './task.presenter.js';

export interface TaskWithLight extends ListedTask {
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
    .clearSelect()
    .select([
      'tasks.id',
      'tasks.plan_id',
      'tasks.no',
      'tasks.content',
      'key_tasks.no as key_task_no',
      'tasks.owner_person_id',
      'owner.name as owner_name',
      'tasks.department_unit_id',
      'department.name as department_name',
      'tasks.leader_person_id',
      'leader.name as leader_name',
      'tasks.deadline_text',
      'tasks.start_date',
      'tasks.due_date',
      'tasks.recurring',
      'tasks.notes',
      'tasks.status',
      'tasks.version',
      'tasks.updated_at',
      'plans.year as plan_year',
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
  const assignees = await findAssignees({ db, tasks: found });
  // Rows are copied field by field: spreading driver rows of this width is slow.
  const items = found.map((row): TaskWithLight => {
    const light =
      given.get(row.id) ??
      statusLight(
        lightInputOf(
          {
            id: row.id,
            status: row.status,
            start_date: row.start_date,
            due_date: row.due_date,
            planYear: row.plan_year,
          },
          row,
          { today, reported: Boolean(row.reported) },
        ),
        lightThresholds(),
      );
    const item: TaskWithLight = {
      id: row.id,
      plan_id: row.plan_id,
      no: row.no,
      content: row.content,
      key_task_no: row.key_task_no,
      owner_person_id: row.owner_person_id,
      owner_name: row.owner_name,
      department_unit_id: row.department_unit_id,
      department_name: row.department_name,
      leader_person_id: row.leader_person_id,
      leader_name: row.leader_name,
      deadline_text: row.deadline_text,
      start_date: row.start_date,
      due_date: row.due_date,
      recurring: row.recurring,
      notes: row.notes,
      status: row.status,
      version: row.version,
      updated_at: row.updated_at,
      light,
    };
    const a = assignees.get(row.id);
    if (a) item.assignees = a;
    return item;
  });
  return { items, total };
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
