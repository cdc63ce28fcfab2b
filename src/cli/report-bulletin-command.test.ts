/** Runs `duban report bulletin` as a child process, the way users call it. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSeptember } from '../domains/bulletin/example-data.js';
import { docxParts, paragraphs, tableRows } from '../domains/bulletin/test-support.js';
import { loadSamplePlan } from '../domains/import/load-sample-plan.js';
import { formulaCells, readWorkbook } from '../domains/table-export/workbook-checks.js';
import { engines, openTestStore, type TestStore } from '../test/stores.js';

const run = promisify(execFile);

async function duban(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { env: { ...process.env, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.each(engines)('duban report bulletin on %s', (kind) => {
  let t: TestStore;
  let planId: number;
  let dir: string;
  const bulletin = (args: string[]) =>
    duban(['report', 'bulletin', ...args], { DATABASE_URL: t.url });
  const stored = async () =>
    t.store.db.selectFrom('bulletins').select(['version', 'created_by']).orderBy('id').execute();
  const audits = async () =>
    (
      await t.store.db
        .selectFrom('audit_events')
        .select('id')
        .where('entity', '=', 'bulletins')
        .execute()
    ).length;

  beforeAll(async () => {
    t = await openTestStore(kind);
    await loadSamplePlan({ db: t.store.db });
    await seedSeptember(t.store.db);
    planId = (await t.store.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    dir = mkdtempSync(join(tmpdir(), 'duban-bulletin-'));
  });
  afterAll(async () => t.cleanup());

  it('issues a new version by no user, audited, and writes the .docx', async () => {
    const file = join(dir, '九月通报.docx');
    const { code, stdout } = await bulletin([
      '--plan',
      String(planId),
      '--month',
      '2017-09',
      '-o',
      file,
    ]);
    expect([code, stdout]).toEqual([0, expect.stringContaining(`version 1 written to ${file}`)]);
    const { body } = await docxParts(readFileSync(file));
    expect(paragraphs(body)[0]).toBe('2017年9月重点工作通报');
    expect(tableRows(body)).toContainEqual(['1', '办公室', '4', '1', '25%', '0', '1', '2']);
    expect(await stored()).toEqual([{ version: 1, created_by: null }]);
    expect(await audits()).toBe(1);
  });

  it('writes the .xlsx and the print page of a next version', async () => {
    const xlsx = join(dir, 'b.xlsx');
    const args = ['--plan', String(planId), '--month', '2017-09', '--kind', 'key-work'];
    expect((await bulletin([...args, '--format', 'xlsx', '-o', xlsx])).code).toBe(0);
    const workbook = await readWorkbook(readFileSync(xlsx));
    expect(workbook.getWorksheet('重点工作')?.getCell('B5').value).toBe(
      '=SUM(A1)开展海智对接活动1次',
    );
    expect(formulaCells(workbook)).toEqual([]);
    const html = join(dir, 'b.html');
    expect((await bulletin([...args, '--format', 'html', '-o', html])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('（截至2017年9月30日　第3版）');
  });

  it.each([
    [['--plan', '999999', '--month', '2017-09'], /plan 999999 not found/],
    [['--plan', 'x', '--month', '2017-09'], /plan/],
    [['--month', '2017-13'], /month must be YYYY-MM/],
    [['--month', '2017-09', '--format', 'pdf'], /Allowed choices are docx, xlsx, html/],
    [
      ['--month', '2017-09', '--kind', 'weekly'],
      /Allowed choices are key-work, info-work, grassroots/,
    ],
  ])('exits 2 for %j with a clear message and writes nothing', async (args, message) => {
    const before = [await stored(), await audits()];
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.docx`);
    const withPlan = args.includes('--plan') ? args : ['--plan', String(planId), ...args];
    const { code, stderr } = await bulletin([...withPlan, '-o', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(file)).toBe(false);
    expect([await stored(), await audits()]).toEqual(before);
  });

  it('exits 2 before issuing anything when the folder cannot be written', async () => {
    const before = (await stored()).length;
    const file = join(dir, 'no-such-folder', 'b.docx');
    const { code, stderr } = await bulletin([
      '--plan',
      String(planId),
      '--month',
      '2017-09',
      '-o',
      file,
    ]);
    expect([code, stderr]).toEqual([2, expect.stringMatching(/cannot write/)]);
    expect((await stored()).length).toBe(before);
  });
});
