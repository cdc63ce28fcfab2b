/** attachments, indicator_snapshots. */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export function evidenceMigration(_kind: DatabaseKind) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {},
  };
}
