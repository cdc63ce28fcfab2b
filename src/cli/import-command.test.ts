/** Runs `duban import` as a child process, the way users call it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDuban as duban } from '../test/cli.js';
import { openTestStore, engines, type TestStore } from '../test/stores.js';

const example = 'src/domains/import/fixtures/chuzhou-cast-2017-workplan.txt';

describe('duban import --dry-run --json', () => {
  it('prints the draft in the expected shape and exits 0', async () => {
    const { code, stdout } = await duban(['import', example, '--dry-run', '--json']);
    expect(code).toBe(0);
    const draft = JSON.parse(stdout) as {
      plan: unknown;
      tableRows: unknown[];
      keyTasks: unknown[];
    };
    expect(draft.plan).toEqual({ title: '滁州市科协2017年工作要点', year: 2017 });
    expect([draft.keyTasks.length, draft.tableRows.length]).toEqual([10, 10]);
  });

  it('exits 2 with a message naming the problem for a missing file', async () => {
    const { code, stderr } = await duban(['import', 'no-such-file.txt', '--dry-run']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no such file: no-such-file\.txt/);
  });

  it('exits 2 for a broken .docx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duban-cli-'));
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, 'PK\u0003\u0004garbage');
    const { code, stderr } = await duban(['import', broken, '--dry-run']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/docx/);
  });

  it('prints an array of drafts, in order, for several files', async () => {
    const other = 'src/domains/import/corpus/county-feixi-cast-2021-workplan.html';
    const { code, stdout } = await duban(['import', example, other, '--dry-run', '--json']);
    expect(code).toBe(0);
    const drafts = JSON.parse(stdout) as { plan: { title: string; year: number } }[];
    expect(drafts.map((d) => d.plan.year)).toEqual([2017, 2021]);
  });

  it('exits 2 for a year that is not a year', async () => {
    const { code, stderr } = await duban(['import', example, '--dry-run', '--year', '17']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/year/);
  });
});

describe.each(engines)('duban import into %s', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(kind);
  });
  afterAll(async () => t.cleanup());

  it('stores the notice as one draft plan with its tasks, people and indicators', async () => {
    const { code, stdout } = await duban(['import', example], { DATABASE_URL: t.url });
    expect(code).toBe(0);
    expect(stdout).toMatch(/imported as draft plan \d+/);
    const db = t.store.db;
    const plans = await db.selectFrom('plans').select(['state', 'title']).execute();
    expect(plans).toEqual([{ state: 'draft', title: '滁州市科协2017年工作要点' }]);
    const count = async (
      table: 'tasks' | 'plan_items' | 'key_tasks' | 'plan_sections' | 'people' | 'indicators',
    ) =>
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    expect(await count('tasks')).toBe(10);
    expect(await count('plan_items')).toBe(17);
    expect(await count('key_tasks')).toBe(10);
    expect(await count('plan_sections')).toBe(5);
    expect(await count('people')).toBe(7);
    const perTask = await db
      .selectFrom('indicators')
      .innerJoin('tasks', 'tasks.id', 'indicators.task_id')
      .select([
        'tasks.no',
        'indicators.comparator',
        'indicators.value',
        'indicators.min_value',
        'indicators.max_value',
        'indicators.unit',
        'indicators.aggregation',
      ])
      .orderBy('tasks.no')
      .execute();
    expect(perTask).toContainEqual({
      no: 6,
      comparator: 'range',
      value: null,
      min_value: 1,
      max_value: 2,
      unit: '个',
      aggregation: 'distinct_subjects',
    });
    expect(perTask).toContainEqual({
      no: 3,
      comparator: '>=',
      value: 2,
      min_value: null,
      max_value: null,
      unit: '次',
      aggregation: 'count',
    });
  });

  it('warns when the notice is already imported, and stores it again as a new draft', async () => {
    const [first] = await t.store.db.selectFrom('plans').select('id').execute();
    const { code, stdout } = await duban(['import', example], { DATABASE_URL: t.url });
    expect(code).toBe(0);
    expect(stdout).toContain(
      `⚠ notice: 文号 滁科协〔2017〕2号已导入为计划 ${first?.id}《滁州市科协2017年工作要点》（草稿），可能重复导入`,
    );
    expect(await t.store.db.selectFrom('plans').select('id').execute()).toHaveLength(2);
  });

  it('stores none of several files when one cannot be read, naming that one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duban-cli-'));
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, 'PK\u0003\u0004garbage');
    const before = await t.store.db.selectFrom('plans').select('id').execute();
    const { code, stderr } = await duban(['import', example, broken], { DATABASE_URL: t.url });
    expect(code).toBe(2);
    expect(stderr).toContain(`${broken}: `);
    expect(await t.store.db.selectFrom('plans').select('id').execute()).toEqual(before);
  });

  it('writes nothing when the notice cannot be parsed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duban-cli-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '没有年份也没有编号的文字');
    const before = await t.store.db.selectFrom('plans').select('id').execute();
    const { code, stderr } = await duban(['import', bad], { DATABASE_URL: t.url });
    expect(code).toBe(2);
    expect(stderr).toMatch(/no numbered work items/);
    expect(await t.store.db.selectFrom('plans').select('id').execute()).toEqual(before);
  });
});

describe('duban audit verify', () => {
  it('reports intact chains, then exits 2 naming the chain and its first tampered event', async () => {
    const t = await openTestStore('sqlite');
    try {
      await duban(['import', example], { DATABASE_URL: t.url });
      const ok = await duban(['audit', 'verify'], { DATABASE_URL: t.url });
      expect(ok).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/intact: 1 chains, 1 events/) as unknown,
      });
      await t.store.db.updateTable('audit_events').set({ action: 'forged' }).execute();
      const broken = await duban(['audit', 'verify'], { DATABASE_URL: t.url });
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/the organisation's chain is broken at event 1/);
    } finally {
      await t.cleanup();
    }
  });
});

describe('duban verify-totals', () => {
  it.each(engines)(
    'on %s: reports agreeing totals, then exits 2 naming a tampered one',
    async (kind) => {
      const t = await openTestStore(kind);
      try {
        await duban(['import', example], { DATABASE_URL: t.url });
        const ok = await duban(['verify-totals'], { DATABASE_URL: t.url });
        expect(ok).toMatchObject({
          code: 0,
          stdout: expect.stringMatching(
            /stored totals agree with the ledger: [1-9]\d* indicators/,
          ) as unknown,
        });
        const { indicator_id: id } = await t.store.db
          .selectFrom('indicator_totals')
          .select('indicator_id')
          .orderBy('indicator_id')
          .executeTakeFirstOrThrow();
        await t.store.db
          .updateTable('indicator_totals')
          .set({ entries: 5 })
          .where('indicator_id', '=', id)
          .execute();
        const broken = await duban(['verify-totals'], { DATABASE_URL: t.url });
        expect(broken.code).toBe(2);
        expect(broken.stderr).toContain('1 stored totals differ from the ledger');
        expect(broken.stderr).toContain(
          `indicator_totals ${id} entries: 存储 stored 5, 应为 expected 0`,
        );
      } finally {
        await t.cleanup();
      }
    },
  );
});
