/**
 * The store: one Kysely instance over better-sqlite3 (the embedded default) or pg (PostgreSQL).
 * Everything above this module is dialect-free; only connection set-up differs here.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { databaseKind, type DatabaseKind } from '../config.js';
import { migrationProvider } from './migrations/index.js';
import { kyselySqlite } from './sqlite-connection.js';
import type { Database } from './schema.js';

export interface Store {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The PostgreSQL schema named by `?schema=`, when one was. */
  schema: string | null;
  close(): Promise<void>;
}

/** Opens the database named by url: `sqlite:PATH` or `postgres://…[?schema=NAME]`. */
export function openStore(url: string): Store {
  const kind = databaseKind(url);
  const dialect = kind === 'sqlite' ? sqliteDialect(url) : postgresDialect(url);
  const db = new Kysely<Database>({ dialect });
  const schema = kind === 'postgres' ? new URL(url).searchParams.get('schema') : null;
  return { db, kind, schema, close: () => db.destroy() };
}

function sqliteDialect(url: string): SqliteDialect {
  const path = url.slice('sqlite:'.length);
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const database = new SQLite(path);
  // WAL lets readers run beside the writer; NORMAL sync keeps every committed write across a
  // process kill; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: kyselySqlite(database) });
}

// COUNT and SUM come back as int8/numeric text; our counts and quantities fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

function postgresDialect(url: string): PostgresDialect {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new PostgresDialect({ pool });
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  // With a schema named, keep Kysely's bookkeeping tables in it: its existence check looks in
  // every schema and would otherwise find another schema's tables and skip creating its own.
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider(store.kind),
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(
      `数据库迁移失败 / migration failed${name}: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).map((r) => r.migrationName);
}
