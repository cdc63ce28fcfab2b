/** Versioned migrations, applied in name order on start. Add new ones at the end; never edit old ones. */
import type { Migration, MigrationProvider } from 'kysely/migration';
import type { DatabaseKind } from '../../config.js';
import { initialMigration } from './0001-initial.js';
import { accessMigration } from './0002-access.js';

export function migrationProvider(kind: DatabaseKind): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': initialMigration(kind),
    '0002-access': accessMigration(kind),
  };
  return { getMigrations: () => Promise.resolve(migrations) };
}
