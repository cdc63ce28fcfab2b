/**
 * One audit chain per plan and one for the organisation (db/audit-chain.ts): audit_events gains
 * chain_id, audit_chains holds each chain's head. The events recorded before join the
 * organisation's chain in their order, re-hashed with the chain's rule; an event that did not
 * match the old chain keeps a hash that cannot verify, so a break found before stays found.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { chainHash, contentHash, organisationChain } from '../audit-chain.js';
import type { Database } from '../schema.js';

interface OldEvent {
  id: number;
  at: string;
  actor_user_id: number | null;
  actor_name: string | null;
  entity: string;
  entity_id: number | null;
  action: string;
  before: string | null;
  after: string | null;
  hash: string | null;
  prev_hash: string | null;
}

/** The hash rule of migrations 0002–0018: sha256 over the JSON of prev_hash and the content. */
function oldHash(e: OldEvent): string {
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

async function rechain(db: Kysely<Database>): Promise<void> {
  let previousOld: string | null = null;
  let head: string | null = null;
  let prev: string | null = null;
  let events = 0;
  for (let afterId = 0; ;) {
    const rows = (await db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(1000)
      .execute()) as unknown as OldEvent[];
    for (const row of rows) {
      const intact = row.prev_hash === previousOld && row.hash === oldHash(row);
      previousOld = row.hash;
      prev = head;
      const linked = chainHash(head, contentHash({ ...row, chain_id: organisationChain }));
      head = intact ? linked : `broken:${row.hash ?? ''}`;
      events++;
      await db
        .updateTable('audit_events')
        .set({ prev_hash: prev, hash: head })
        .where('id', '=', row.id)
        .execute();
      afterId = row.id;
    }
    if (rows.length < 1000) break;
  }
  if (head !== null)
    await db
      .insertInto('audit_chains')
      .values({ chain_id: organisationChain, head_hash: head, prev_hash: prev, events })
      .execute();
}

export function auditChainsMigration() {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('audit_events')
        .addColumn('chain_id', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('audit_events_chain')
        .on('audit_events')
        .columns(['chain_id', 'id'])
        .execute();
      await db.schema
        .createTable('audit_chains')
        .addColumn('chain_id', 'integer', (c) => c.primaryKey())
        .addColumn('head_hash', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text')
        .addColumn('events', 'integer', (c) => c.notNull())
        .execute();
      await rechain(db as Kysely<Database>);
    },
  };
}
