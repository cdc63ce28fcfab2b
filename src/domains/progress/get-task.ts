/**
 * One task as its page shows it: the row, its light, its assignees, and its indicators with actual
 * values, all as of one day (the picked 统计日期, else its plan's default), with the plan's period.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { effectiveAsOf, planPeriod } from '../plan/plan-period.js';
import { indicatorActuals } from './indicator-actuals.js';
import { taskLights } from './task-lights.js';
import { findAssignees } from '../task/find-assignees.js';
import { taskRows } from '../task/task-rows.js';

export async function getTask(options: {
  db: Kysely<Database>;
  access: Access;
  id: number;
  today: string;
  /** The picked 统计日期; absent, the plan's default. */
  asOf?: string | undefined;
}) {
  const { db, id } = options;
  const row = await taskRows(db, options.access).where('tasks.id', '=', id).executeTakeFirst();
  if (!row) throw notFound({ zh: '任务', en: 'task' }, id);
  const asOf = effectiveAsOf({ asOf: options.asOf, planYear: row.plan_year, today: options.today });
  const lights = await taskLights({
    db,
    tasks: [{ ...row, planYear: row.plan_year }],
    today: asOf,
  });
  const indicators = await db
    .selectFrom('indicators')
    .selectAll()
    .where('task_id', '=', id)
    .orderBy('id')
    .execute();
  const actuals = await indicatorActuals({ db, taskIds: [id], asOf });
  const assignees = await findAssignees({ db, tasks: [row] });
  return {
    ...row,
    asOf,
    period: planPeriod(row.plan_year),
    light: lights.get(id) ?? null,
    assignees: assignees.get(id),
    indicators: indicators.map((i) => {
      const a = actuals.find((x) => x.indicatorId === i.id);
      return { ...i, actual: a?.actual ?? 0, progress: a?.progress ?? 0 };
    }),
  };
}
