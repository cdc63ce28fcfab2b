/**
 * Responsibility as offices write it: several owners (责任人), lead departments (牵头单位) and
 * co-operating departments (配合单位) per task, in the order written. The single columns
 * tasks.owner_person_id and tasks.department_unit_id stay the primary ones and always mirror the
 * first owner and the first lead department, so code that knows only them keeps working.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export interface AssigneeIds {
  owners: number[];
  leadDepartments: number[];
  coDepartments: number[];
}

export const assigneeKinds = {
  owners: 'owner',
  leadDepartments: 'lead_department',
  coDepartments: 'co_department',
} as const;

type Group = keyof typeof assigneeKinds;
const groups: Group[] = ['owners', 'leadDepartments', 'coDepartments'];

/** The primary first, then the listed ones, each once. */
export function withPrimary(primary: number | null, listed: number[]): number[] {
  return [...new Set(primary === null ? listed : [primary, ...listed])];
}

export async function insertAssignees(
  db: Kysely<Database>,
  taskId: number,
  ids: AssigneeIds,
): Promise<void> {
  const rows = groups.flatMap((group) =>
    ids[group].map((id, position) => ({
      task_id: taskId,
      kind: assigneeKinds[group],
      person_id: group === 'owners' ? id : null,
      unit_id: group === 'owners' ? null : id,
      position,
    })),
  );
  if (rows.length > 0) await db.insertInto('task_assignees').values(rows).execute();
}

interface PrimaryColumns {
  id: number;
  owner_person_id: number | null;
  department_unit_id: number | null;
}

/** Each task's assignees by id, the primary columns merged in first. */
export async function assigneeIdsOf(
  db: Kysely<Database>,
  tasks: PrimaryColumns[],
): Promise<Map<number, AssigneeIds>> {
  const rows =
    tasks.length === 0
      ? []
      : await db
          .selectFrom('task_assignees')
          .select(['task_id', 'kind', 'person_id', 'unit_id'])
          .where(
            'task_id',
            'in',
            tasks.map((t) => t.id),
          )
          .orderBy('task_id')
          .orderBy('position')
          .orderBy('id')
          .execute();
  const listed = (taskId: number, group: Group) =>
    rows
      .filter((r) => r.task_id === taskId && r.kind === assigneeKinds[group])
      .map((r) => (group === 'owners' ? r.person_id : r.unit_id))
      .filter((id): id is number => id !== null);
  return new Map(
    tasks.map((t) => [
      t.id,
      {
        owners: withPrimary(t.owner_person_id, listed(t.id, 'owners')),
        leadDepartments: withPrimary(t.department_unit_id, listed(t.id, 'leadDepartments')),
        coDepartments: listed(t.id, 'coDepartments'),
      },
    ]),
  );
}

/** Replaces a task's assignees; returns the primary columns that mirror them. */
export async function replaceAssignees(
  db: Kysely<Database>,
  taskId: number,
  ids: AssigneeIds,
): Promise<{ owner_person_id: number | null; department_unit_id: number | null }> {
  await db.deleteFrom('task_assignees').where('task_id', '=', taskId).execute();
  await insertAssignees(db, taskId, ids);
  return {
    owner_person_id: ids.owners[0] ?? null,
    department_unit_id: ids.leadDepartments[0] ?? null,
  };
}

/**
 * A reassignment through the single fields (PATCH ownerPersonId / departmentUnitId) replaces the
 * primary one in the list; clearing it promotes the next. Returns the new primary columns.
 */
export async function reassignPrimary(
  db: Kysely<Database>,
  before: PrimaryColumns,
  change: { owner_person_id?: number | null; department_unit_id?: number | null },
) {
  const current = (await assigneeIdsOf(db, [before])).get(before.id);
  if (!current) return {};
  const swap = (list: number[], old: number | null, next: number | null | undefined) => {
    if (next === undefined) return list;
    const rest = list.filter((id) => id !== old && id !== next);
    return next === null ? rest : [next, ...rest];
  };
  const owners = swap(current.owners, before.owner_person_id, change.owner_person_id);
  const leadDepartments = swap(
    current.leadDepartments,
    before.department_unit_id,
    change.department_unit_id,
  );
  const coDepartments = current.coDepartments.filter((id) => !leadDepartments.includes(id));
  return replaceAssignees(db, before.id, { owners, leadDepartments, coDepartments });
}
