/**
 * Free-text search (`?q=`) that behaves the same on both engines. The text is found literally:
 * LIKE's wildcards `%` and `_` and the escape character `\` itself are escaped (ESCAPE '\'), so
 * `100%` finds "100%" and nothing else. Letters match in either case, by one rule: ASCII letters
 * fold, nothing else does. SQLite's lower() knows no other letters, and PostgreSQL's is held to the
 * same (COLLATE "C") whatever the database's locale; Chinese has no case.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from './schema.js';

/** The text as a LIKE pattern that matches it anywhere, literally, in lower-case ASCII. */
export function containsPattern(text: string): string {
  const folded = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  return `%${folded.replace(/[\\%_]/g, '\\$&')}%`;
}

/** `column` contains `text` (see the module comment); `db` may be a transaction. */
export function containsText(
  db: Pick<Kysely<Database>, 'getExecutor'>,
  column: string,
  text: string,
): RawBuilder<SqlBool> {
  const pattern = containsPattern(text);
  const folded =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? sql`lower(${sql.ref(column)} collate "C")`
      : sql`lower(${sql.ref(column)})`;
  return sql<SqlBool>`${folded} like ${pattern} escape '\\'`;
}
