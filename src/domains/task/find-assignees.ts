/**
 * Task assignees with names, for the task list and page: owners, lead and co-departments, in the
 * order written, the primary columns first. One statement (names joined in), grouped in one pass;
 * a primary that is not among the listed rows and came without its name is looked up.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export interface Ref {
  id: number;
  name: string;
}

export interface Assignees {
  owners: Ref[];
  leadDepartments: Ref[];
  coDepartments: Ref[];
}

interface AssignedTask {
  id: number;
  owner_person_id: number | null;
  department_unit_id: number | null;
  /** The primary's names when the caller read them already. */
  owner_name?: string | null;
  department_name?: string | null;
}

const groupOf = {
  owner: 'owners',
  lead_department: 'leadDepartments',
  co_department: 'coDepartments',
} as const;

/** The primary first, then the listed ones, each once. */
function withPrimary(primary: Ref | null, listed: Ref[]): Ref[] {
  if (primary === null) return listed;
  return [primary, ...listed.filter((r) => r.id !== primary.id)];
}

export async function findAssignees(options: {
  db: Kysely<Database>;
  tasks: AssignedTask[];
}): Promise<Map<number, Assignees>> {
  const { db, tasks } = options;
  const found = new Map<number, Assignees>();
  if (tasks.length === 0) return found;
  const rows = await db
    .selectFrom('task_assignees as a')
    .leftJoin('people', 'people.id', 'a.person_id')
    .leftJoin('units', 'units.id', 'a.unit_id')
    .select([
      'a.task_id',
      'a.kind',
      'a.person_id',
      'a.unit_id',
      'people.name as person',
      'units.name as unit',
    ])
    .where(
      'a.task_id',
      'in',
      tasks.map((t) => t.id),
    )
    .orderBy('a.task_id')
    .orderBy('a.position')
    .orderBy('a.id')
    .execute();
  const listed = new Map<number, Assignees>();
  for (const row of rows) {
    const group = groupOf[row.kind as keyof typeof groupOf];
    const id = group === 'owners' ? row.person_id : row.unit_id;
    const name = group === 'owners' ? row.person : row.unit;
    if (!group || id === null || name === null) continue;
    let a = listed.get(row.task_id);
    if (!a) listed.set(row.task_id, (a = { owners: [], leadDepartments: [], coDepartments: [] }));
    a[group].push({ id, name });
  }
  const names = await primaryNames(db, tasks, listed);
  for (const task of tasks) {
    const a = listed.get(task.id) ?? { owners: [], leadDepartments: [], coDepartments: [] };
    const primary = (
      id: number | null,
      name: string | null | undefined,
      among: Ref[],
      of: Map<number, string>,
    ) => {
      if (id === null) return null;
      const known = name ?? among.find((r) => r.id === id)?.name ?? of.get(id);
      return known === undefined || known === null ? null : { id, name: known };
    };
    found.set(task.id, {
      owners: withPrimary(
        primary(task.owner_person_id, task.owner_name, a.owners, names.people),
        a.owners,
      ),
      leadDepartments: withPrimary(
        primary(task.department_unit_id, task.department_name, a.leadDepartments, names.units),
        a.leadDepartments,
      ),
      coDepartments: a.coDepartments,
    });
  }
  return found;
}

/** Names of primaries neither given nor listed (rows written before assignees were kept). */
async function primaryNames(
  db: Kysely<Database>,
  tasks: AssignedTask[],
  listed: Map<number, Assignees>,
): Promise<{ people: Map<number, string>; units: Map<number, string> }> {
  const missing = (id: number | null, name: string | null | undefined, among: Ref[] | undefined) =>
    id !== null && name === undefined && !among?.some((r) => r.id === id);
  const personIds = tasks
    .filter((t) => missing(t.owner_person_id, t.owner_name, listed.get(t.id)?.owners))
    .map((t) => t.owner_person_id as number);
  const unitIds = tasks
    .filter((t) =>
      missing(t.department_unit_id, t.department_name, listed.get(t.id)?.leadDepartments),
    )
    .map((t) => t.department_unit_id as number);
  const [people, units] = await Promise.all([
    personIds.length === 0
      ? []
      : db.selectFrom('people').select(['id', 'name']).where('id', 'in', personIds).execute(),
    unitIds.length === 0
      ? []
      : db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute(),
  ]);
  return {
    people: new Map(people.map((p) => [p.id, p.name])),
    units: new Map(units.map((u) => [u.id, u.name])),
  };
}
