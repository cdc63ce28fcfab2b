/** extension_requests, month_closes, inbox_views. */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export function reviewsMigration(_kind: DatabaseKind) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {},
  };
}
