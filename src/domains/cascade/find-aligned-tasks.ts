/**
 * Tasks of published child plans aligned with the key tasks of a parent plan, with their status
 * lights. Drafts stay out: a subordinate unit's plan counts once it is published.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { taskLights } from '../progress/task-lights.js';
import type { LightResult } from '../progress/status-light.js';

/** A child plan counts towards its parent once published; a closed one still counts. */
export const countedStates = ['published', 'closed'];

export interface AlignedTaskRow {
  key_task_no: number;
  id: number;
  no: number;
  content: string;
  status: string;
  start_date: string | null;
  due_date: string | null;
  plan_id: number;
  plan_title: string;
  year: number;
  unit_id: number | null;
  unit_name: string | null;
  light: LightResult | null;
}

export async function findAlignedTasks(options: {
  db: Kysely<Database>;
  parentPlanId: number;
  keyTaskNo?: number;
  today: string;
}): Promise<AlignedTaskRow[]> {
  const { db, parentPlanId, keyTaskNo } = options;
  let query = db
    .selectFrom('task_alignments as a')
    .innerJoin('key_tasks as k', 'k.id', 'a.key_task_id')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .innerJoin('plans as c', 'c.id', 't.plan_id')
    .leftJoin('units as u', 'u.id', 'c.issuing_unit_id')
    .select([
      'k.no as key_task_no',
      't.id',
      't.no',
      't.content',
      't.status',
      't.start_date',
      't.due_date',
      'c.id as plan_id',
      'c.title as plan_title',
      'c.year',
      'c.issuing_unit_id as unit_id',
      'u.name as unit_name',
    ])
    .where('k.plan_id', '=', parentPlanId)
    .whereRef('c.parent_plan_id', '=', 'k.plan_id')
    .where('c.state', 'in', countedStates);
  if (keyTaskNo !== undefined) query = query.where('k.no', '=', keyTaskNo);
  const rows = await query
    .orderBy('k.no')
    .orderBy('u.name')
    .orderBy('c.id')
    .orderBy('t.no')
    .execute();
  const lights = await taskLights({
    db,
    tasks: rows.map((r) => ({ ...r, planYear: r.year })),
    today: options.today,
  });
  return rows.map((r) => ({ ...r, light: lights.get(r.id) ?? null }));
}

/** The aligned tasks of key task `no` of a plan; not_found when the plan has no such key task. */
export async function findKeyTaskAligned(options: {
  db: Kysely<Database>;
  planId: number;
  no: number;
  today: string;
}): Promise<AlignedTaskRow[]> {
  const keyTask = await options.db
    .selectFrom('key_tasks')
    .select('id')
    .where('plan_id', '=', options.planId)
    .where('no', '=', options.no)
    .executeTakeFirst();
  if (!keyTask) throw notFound({ zh: '重点工作', en: 'key task' }, options.no);
  return findAlignedTasks({
    db: options.db,
    parentPlanId: options.planId,
    keyTaskNo: options.no,
    today: options.today,
  });
}
