/**
 * What Kysely's SQLite driver sees of better-sqlite3. Two changes from handing it the database:
 * - Statements are kept by SQL text. The driver prepares every query anew and better-sqlite3
 *   compiles each time, a large share of a write's CPU under load. A statement still being
 *   iterated (a streamed query) is busy and cannot be shared, so that call gets a fresh one.
 * - Transactions begin IMMEDIATE: they take the write lock at BEGIN, so a transaction that reads
 *   before writing waits (busy_timeout) for another process's writer instead of failing with
 *   SQLITE_BUSY when it first writes.
 */
import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { Lru } from '../lru.js';

export function kyselySqlite(database: SQLiteDatabase, capacity = 500): SqliteDatabase {
  const statements = new Lru<string, Statement>(capacity);
  return {
    close: () => void database.close(),
    prepare(text) {
      const sql = text === 'begin' ? 'begin immediate' : text;
      const cached = statements.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      return statement;
    },
  };
}
