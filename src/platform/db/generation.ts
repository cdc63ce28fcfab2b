/**
 * The data generation: the id of the newest audit event. Every write records an audit event in
 * its own transaction, so the generation changes exactly when data changes, on every app server
 * sharing the database. Caches keyed by it never serve what a committed write made stale.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export async function dataGeneration(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.max('id').as('g'))
    .executeTakeFirst();
  return Number(row?.g ?? 0);
}
