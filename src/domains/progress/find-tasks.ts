/**
 * Lists tasks the actor may see, filtered, with their status lights; sorted and paged after the
 * light is known, since the light is derived and cannot be filtered in SQL. An owner filter
 * matches any of a task's owners, a department filter its lead or co-operating departments.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { containsText } from '../../platform/db/text-search.js';
import { taskLights } from './task-lights.js';
import type { LightResult } from './status-light.js';
import type { TaskListQuery } from '../task/task.schema.js';
import { findAssignees, type Assignees } from '../task/find-assignees.js';
import { taskRows, type TaskRow } from '../task/task-rows.js';

export interface TaskWithLight extends TaskRow {
  light: LightResult;
  assignees?: Assignees;
}

const lightOrder = { red: 0, yellow: 1, green: 2, done: 3 };

export async function findTasks(options: {
  db: Kysely<Database>;
  access: Access;
  query: TaskListQuery;
  today: string;
}) {
  const { db, access, query } = options;
  let rows = taskRows(db, access);
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
  const all = await rows.execute();
  const lights = await taskLights({
    db,
    tasks: all.map((t) => ({ ...t, planYear: t.plan_year })),
    today: options.today,
  });
  const withLights = all
    .map((t): TaskWithLight => ({
      ...t,
      light: lights.get(t.id) ?? { light: 'green', reason: 'ongoing', elapsed: null },
    }))
    .filter((t) => !query.light || t.light.light === query.light);
  withLights.sort(comparator(query.sort, query.order));
  const items = withLights.slice(query.offset, query.offset + query.limit);
  const assignees = await findAssignees({ db, tasks: items });
  return {
    items: items.map((t) => {
      const a = assignees.get(t.id);
      return a ? { ...t, assignees: a } : t;
    }),
    total: withLights.length,
  };
}

function comparator(sort: TaskListQuery['sort'], order: TaskListQuery['order']) {
  const key = (t: TaskWithLight): string | number => {
    switch (sort) {
      case 'due':
        return t.due_date ?? '9999';
      case 'light':
        return lightOrder[t.light.light];
      case 'owner':
        return t.owner_name ?? '';
      case 'department':
        return t.department_name ?? '';
      default:
        return t.plan_id * 1e6 + t.no;
    }
  };
  const sign = order === 'desc' ? -1 : 1;
  return (a: TaskWithLight, b: TaskWithLight) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -sign : ka > kb ? sign : a.id - b.id;
  };
}
