/**
 * Appends an audit event inside the caller's transaction to its plan's chain or the
 * organisation's (platform/db/audit-chain.ts), so that editing or deleting any past event is
 * detectable (verifyAuditChains). On PostgreSQL one statement moves the chain's head and inserts
 * the event: the head row stays locked until commit, so appends to one chain serialise and other
 * chains go on. SQLite transactions already run one at a time. The request's Idempotency-Key, if
 * any, is recorded first, before the lock, so that the serialised part is only the chain step:
 * call this last, right before commit.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import {
  chainHash,
  contentHash,
  organisationChain,
  type EventContent,
} from '../../platform/db/audit-chain.js';
import { claimIdempotencyKey } from '../../platform/db/idempotency.js';
import { prepared } from '../../platform/db/prepared.js';
import type { AuditChainTable, AuditEventTable, Database } from '../../platform/db/schema.js';

export interface AuditInput {
  actor: Pick<Actor, 'userId' | 'username'> | null;
  /**
   * The plan whose chain the event joins, or null for the organisation's chain: users, units,
   * people, sessions, tokens, notifications, and writes whose effect spans plans (cascade links,
   * alignments). Caches of one plan's reads are keyed on its chain and the organisation's.
   */
  planId: number | null;
  entity: string;
  entityId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
  at?: string;
}

export async function recordAudit(trx: Kysely<Database>, input: AuditInput): Promise<void> {
  await claimIdempotencyKey(trx, { entity: input.entity, entityId: input.entityId });
  const event: EventContent = {
    chain_id: input.planId ?? organisationChain,
    at: input.at ?? new Date().toISOString(),
    actor_user_id: input.actor?.userId ?? null,
    actor_name: input.actor?.username ?? null,
    entity: input.entity,
    entity_id: input.entityId,
    action: input.action,
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
  };
  const content = contentHash(event);
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await appendInSql(trx, event, content);
  else await appendInSteps(trx, event, content);
}

type Append = EventContent & { content: string; first: string };

/** Moves the chain's head and inserts the event in one statement (PostgreSQL). */
const appendEvent = prepared(
  (db, e: Append) => sql`
    with head as (
      insert into audit_chains as h (chain_id, head_hash, prev_hash, events)
      values (${e.chain_id}, ${e.first}, null, 1)
      on conflict (chain_id) do update
        set prev_hash = h.head_hash,
          head_hash = encode(sha256(convert_to(h.head_hash || ${e.content}, 'UTF8')), 'hex'),
          events = h.events + 1
      returning prev_hash, head_hash
    )
    insert into audit_events
      (chain_id, at, actor_user_id, actor_name, entity, entity_id, action, before, after,
       prev_hash, hash)
    select ${e.chain_id}::integer, ${e.at}, ${e.actor_user_id}::integer, ${e.actor_name},
      ${e.entity}, ${e.entity_id}::integer, ${e.action}, ${e.before}, ${e.after},
      head.prev_hash, head.head_hash
    from head`,
);

async function appendInSql(trx: Kysely<Database>, e: EventContent, content: string) {
  await appendEvent(trx, { ...e, content, first: chainHash(null, content) });
}

const headOf = prepared((db, p: { chainId: number }) =>
  db.selectFrom('audit_chains').select(['head_hash', 'events']).where('chain_id', '=', p.chainId),
);

type Linked = EventContent & Pick<AuditEventTable, 'prev_hash' | 'hash'>;

const insertEvent = prepared((db, e: Linked) =>
  db.insertInto('audit_events').values({
    chain_id: e.chain_id,
    at: e.at,
    actor_user_id: e.actor_user_id,
    actor_name: e.actor_name,
    entity: e.entity,
    entity_id: e.entity_id,
    action: e.action,
    before: e.before,
    after: e.after,
    prev_hash: e.prev_hash,
    hash: e.hash,
  }),
);

const moveHead = prepared((db, h: AuditChainTable) =>
  db
    .insertInto('audit_chains')
    .values({
      chain_id: h.chain_id,
      head_hash: h.head_hash,
      prev_hash: h.prev_hash,
      events: h.events,
    })
    .onConflict((oc) =>
      oc
        .column('chain_id')
        .doUpdateSet({ head_hash: h.head_hash, prev_hash: h.prev_hash, events: h.events }),
    ),
);

/** Reads the head, inserts the event, moves the head (SQLite: the transaction holds the lock). */
async function appendInSteps(trx: Kysely<Database>, e: EventContent, content: string) {
  const [head] = await headOf(trx, { chainId: e.chain_id });
  const prev = head?.head_hash ?? null;
  const hash = chainHash(prev, content);
  await insertEvent(trx, { ...e, prev_hash: prev, hash });
  await moveHead(trx, {
    chain_id: e.chain_id,
    head_hash: hash,
    prev_hash: prev,
    events: (head?.events ?? 0) + 1,
  });
}
