/**
 * Appends an audit event inside the caller's transaction, chained to the previous event by a
 * sha256 hash so that editing or deleting any past event is detectable (verifyAuditChain).
 * On PostgreSQL an advisory lock serialises appends until commit; SQLite transactions already run
 * one at a time. The request's Idempotency-Key, if any, is recorded in the same transaction, before
 * the lock, so that the serialised part is only the chain step: call this last, right before
 * commit.
 */
import { createHash } from 'node:crypto';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import { claimIdempotencyKey } from '../../platform/db/idempotency.js';
import type { AuditEventTable, Database } from '../../platform/db/schema.js';

export interface AuditInput {
  actor: Pick<Actor, 'userId' | 'username'> | null;
  entity: string;
  entityId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
  at?: string;
}

type EventContent = Pick<
  AuditEventTable,
  | 'at'
  | 'actor_user_id'
  | 'actor_name'
  | 'entity'
  | 'entity_id'
  | 'action'
  | 'before'
  | 'after'
  | 'prev_hash'
>;

const auditLockKey = 7_316_001;

export function hashEvent(e: EventContent): string {
  const content = [
    e.prev_hash,
    e.at,
    e.actor_user_id,
    e.actor_name,
    e.entity,
    e.entity_id,
    e.action,
    e.before,
    e.after,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export async function recordAudit(trx: Kysely<Database>, input: AuditInput): Promise<void> {
  await claimIdempotencyKey(trx, { entity: input.entity, entityId: input.entityId });
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(${auditLockKey})`.execute(trx);
  }
  const last = await trx
    .selectFrom('audit_events')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const event: EventContent = {
    at: input.at ?? new Date().toISOString(),
    actor_user_id: input.actor?.userId ?? null,
    actor_name: input.actor?.username ?? null,
    entity: input.entity,
    entity_id: input.entityId,
    action: input.action,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
    prev_hash: last?.hash ?? null,
  };
  await trx
    .insertInto('audit_events')
    .values({ ...event, hash: hashEvent(event) })
    .execute();
}
