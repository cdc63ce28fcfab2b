/**
 * What a backup covers, read from the database's own catalog so that a table added by a later
 * migration is included without a list to keep: every table but Kysely's bookkeeping, its
 * columns, primary key, binary columns and foreign keys, in an order where every table comes
 * after the tables it references. Self-references (units.parent_id) are handled by the restore.
 */
import { sql, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import type { DatabaseKind } from '../config.js';

export interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
  binary: string[];
  /** Columns referencing this same table. */
  selfReferences: string[];
  /** Other tables this one references. */
  references: string[];
  /** PostgreSQL identity column whose sequence a restore moves past the restored ids. */
  identity: string | null;
}

interface ColumnRow {
  name: string;
  type: string;
  pk: number;
  identity: number;
}
interface ForeignKeyRow {
  column: string;
  target: string;
}

type AnyDb = QueryExecutorProvider;

const rowsOf = async <T>(db: AnyDb, query: RawBuilder<T>) => (await query.execute(db)).rows;

async function tableNames(db: AnyDb, kind: DatabaseKind): Promise<string[]> {
  const query =
    kind === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table'
          and name not like 'sqlite_%' and name not like 'kysely_%' order by name`
      : sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
          and table_name not like 'kysely_%' order by table_name`;
  return (await rowsOf(db, query)).map((r) => r.name);
}

function columnQuery(kind: DatabaseKind, table: string) {
  return kind === 'sqlite'
    ? sql<ColumnRow>`select name, lower(type) as type, pk, 0 as identity
        from pragma_table_info(${table}) order by cid`
    : sql<ColumnRow>`select c.column_name as name, c.data_type as type,
        coalesce((select k.ordinal_position from information_schema.table_constraints t
          join information_schema.key_column_usage k on k.constraint_name = t.constraint_name
            and k.table_schema = t.table_schema and k.table_name = t.table_name
          where t.table_schema = c.table_schema and t.table_name = c.table_name
            and t.constraint_type = 'PRIMARY KEY' and k.column_name = c.column_name), 0) as pk,
        case when c.is_identity = 'YES' then 1 else 0 end as identity
        from information_schema.columns c
        where c.table_schema = current_schema() and c.table_name = ${table}
        order by c.ordinal_position`;
}

function foreignKeyQuery(kind: DatabaseKind, table: string) {
  return kind === 'sqlite'
    ? sql<ForeignKeyRow>`select "from" as "column", "table" as target
        from pragma_foreign_key_list(${table})`
    : sql<ForeignKeyRow>`select a.attname as "column", cf.relname as target
        from pg_constraint c
        join pg_class ct on ct.oid = c.conrelid
        join pg_namespace n on n.oid = ct.relnamespace and n.nspname = current_schema()
        join pg_class cf on cf.oid = c.confrelid
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
        where c.contype = 'f' and ct.relname = ${table}`;
}

async function tableInfo(db: AnyDb, kind: DatabaseKind, name: string): Promise<TableInfo> {
  const columns = await rowsOf(db, columnQuery(kind, name));
  const keys = await rowsOf(db, foreignKeyQuery(kind, name));
  const primaryKey = columns
    .filter((c) => Number(c.pk) > 0)
    .sort((a, b) => Number(a.pk) - Number(b.pk))
    .map((c) => c.name);
  return {
    name,
    columns: columns.map((c) => c.name),
    primaryKey: primaryKey.length > 0 ? primaryKey : columns.map((c) => c.name),
    binary: columns.filter((c) => c.type === 'blob' || c.type === 'bytea').map((c) => c.name),
    selfReferences: keys.filter((k) => k.target === name).map((k) => k.column),
    references: [...new Set(keys.filter((k) => k.target !== name).map((k) => k.target))],
    identity: columns.find((c) => Number(c.identity) === 1)?.name ?? null,
  };
}

/** Tables ordered so that each follows the tables it references (ties by name). */
export function dependencyOrder(tables: TableInfo[]): TableInfo[] {
  const done = new Set<string>();
  const ordered: TableInfo[] = [];
  const pending = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  while (pending.length > 0) {
    const index = pending.findIndex((t) => t.references.every((r) => done.has(r)));
    if (index < 0)
      throw new Error(`foreign keys form a cycle among: ${pending.map((t) => t.name).join(', ')}`);
    const [next] = pending.splice(index, 1);
    if (!next) break;
    done.add(next.name);
    ordered.push(next);
  }
  return ordered;
}

export async function readCatalog(db: AnyDb, kind: DatabaseKind): Promise<TableInfo[]> {
  const tables: TableInfo[] = [];
  for (const name of await tableNames(db, kind)) tables.push(await tableInfo(db, kind, name));
  return dependencyOrder(tables);
}
