/** grassroots contact points and visit extensions. */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export function grassrootsMigration(_kind: DatabaseKind) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {},
  };
}
