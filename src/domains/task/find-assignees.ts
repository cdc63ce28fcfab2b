/** Task assignees with names, for the task list and page: owners, lead and co-departments. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { assigneeIdsOf } from '../plan/task-assignees.js';

export interface Ref {
  id: number;
  name: string;
}

export interface Assignees {
  owners: Ref[];
  leadDepartments: Ref[];
  coDepartments: Ref[];
}

export async function findAssignees(options: {
  db: Kysely<Database>;
  tasks: { id: number; owner_person_id: number | null; department_unit_id: number | null }[];
}): Promise<Map<number, Assignees>> {
  const { db } = options;
  const ids = await assigneeIdsOf(db, options.tasks);
  const all = [...ids.values()];
  const personIds = [...new Set(all.flatMap((a) => a.owners))];
  const unitIds = [...new Set(all.flatMap((a) => [...a.leadDepartments, ...a.coDepartments]))];
  const people =
    personIds.length === 0
      ? []
      : await db.selectFrom('people').select(['id', 'name']).where('id', 'in', personIds).execute();
  const units =
    unitIds.length === 0
      ? []
      : await db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute();
  const refs = (list: number[], named: Ref[]) =>
    list.flatMap((id) => named.filter((n) => n.id === id));
  return new Map(
    [...ids].map(([taskId, a]) => [
      taskId,
      {
        owners: refs(a.owners, people),
        leadDepartments: refs(a.leadDepartments, units),
        coDepartments: refs(a.coDepartments, units),
      },
    ]),
  );
}
