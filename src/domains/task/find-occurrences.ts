/** A recurring task's occurrences in its plan year with their lights, or null when it does not recur. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { recurringFacts, type TaskOccurrences } from './tracking-facts.js';

export async function findOccurrences(options: {
  db: Kysely<Database>;
  taskId: number;
  planYear: number;
  today: string;
}): Promise<TaskOccurrences | null> {
  const facts = await recurringFacts({
    db: options.db,
    tasks: [{ id: options.taskId, planYear: options.planYear }],
    today: options.today,
  });
  return facts.get(options.taskId) ?? null;
}
