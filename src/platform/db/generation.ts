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
import { prepared } from './prepared.js';
import type { Database } from './schema.js';

export async function dataGeneration(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('id').as('g'))
    .executeTakeFirst();
  return Number(row?.g ?? 0);
}

const chainLength = prepared((db, p: { chainId: number }) =>
  db.selectFrom('audit_chains').select('events').where('chain_id', '=', p.chainId),
);

/** The length of a chain (0 before its first event). Every request reads one or two. */
export async function chainGeneration(db: Kysely<Database>, chainId: number): Promise<number> {
  const [row] = await chainLength(db, { chainId });
  return row?.events ?? 0;
}

export const organisationGeneration = (db: Kysely<Database>) =>
  chainGeneration(db, organisationChain);
