/** The scoring scheme of a plan: the stored one, or the default (version 0, stored false). */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { defaultRules, parseRules, type SchemeRules } from './assessment-scheme.js';

export interface AssessmentScheme {
  planId: number;
  rules: SchemeRules;
  /** The tasks the weights are for. */
  tasks: SchemeTask[];
  stored: boolean;
  version: number;
  updatedBy: number | null;
  updatedAt: string | null;
}

export interface SchemeTask {
  id: number;
  no: number;
  content: string;
}

/** The plan's tasks that count (not cancelled), in table order: the default weighs them equally. */
export async function scoredTasks(db: Kysely<Database>, planId: number): Promise<SchemeTask[]> {
  return db
    .selectFrom('tasks')
    .select(['id', 'no', 'content'])
    .where('plan_id', '=', planId)
    .where('status', '!=', 'cancelled')
    .orderBy('no')
    .orderBy('id')
    .execute();
}

export async function getAssessmentScheme(options: {
  db: Kysely<Database>;
  planId: number;
}): Promise<AssessmentScheme> {
  const { db, planId } = options;
  const tasks = await scoredTasks(db, planId);
  const taskIds = tasks.map((t) => t.id);
  const row = await db
    .selectFrom('assessment_schemes')
    .selectAll()
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!row)
    return {
      planId,
      rules: defaultRules(taskIds),
      tasks,
      stored: false,
      version: 0,
      updatedBy: null,
      updatedAt: null,
    };
  return {
    planId,
    rules: parseRules(row.rules, taskIds),
    tasks,
    stored: true,
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}
