/** A plan with its outline: sections and items, key tasks with their links, import warnings. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { getPlan } from './get-plan.js';

export async function getPlanDetail(options: { db: Kysely<Database>; id: number }) {
  const { db, id } = options;
  const plan = await getPlan({ db, id });
  const [sections, items, keyTasks, links, taskLinks] = await Promise.all([
    db.selectFrom('plan_sections').selectAll().where('plan_id', '=', id).orderBy('no').execute(),
    db.selectFrom('plan_items').selectAll().where('plan_id', '=', id).orderBy('no').execute(),
    db.selectFrom('key_tasks').selectAll().where('plan_id', '=', id).orderBy('no').execute(),
    db
      .selectFrom('key_task_items')
      .innerJoin('key_tasks', 'key_tasks.id', 'key_task_items.key_task_id')
      .innerJoin('plan_items', 'plan_items.id', 'key_task_items.item_id')
      .select(['key_tasks.no as key_task_no', 'plan_items.no as item_no', 'key_task_items.score'])
      .where('key_tasks.plan_id', '=', id)
      .execute(),
    db
      .selectFrom('tasks')
      .innerJoin('key_tasks', 'key_tasks.id', 'tasks.key_task_id')
      .select([
        'key_tasks.no as key_task_no',
        'tasks.id as task_id',
        'tasks.no as task_no',
        'tasks.key_task_score as score',
      ])
      .where('tasks.plan_id', '=', id)
      .execute(),
  ]);
  return { plan, sections, items, keyTasks, links, taskLinks };
}

export type PlanDetail = Awaited<ReturnType<typeof getPlanDetail>>;
