/**
 * Loads backup records into an empty database: refuses one that holds any row (conflict, exit 2),
 * applies the migrations, then inserts every table in one transaction, so a corrupt or truncated
 * backup rolls back and leaves the database empty. Rows referencing their own table are inserted
 * with those columns empty and linked once the table is complete; PostgreSQL identity sequences
 * are moved past the restored ids. `verify` runs inside the transaction before it commits.
 */
import { rebuildTotals } from '../db/totals/rebuild-totals.js';
import { sql, type Kysely, type QueryExecutorProvider } from 'kysely';
import { migrateToLatest, type Store } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { readCatalog, type TableInfo } from './catalog.js';
import { appliedMigrations } from './dump.js';
import type { BackupRecord, CellValue, TableStart } from './format.js';

export interface RestoreOptions {
  store: Store;
  records: AsyncIterable<BackupRecord>;
  verify?: (trx: Kysely<Database>) => Promise<void>;
}

const maxParameters = 10_000;
const binaryBatchRows = 16;

const mismatch = (message: string) => new AppError('unprocessable', message);

async function assertEmpty(store: Store): Promise<void> {
  for (const table of await readCatalog(store.db, store.kind)) {
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table.name)}`.execute(store.db);
    const count = Number(rows[0]?.n ?? 0);
    if (count > 0)
      throw new AppError(
        'conflict',
        `目标数据库不是空的（${table.name} 有 ${count} 行），只能恢复到空数据库 / the target database is not empty (${table.name} has ${count} rows): restore needs an empty database`,
      );
  }
}

/** One table being loaded: rows are batched, self-references kept for after the last row. */
class TableLoader {
  private batch: CellValue[][] = [];
  private links: { key: CellValue[]; values: CellValue[] }[] = [];
  private readonly batchRows: number;
  private readonly selfIndexes: number[];
  private readonly keyIndexes: number[];

  constructor(
    private readonly db: QueryExecutorProvider,
    private readonly target: TableInfo,
    private readonly start: TableStart,
  ) {
    const index = (c: string) => start.columns.indexOf(c);
    this.selfIndexes = target.selfReferences.map(index).filter((i) => i >= 0);
    this.keyIndexes = target.primaryKey.map(index);
    this.batchRows =
      target.binary.length > 0
        ? binaryBatchRows
        : Math.max(1, Math.floor(maxParameters / start.columns.length));
  }

  async add(values: CellValue[]): Promise<void> {
    const row = [...values];
    if (this.selfIndexes.some((i) => row[i] !== null)) {
      this.links.push({
        key: this.keyIndexes.map((i) => row[i] ?? null),
        values: this.selfIndexes.map((i) => row[i] ?? null),
      });
      for (const i of this.selfIndexes) row[i] = null;
    }
    this.batch.push(row);
    if (this.batch.length >= this.batchRows) await this.flush();
  }

  async finish(): Promise<void> {
    await this.flush();
    const columns = this.selfIndexes.map((i) => this.start.columns[i] ?? '');
    for (const link of this.links) {
      const set = sql.join(columns.map((c, i) => sql`${sql.ref(c)} = ${link.values[i] ?? null}`));
      const where = sql.join(
        this.target.primaryKey.map((c, i) => sql`${sql.ref(c)} = ${link.key[i] ?? null}`),
        sql` and `,
      );
      await sql`update ${sql.table(this.target.name)} set ${set} where ${where}`.execute(this.db);
    }
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const columns = sql.join(this.start.columns.map((c) => sql.ref(c)));
    const values = sql.join(this.batch.map((row) => sql`(${sql.join(row)})`));
    await sql`insert into ${sql.table(this.target.name)} (${columns}) values ${values}`.execute(
      this.db,
    );
    this.batch = [];
  }
}

function loaderFor(
  db: QueryExecutorProvider,
  catalog: TableInfo[],
  start: TableStart,
): TableLoader {
  const target = catalog.find((t) => t.name === start.name);
  if (!target)
    throw mismatch(
      `备份中的表 ${start.name} 在此版本中不存在 / table ${start.name} does not exist`,
    );
  const unknown = start.columns.filter((c) => !target.columns.includes(c));
  if (unknown.length > 0)
    throw mismatch(
      `表 ${start.name} 没有列 ${unknown.join(', ')} / unknown columns in ${start.name}`,
    );
  return new TableLoader(db, target, start);
}

async function resetSequences(db: QueryExecutorProvider, catalog: TableInfo[]): Promise<void> {
  for (const { name, identity } of catalog) {
    if (!identity) continue;
    await sql`select setval(pg_get_serial_sequence(${name}, ${identity}),
      coalesce((select max(${sql.ref(identity)}) from ${sql.table(name)}), 0) + 1, false)`.execute(
      db,
    );
  }
}

export async function restoreDatabase(
  options: RestoreOptions,
): Promise<{ tables: number; rows: number }> {
  const { store } = options;
  await assertEmpty(store);
  await migrateToLatest(store);
  const known = await appliedMigrations(store.db);
  const catalog = await readCatalog(store.db, store.kind);
  return store.db.transaction().execute(async (trx) => {
    let loader: TableLoader | null = null;
    let totals: { tables: number; rows: number } | null = null;
    for await (const record of options.records) {
      if (record.kind === 'header') {
        const newer = record.migrations.filter((m) => !known.includes(m));
        if (newer.length > 0)
          throw mismatch(
            `备份来自更新的版本（迁移 ${newer.join(', ')}），请先升级 / the backup is from a newer version (migrations ${newer.join(', ')}): upgrade first`,
          );
      } else if (record.kind === 'table') {
        await loader?.finish();
        loader = loaderFor(trx, catalog, record);
      } else if (record.kind === 'row') {
        if (!loader) throw mismatch('a row before any table');
        await loader.add(record.values);
      } else {
        await loader?.finish();
        loader = null;
        totals = { tables: record.tables, rows: record.rows };
      }
    }
    if (!totals) throw mismatch('备份不完整 / the backup ends before its end record');
    if (store.kind === 'postgres') await resetSequences(trx, catalog);
    // Totals are counted afresh from the restored ledger, whatever the backup held for them.
    await rebuildTotals(trx, { all: true });
    await options.verify?.(trx);
    return totals;
  });
}
