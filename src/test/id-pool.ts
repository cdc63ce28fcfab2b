/**
 * Record ids for generated requests, by resource (the path segment that names it: plans, tasks,
 * ledger, …): seeded from the database, then grown from the answers of the run, so that a
 * generated `/api/plans/{id}` or `planId` often names a plan that exists.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/schema.js';

/** Field names that name a record of another resource. */
const fieldResources: Record<string, string> = {
  planId: 'plans',
  parentPlanId: 'plans',
  childPlanId: 'plans',
  taskId: 'tasks',
  unitId: 'units',
  parentId: 'units',
  departmentId: 'units',
  personId: 'people',
  ownerId: 'people',
  leaderId: 'people',
  userId: 'users',
  actorUserId: 'users',
  keyTaskId: 'key-tasks',
  indicatorId: 'indicators',
};

const seededTables = {
  plans: 'plans',
  tasks: 'tasks',
  units: 'units',
  people: 'people',
  users: 'users',
  sections: 'plan_sections',
  items: 'plan_items',
  'key-tasks': 'key_tasks',
  indicators: 'indicators',
} as const;

export class IdPool {
  private readonly byResource = new Map<string, Set<number>>();

  private readonly excluded = new Map<string, Set<number>>();

  /** Never offers this id of `resource` (the run's own account and token). */
  protect(resource: string, id: number): void {
    this.excluded.set(resource, new Set([...(this.excluded.get(resource) ?? []), id]));
  }

  async seed(db: Kysely<Database>): Promise<void> {
    for (const [resource, table] of Object.entries(seededTables)) {
      const rows = await db.selectFrom(table).select('id').execute();
      for (const row of rows) this.add(resource, row.id);
    }
  }

  add(resource: string, id: unknown): void {
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) return;
    let ids = this.byResource.get(resource);
    if (!ids) this.byResource.set(resource, (ids = new Set()));
    ids.add(id);
  }

  /** Ids for a parameter or field: `{id}` after `/plans/` is a plan, `taskId` a task. */
  forField(name: string, path = ''): number[] {
    const resource =
      fieldResources[name] ??
      (name === 'id' ? /\/([a-z-]+)\/\{id\}/.exec(path)?.[1] : undefined) ??
      name.replace(/Id$/, 's');
    const excluded = this.excluded.get(resource);
    return [...(this.byResource.get(resource) ?? [])].filter((id) => !excluded?.has(id));
  }

  /** Takes the ids an answer of `path` shows: its own id, or its items' when it is a list. */
  harvest(path: string, body: unknown): void {
    if (typeof body !== 'object' || body === null) return;
    const resource = [...path.matchAll(/\/([a-z-]+)(?=\/|$)/g)].map((m) => m[1]).pop() ?? '';
    if ('id' in body) this.add(resource, body.id);
    const items: unknown = 'items' in body ? body.items : undefined;
    if ('total' in body && Array.isArray(items))
      for (const item of items as unknown[])
        if (typeof item === 'object' && item !== null && 'id' in item) this.add(resource, item.id);
  }
}
