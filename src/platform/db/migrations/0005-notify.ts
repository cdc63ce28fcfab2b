/** notifications, webhooks, webhook_deliveries. */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export function notifyMigration(_kind: DatabaseKind) {
  return {
    async up(_db: Kysely<unknown>): Promise<void> {},
  };
}
