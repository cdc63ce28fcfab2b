/**
 * Test stores on both engines: a fresh SQLite file in a temp folder, and a fresh schema on the
 * PostgreSQL server (TEST_POSTGRES_URL, default the local `test` database). PostgreSQL is never
 * skipped: if it is unreachable the tests fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseKind } from '../platform/config.js';
import { migrateToLatest, openStore, type Store } from '../platform/db/database.js';
import { adminQuery, schemaUrl } from './postgres.js';

export const engines: DatabaseKind[] = ['sqlite', 'postgres'];

export interface TestStore {
  store: Store;
  url: string;
  cleanup(): Promise<void>;
}

/** An empty database (no migrations applied) of the given kind. */
export async function openEmptyStore(kind: DatabaseKind): Promise<TestStore> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'duban-test-'));
    const url = `sqlite:${join(dir, 'test.sqlite')}`;
    const store = openStore(url);
    return {
      store,
      url,
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  const url = schemaUrl(schema);
  const store = openStore(url);
  return {
    store,
    url,
    cleanup: async () => {
      await store.close();
      await adminQuery(`DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

/** A migrated, empty database of the given kind. */
export async function openTestStore(kind: DatabaseKind): Promise<TestStore> {
  const testStore = await openEmptyStore(kind);
  await migrateToLatest(testStore.store);
  return testStore;
}
