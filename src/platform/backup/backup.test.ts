import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../domains/audit/verify-audit-chain.js';
import { startSampleApp, type SampleApp } from '../../domains/ledger/test-support.js';
import { engines, openEmptyStore, type TestStore } from '../../test/stores.js';
import type { Database } from '../db/schema.js';
import { AppError } from '../errors.js';
import { readBackupFile, writeBackupFile } from './backup-file.js';
import { readCatalog } from './catalog.js';
import { dumpDatabase } from './dump.js';
import type { BackupRecord } from './format.js';
import { restoreDatabase } from './restore.js';

const dir = mkdtempSync(join(tmpdir(), 'duban-backup-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Rows = Record<string, unknown>[];

async function tableRows(t: TestStore): Promise<Record<string, Rows>> {
  const out: Record<string, Rows> = {};
  for (const table of await readCatalog(t.store.db, t.store.kind)) {
    const key = sql.join(table.primaryKey.map((c) => sql.ref(c)));
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table.name)}
      order by ${key}`.execute(t.store.db);
    out[table.name] = rows;
  }
  return out;
}

const verify = async (trx: Kysely<Database>) => {
  const report = await verifyAuditChain({ db: trx });
  if (!report.ok) throw new Error(`audit chain broken at ${report.brokenAt}`);
};

async function restoreInto(kind: 'sqlite' | 'postgres', records: AsyncIterable<BackupRecord>) {
  const target = await openEmptyStore(kind);
  try {
    await restoreDatabase({ store: target.store, records, verify });
  } catch (error) {
    await target.cleanup();
    throw error;
  }
  return target;
}

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
]);

describe.each(engines)('backup and restore on %s', (kind) => {
  let s: SampleApp;
  let file = '';
  const entry = async (subject: string) => {
    const indicator = (await (
      await s.as.admin.get(`/api/tasks/${await s.task(2)}/indicators`)
    ).json()) as { items: { id: number }[] };
    const res = await s.as.peng.send('POST', `/api/indicators/${indicator.items[0]!.id}/ledger`, {
      entryDate: '2017-09-12',
      subject,
      attributes: { 活动: '科普日' },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };

  beforeAll(async () => {
    s = await startSampleApp(kind);
    const first = await entry('专家1');
    await entry('专家2');
    const form = new FormData();
    form.append('file', new Blob([png]), '现场照片.png');
    const upload = await fetch(`${s.t.baseUrl}/api/ledger/${first}/attachments`, {
      method: 'POST',
      headers: s.as.peng.auth,
      body: form,
    });
    expect(upload.status).toBe(201);
    const report = await s.as.peng.send('POST', `/api/tasks/${await s.task(2)}/reports`, {
      month: '2017-09',
      done: '组织专家服务企业',
    });
    expect(report.ok).toBe(true);
    file = join(dir, `${kind}.duban.gz`);
    await writeBackupFile(file, dumpDatabase(s.t.testStore.url, '2017-09-30T04:00:00.000Z'));
  });
  afterAll(async () => s.t.close());

  it('restores into an empty database with every table equal row by row, the attachment bytes too', async () => {
    const target = await restoreInto(kind, readBackupFile(file));
    try {
      const restored = await tableRows(target);
      expect(restored).toEqual(await tableRows(s.t.testStore));
      const attachment = restored.attachments?.[0];
      expect(Buffer.compare(attachment?.content as Buffer, png)).toBe(0);
      expect(restored.ledger_entries?.length).toBeGreaterThanOrEqual(2);
      expect(restored.progress_reports).toHaveLength(1);
    } finally {
      await target.cleanup();
    }
  });

  it('continues numbering after the restored ids', async () => {
    const target = await restoreInto(kind, readBackupFile(file));
    try {
      const max = await target.store.db
        .selectFrom('units')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow();
      const row = await target.store.db
        .insertInto('units')
        .values({ name: '新单位', parent_id: null, kind: 'department' })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(row.id).toBe(Number(max.id) + 1);
    } finally {
      await target.cleanup();
    }
  });

  it('moves the data to PostgreSQL with migrate-data semantics: the stream without a file', async () => {
    const target = await restoreInto(
      'postgres',
      dumpDatabase(s.t.testStore.url, '2017-09-30T04:00:00.000Z'),
    );
    try {
      expect(await tableRows(target)).toEqual(await tableRows(s.t.testStore));
    } finally {
      await target.cleanup();
    }
  });

  it('takes a consistent backup while writes are running: every entry has its audit event', async () => {
    let stop = false;
    let written = 0;
    const writer = (async () => {
      while (!stop) {
        await entry(`并发${written}`);
        written++;
      }
    })();
    while (written < 5) await new Promise((r) => setTimeout(r, 10));
    const during = join(dir, `${kind}-during.duban.gz`);
    await writeBackupFile(during, dumpDatabase(s.t.testStore.url, new Date().toISOString()));
    stop = true;
    await writer;
    const target = await restoreInto(kind, readBackupFile(during));
    try {
      const db = target.store.db;
      const entries = await db.selectFrom('ledger_entries').select('id').orderBy('id').execute();
      const audited = await db
        .selectFrom('audit_events')
        .select('entity_id')
        .where('entity', '=', 'ledger_entry')
        .where('action', '=', 'create')
        .orderBy('entity_id')
        .execute();
      expect(audited.map((a) => a.entity_id)).toEqual(entries.map((e) => e.id));
      expect(entries.length).toBeGreaterThanOrEqual(2 + 5);
    } finally {
      await target.cleanup();
    }
  });

  it('refuses a database that is not empty with a clear error, changing nothing', async () => {
    const target = await restoreInto(kind, readBackupFile(file));
    try {
      const before = await tableRows(target);
      const error = await restoreDatabase({ store: target.store, records: readBackupFile(file) })
        .then(() => null)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('conflict');
      expect((error as AppError).message).toMatch(/not empty \(\w+ has \d+ rows\)/);
      expect(await tableRows(target)).toEqual(before);
    } finally {
      await target.cleanup();
    }
  });

  const damaged = (name: string, bytes: Buffer) => {
    const path = join(dir, `${kind}-${name}.duban.gz`);
    writeFileSync(path, bytes);
    return path;
  };

  it.each([
    [
      'truncated',
      (gz: Buffer) => gz.subarray(0, Math.floor(gz.length / 2)),
      /cannot read the backup file|truncated/,
    ],
    [
      'cut after a row',
      (gz: Buffer) => gzipSync(gunzipSync(gz).subarray(0, gunzipSync(gz).lastIndexOf('\n[') + 1)),
      /truncated/,
    ],
    ['not gzip', () => Buffer.from('hello'), /cannot read the backup file/],
  ])(
    'refuses a %s backup with a clear error and leaves the target empty',
    async (name, damage, message) => {
      const path = damaged(name, damage(readFileSync(file)));
      const target = await openEmptyStore(kind);
      try {
        const error = await restoreDatabase({ store: target.store, records: readBackupFile(path) })
          .then(() => null)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).message).toMatch(message);
        const counts = Object.values(await tableRows(target)).map((rows) => rows.length);
        expect(counts.length).toBeGreaterThan(10);
        expect(counts.every((n) => n === 0)).toBe(true);
      } finally {
        await target.cleanup();
      }
    },
  );
});
