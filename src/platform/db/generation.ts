/**
 * Data generations. Every write records an audit event in its own transaction, on its plan's chain
 * or the organisation's (audit-chain.ts), so a chain's length changes exactly when the data it
 * covers changes, on every app server sharing the database. Caches keyed by the right generation
 * never serve what a committed write made stale, and are not emptied by writes elsewhere:
 * - the organisation's chain covers users, units, people, sessions and tokens (credentials, scopes);
 * - a plan's reads depend on its own chain and the organisation's (names, units);
 * - reads that span plans key on the newest event of all (dataGeneration).
 */
import type { Kysely } from 'kysely';
import { organisationChain } from './audit-chain.js';
import type { Database } from './schema.js';

export async function dataGeneration(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('id').as('g'))
    .executeTakeFirst();
  return Number(row?.g ?? 0);
}

/** The lengths of the given chains, in order (0 for a chain with no event yet). */
export async function chainGenerations(
  db: Kysely<Database>,
  chainIds: number[],
): Promise<number[]> {
  const rows = await db
    .selectFrom('audit_chains')
    .select(['chain_id', 'events'])
    .where('chain_id', 'in', chainIds)
    .execute();
  const events = new Map(rows.map((r) => [r.chain_id, r.events]));
  return chainIds.map((id) => events.get(id) ?? 0);
}

export async function organisationGeneration(db: Kysely<Database>): Promise<number> {
  const [generation] = await chainGenerations(db, [organisationChain]);
  return generation ?? 0;
}
