/** links from a subordinate unit's tasks to the parent plan's key tasks. */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export function cascadeMigration(_kind: DatabaseKind) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {},
  };
}
