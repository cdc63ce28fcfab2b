/** Migration tests: a store brought up to a named migration, to seed the data the next one meets. */
import { Migrator } from 'kysely/migration';
import type { TestStore } from '../../../test/stores.js';
import { migrationProvider } from './index.js';

export async function migrateTo(t: TestStore, name: string): Promise<void> {
  const migrator = new Migrator({
    db: t.store.db,
    provider: migrationProvider(t.store.kind),
    ...(t.store.schema ? { migrationTableSchema: t.store.schema } : {}),
  });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}
