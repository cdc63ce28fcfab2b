/** Runs `duban report table` as a child process, the way users call it. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSamplePlan } from '../domains/plan/load-sample-plan.js';
import { formulaCells, readWorkbook } from '../domains/documents/workbook-checks.js';
import { runDuban as duban } from '../test/cli.js';
import { engines, openTestStore, type TestStore } from '../test/stores.js';

const outputIn = (dir: string) => join(dir, '重点工作任务表.xlsx');

describe.each(engines)('duban report table on %s', (kind) => {
  let t: TestStore;
  let planId: number;
  beforeAll(async () => {
    t = await openTestStore(kind);
    await loadSamplePlan({ db: t.store.db });
    planId = (await t.store.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => t.cleanup());

  it('writes the plan’s table as .xlsx with its 10 tasks and lights as of --date', async () => {
    const file = outputIn(mkdtempSync(join(tmpdir(), 'duban-table-')));
    const args = ['report', 'table', '--plan', String(planId), '--format', 'xlsx', '-o', file];
    const { code, stdout } = await duban([...args, '--date', '2017-01-15'], {
      DATABASE_URL: t.url,
    });
    expect([code, stdout]).toEqual([0, expect.stringContaining(`10 tasks written to ${file}`)]);
    const workbook = await readWorkbook(readFileSync(file));
    const sheet = workbook.getWorksheet('重点工作任务表');
    expect(sheet?.getCell('A1').value).toBe('滁州市科协2017年工作要点重点工作任务表');
    expect(Array.from({ length: 10 }, (_, i) => sheet?.getCell(3 + i, 1).value)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    // In mid-January task 1 (due 5月底) is under way with no report yet: yellow, not yet the red
    // of an overdue task it would be as of the real today.
    expect(sheet?.getCell('H3').value).toBe('黄');
    expect(formulaCells(workbook)).toEqual([]);
  });

  it('exits 2 for a plan that does not exist and writes no file', async () => {
    const file = outputIn(mkdtempSync(join(tmpdir(), 'duban-table-')));
    const { code, stderr } = await duban(
      ['report', 'table', '--plan', '999', '--format', 'xlsx', '-o', file],
      { DATABASE_URL: t.url },
    );
    expect([code, stderr]).toEqual([2, expect.stringContaining('plan 999 not found')]);
    expect(existsSync(file)).toBe(false);
  });
});

describe('duban report table arguments', () => {
  it.each([
    [['--plan', '1', '--format', 'pdf'], /--format.*pdf.*xlsx/s],
    [['--plan', 'abc', '--format', 'xlsx'], /--plan.*positive whole number/s],
    [['--plan', '1'], /--format/],
  ])('exits 2 for %j, naming the option, and writes no file', async (bad, message) => {
    const file = outputIn(mkdtempSync(join(tmpdir(), 'duban-table-')));
    const { code, stderr } = await duban(['report', 'table', ...bad, '-o', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(file)).toBe(false);
  });
});
