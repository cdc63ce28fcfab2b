/**
 * The few task facts the dashboard's lists print (number, content, owner, due date), loaded only
 * for the tasks a list shows; and the open, started tasks with no progress report this month
 * (a returned report counts as none, as for the light).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { reportCounts } from '../progress/counted-reports.js';

function details(db: Kysely<Database>) {
  return db
    .selectFrom('tasks')
    .leftJoin('people as owner', 'owner.id', 'tasks.owner_person_id')
    .select([
      'tasks.id',
      'tasks.no',
      'tasks.content',
      'tasks.due_date',
      'tasks.owner_person_id',
      'owner.name as owner_name',
    ]);
}

export type TaskDetail = Awaited<ReturnType<ReturnType<typeof details>['execute']>>[number];

export async function taskDetails(options: {
  db: Kysely<Database>;
  ids: number[];
}): Promise<TaskDetail[]> {
  if (options.ids.length === 0) return [];
  return details(options.db).where('tasks.id', 'in', options.ids).orderBy('tasks.no').execute();
}

export async function tasksWithoutReport(options: {
  db: Kysely<Database>;
  planId: number;
  planYear: number;
  today: string;
}): Promise<TaskDetail[]> {
  const { planId, today } = options;
  return details(options.db)
    .where('tasks.plan_id', '=', planId)
    .where('tasks.status', '=', 'open')
    .where((eb) =>
      eb(eb.fn.coalesce('tasks.start_date', eb.val(`${options.planYear}-01-01`)), '<=', today),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('progress_reports')
            .select('progress_reports.id')
            .whereRef('progress_reports.task_id', '=', 'tasks.id')
            .where('progress_reports.month', '=', today.slice(0, 7))
            .where(reportCounts),
        ),
      ),
    )
    .orderBy('tasks.no')
    .execute();
}
