/** information-work assessment schemes and adoptions. */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export function infoWorkMigration(_kind: DatabaseKind) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {},
  };
}
