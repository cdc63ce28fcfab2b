/** The audit trail, newest first, filtered by entity, actor and time. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: number | undefined;
  actorUserId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export async function findAuditEvents(options: { db: Kysely<Database>; filter: AuditFilter }) {
  const f = options.filter;
  let query = options.db.selectFrom('audit_events');
  if (f.entity) query = query.where('entity', '=', f.entity);
  if (f.entityId !== undefined) query = query.where('entity_id', '=', f.entityId);
  if (f.actorUserId !== undefined) query = query.where('actor_user_id', '=', f.actorUserId);
  if (f.from) query = query.where('at', '>=', f.from);
  if (f.to) query = query.where('at', '<', f.to);
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
