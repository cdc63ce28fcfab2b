/**
 * Reads a whole database as backup records from one consistent point in time while the server
 * keeps writing. SQLite: better-sqlite3's online backup copies the file in one step (a WAL reader
 * does not block writers), and the copy is read. PostgreSQL: one REPEATABLE READ, READ ONLY
 * transaction sees a single snapshot. Tables are paged by primary key, binary ones a few rows at a
 * time so that attachments do not fill the memory.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql, type Kysely, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import type { DatabaseKind } from '../config.js';
import { openStore, type Store } from '../db/database.js';
import { AppError } from '../errors.js';
import type { Database } from '../db/schema.js';
import { readCatalog, type TableInfo } from './catalog.js';
import { backupFormat, backupVersion, type BackupRecord, type CellValue } from './format.js';

const pageRows = 1000;
const binaryPageRows = 16;

export async function appliedMigrations(db: QueryExecutorProvider): Promise<string[]> {
  const { rows } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

async function countRows(db: QueryExecutorProvider, table: string): Promise<number> {
  const { rows } = await sql<{
    n: number | string;
  }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

async function* tableRows(
  db: QueryExecutorProvider,
  table: TableInfo,
): AsyncGenerator<CellValue[]> {
  const columns = sql.join(table.columns.map((c) => sql.ref(c)));
  const key = sql.join(table.primaryKey.map((c) => sql.ref(c)));
  const size = table.binary.length > 0 ? binaryPageRows : pageRows;
  let last: CellValue[] | null = null;
  for (;;) {
    const after: RawBuilder<unknown> = last ? sql`where (${key}) > (${sql.join(last)})` : sql``;
    const { rows }: { rows: Record<string, CellValue>[] } = await sql<
      Record<string, CellValue>
    >`select ${columns}
      from ${sql.table(table.name)} ${after} order by ${key} limit ${size}`.execute(db);
    for (const row of rows) yield table.columns.map((c) => row[c] ?? null);
    const final = rows.at(-1);
    if (!final || rows.length < size) return;
    last = table.primaryKey.map((c) => final[c] ?? null);
  }
}

/** The records of a database read inside one snapshot (db must already be one). */
export async function* dumpSnapshot(
  db: QueryExecutorProvider,
  kind: DatabaseKind,
  createdAt: string,
): AsyncGenerator<BackupRecord> {
  yield {
    kind: 'header',
    format: backupFormat,
    version: backupVersion,
    createdAt,
    engine: kind,
    migrations: await appliedMigrations(db),
  };
  let total = 0;
  const tables = await readCatalog(db, kind);
  for (const table of tables) {
    const rows = await countRows(db, table.name);
    yield { kind: 'table', name: table.name, columns: table.columns, rows };
    for await (const values of tableRows(db, table)) yield { kind: 'row', values };
    total += rows;
  }
  yield { kind: 'end', tables: tables.length, rows: total };
}

async function* inSnapshotTransaction(store: Store, createdAt: string) {
  const trx = await startSnapshot(store.db, store.kind);
  let committed = false;
  try {
    yield* dumpSnapshot(trx, store.kind, createdAt);
    await trx.commit().execute();
    committed = true;
  } finally {
    if (!committed) await trx.rollback().execute();
  }
}

function startSnapshot(db: Kysely<Database>, kind: DatabaseKind) {
  const builder = db.startTransaction();
  return kind === 'postgres'
    ? builder.setIsolationLevel('repeatable read').setAccessMode('read only').execute()
    : builder.execute();
}

/** An online copy of a SQLite file, taken in one backup step so that it is one point in time. */
async function sqliteCopy(path: string, dir: string): Promise<string> {
  const copy = join(dir, 'snapshot.sqlite');
  if (!existsSync(path))
    throw new AppError('not_found', `数据库文件不存在 / no database file at ${path}`);
  const source = new SQLite(path, { fileMustExist: true });
  try {
    await source.backup(copy, { progress: ({ totalPages }) => Math.max(totalPages, 1) });
  } finally {
    source.close();
  }
  return copy;
}

/** Every record of the database at url, from one consistent point in time. */
export async function* dumpDatabase(url: string, createdAt: string): AsyncGenerator<BackupRecord> {
  if (!url.startsWith('sqlite:')) {
    const store = openStore(url);
    try {
      yield* inSnapshotTransaction(store, createdAt);
    } finally {
      await store.close();
    }
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'duban-backup-'));
  try {
    const store = openStore(`sqlite:${await sqliteCopy(url.slice('sqlite:'.length), dir)}`);
    try {
      yield* inSnapshotTransaction(store, createdAt);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
