/**
 * The optimistic-lock write: updates one row by id only if it still has the version the writer
 * read, and bumps that version. When no row matched, another writer committed between the read
 * and this write (PostgreSQL read committed; SQLite's BEGIN IMMEDIATE rules it out), so the row is
 * read again and the stale-version error names its current version (412 for If-Match, 409 for a
 * body version); not_found when it has been deleted meanwhile.
 */
import { sql, type Generated, type Kysely, type Selectable, type Updateable } from 'kysely';
import { AppError } from '../errors.js';
import { staleVersion, type ExpectedVersion } from '../versioning.js';
import type { Database } from './schema.js';

/** The row every versioned table has. */
interface VersionedRow {
  id: Generated<number>;
  version: Generated<number>;
}

/** The tables with a numeric `id` and a `version`, the ones this write serves. */
export type VersionedTable = {
  [T in keyof Database]: Database[T] extends VersionedRow ? T : never;
}[keyof Database];

/** Any of the versioned tables, as one shape Kysely can type a query on. */
type AnyVersioned = Record<VersionedTable, VersionedRow>;

/**
 * Which version the write needs, and what a lost race throws: the version the client named (the
 * stale-version error), or one the use case read itself with the error it reports the race with.
 */
export type VersionCheck =
  { expected: ExpectedVersion } | { version: number; onStale: () => AppError };

export async function updateVersioned<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  options: VersionCheck & {
    id: number;
    /** The columns to write; the version is bumped here. */
    set: Updateable<Database[T]>;
  },
): Promise<Selectable<Database[T]>> {
  const { id } = options;
  const version = 'expected' in options ? options.expected.version : options.version;
  // Kysely cannot resolve `id` and `version` on a table name that is a type parameter, so the
  // query is typed on the columns every versioned table shares; VersionedTable guarantees them.
  const rows = db as unknown as Kysely<AnyVersioned>;
  const name: VersionedTable = table;
  const after = await rows
    .updateTable(name)
    .set({
      ...(options.set as Updateable<VersionedRow>),
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  if (after) return after as Selectable<Database[T]>;
  if (!('expected' in options)) throw options.onStale();
  const current = await rows
    .selectFrom(name)
    .select('version')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!current) throw new AppError('not_found', `记录 ${id} 不存在 / ${table} ${id} not found`);
  throw staleVersion(options.expected, current.version);
}
