import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSamplePlan } from '../domains/plan/load-sample-plan.js';
import { runDuban } from '../test/cli.js';
import { openEmptyStore, openTestStore, type TestStore } from '../test/stores.js';

const dir = mkdtempSync(join(tmpdir(), 'duban-backup-cli-'));

const duban = (args: string[], databaseUrl: string) =>
  runDuban(args, { DATABASE_URL: databaseUrl });

const taskCount = async (t: TestStore) =>
  (await t.store.db.selectFrom('tasks').select('id').execute()).length;

describe('duban backup, restore and migrate-data', () => {
  let source: TestStore;
  const file = join(dir, 'sample.duban.gz');
  const targets: TestStore[] = [];
  const emptyTarget = async (kind: 'sqlite' | 'postgres') => {
    const t = await openEmptyStore(kind);
    targets.push(t);
    return t;
  };

  beforeAll(async () => {
    source = await openTestStore('sqlite');
    await loadSamplePlan({ db: source.store.db });
  });
  afterAll(async () => {
    for (const t of [source, ...targets]) await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up, restores into an empty database and reports the audit chain', async () => {
    const backup = await duban(['backup', '-o', file], source.url);
    expect(backup.stdout).toContain(`backup written: ${file}`);
    expect(backup.code).toBe(0);
    const target = await emptyTarget('sqlite');
    const restore = await duban(['restore', file], target.url);
    expect(restore.stdout).toMatch(
      /restored: \d+ tables, \d+ rows; .*audit chain intact: \d+ events/,
    );
    expect(restore.code).toBe(0);
    expect(await taskCount(target)).toBe(await taskCount(source));
  });

  it('refuses to restore into a database that is not empty: exit 2, nothing changed', async () => {
    const tasks = await taskCount(source);
    const restore = await duban(['restore', file], source.url);
    expect(restore.code).toBe(2);
    expect(await taskCount(source)).toBe(tasks);
    expect(restore.stderr).toMatch(/the target database is not empty \(\w+ has \d+ rows\)/);
  });

  it('refuses a missing backup file with exit 2', async () => {
    const target = await emptyTarget('sqlite');
    const restore = await duban(['restore', join(dir, 'missing.gz')], target.url);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toContain('no such backup file');
  });

  it('refuses to back up a SQLite file that does not exist with exit 2', async () => {
    const missing = join(dir, 'missing.sqlite');
    const backup = await duban(['backup', '-o', join(dir, 'x.gz')], `sqlite:${missing}`);
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain(`no database file at ${missing}`);
  });

  it('copies SQLite into PostgreSQL with migrate-data', async () => {
    const target = await emptyTarget('postgres');
    const run = await duban(['migrate-data', '--from', source.url, '--to', target.url], source.url);
    expect(run.stdout).toContain('audit chain intact');
    expect(run.code).toBe(0);
    expect(await taskCount(target)).toBe(await taskCount(source));
  });
});
