/** Runs `duban report bulletin` as a child process, the way users call it. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSeptember } from '../domains/bulletin/example-data.js';
import { docxParts, paragraphs, tableRows } from '../domains/bulletin/test-support.js';
import { loadSamplePlan } from '../domains/plan/load-sample-plan.js';
import { formulaCells, readWorkbook } from '../domains/documents/workbook-checks.js';
import { parseMonth } from './report-bulletin-command.js';
import { runDuban, type CliRun } from '../test/cli.js';
import { engines, openTestStore, type TestStore } from '../test/stores.js';

const runBulletin = (t: TestStore, args: string[]) =>
  runDuban(['report', 'bulletin', ...args], { DATABASE_URL: t.url });
const storedBulletins = (t: TestStore) =>
  t.store.db
    .selectFrom('bulletins')
    .select(['version', 'created_by', 'state', 'issue_no', 'issue_date', 'correction'])
    .orderBy('id')
    .execute();
const bulletinAudits = async (t: TestStore) =>
  (
    await t.store.db
      .selectFrom('audit_events')
      .select('id')
      .where('entity', '=', 'bulletins')
      .execute()
  ).length;

/** Asserts a refusal: exit 2, the message on stderr, no file written. */
function expectRefused(run: CliRun, message: RegExp, file: string) {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(existsSync(file)).toBe(false);
}

describe.each(engines)('duban report bulletin on %s', (kind) => {
  let t: TestStore;
  let planId: number;
  let dir: string;
  const bulletin = (args: string[]) => runBulletin(t, args);
  const stored = () => storedBulletins(t);
  const audits = () => bulletinAudits(t);

  beforeAll(async () => {
    t = await openTestStore(kind);
    await loadSamplePlan({ db: t.store.db });
    await seedSeptember(t.store.db);
    planId = (await t.store.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    dir = mkdtempSync(join(tmpdir(), 'duban-bulletin-'));
  });
  afterAll(async () => t.cleanup());

  it('generates the month’s draft by no user, audited, and writes the .docx', async () => {
    const file = join(dir, '九月通报.docx');
    const { code, stdout } = await bulletin([
      '--plan',
      String(planId),
      '--month',
      '2017-09',
      '-o',
      file,
    ]);
    expect([code, stdout]).toEqual([0, expect.stringContaining(`第1期（草稿）`)]);
    expect(stdout).toContain(`written to ${file}`);
    const { body } = await docxParts(readFileSync(file));
    expect(paragraphs(body)).toContain('2017年9月重点工作通报');
    expect(tableRows(body)).toContainEqual(['1', '办公室', '4', '1', '25%', '0', '1', '2']);
    expect(await stored()).toEqual([
      {
        version: 1,
        created_by: null,
        state: 'draft',
        issue_no: null,
        issue_date: null,
        correction: 0,
      },
    ]);
    expect(await audits()).toBe(1);
  });

  it('regenerates the draft and issues it as 第1期 on the date given with --issue', async () => {
    const html = join(dir, 'b.html');
    const args = ['--plan', String(planId), '--month', '2017-09', '--kind', 'key-work'];
    const run = await bulletin([...args, '--issue', '2017-10-10', '--format', 'html', '-o', html]);
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('第1期，2017-10-10 签发')]);
    expect(readFileSync(html, 'utf8')).toContain('2017年10月10日');
    expect(await stored()).toEqual([
      {
        version: 1,
        created_by: null,
        state: 'issued',
        issue_no: 1,
        issue_date: '2017-10-10',
        correction: 0,
      },
    ]);
    expect(await audits()).toBe(3);
  });

  it('issues the next draft of the month on the default date as the 更正 of 第1期', async () => {
    const xlsx = join(dir, 'b.xlsx');
    const args = ['--plan', String(planId), '--month', '2017-09', '--format', 'xlsx'];
    const run = await bulletin([...args, '--issue', '-o', xlsx]);
    expect([run.code, run.stdout]).toEqual([
      0,
      expect.stringContaining('第1期（更正），2017-10-09 签发'),
    ]);
    const workbook = await readWorkbook(readFileSync(xlsx));
    expect(workbook.getWorksheet('重点工作')?.getCell('B5').value).toBe(
      '=SUM(A1)开展海智对接活动1次',
    );
    expect(formulaCells(workbook)).toEqual([]);
    expect((await stored())[1]).toMatchObject({
      version: 2,
      state: 'issued',
      issue_no: 1,
      issue_date: '2017-10-09',
      correction: 1,
    });
  });

  it('exits 2 for a plan that does not exist and stores nothing', async () => {
    const before = [await stored(), await audits()];
    const file = join(dir, 'missing-plan.docx');
    const run = await bulletin(['--plan', '999999', '--month', '2017-09', '-o', file]);
    expectRefused(run, /plan 999999 not found/, file);
    expect([await stored(), await audits()]).toEqual(before);
  });
});

// Refused before the store is opened, so the same on both engines: one run per case. The plan
// exists, so only the refusal keeps a bulletin from being issued.
describe('duban report bulletin arguments', () => {
  let t: TestStore;
  let plan: string[];
  let dir: string;
  beforeAll(async () => {
    t = await openTestStore('sqlite');
    await loadSamplePlan({ db: t.store.db });
    const { id } = await t.store.db.selectFrom('plans').select('id').executeTakeFirstOrThrow();
    plan = ['--plan', String(id)];
    dir = mkdtempSync(join(tmpdir(), 'duban-bulletin-'));
  });
  afterAll(async () => t.cleanup());

  it.each([
    [['--plan', 'x', '--month', '2017-09'], 'plan-x.docx', /--plan.*positive whole number/s],
    [['--month', '2017-09', '--format', 'pdf'], 'b.pdf', /Allowed choices are docx, xlsx, html/],
    [
      ['--month', '2017-09', '--kind', 'weekly'],
      'weekly.docx',
      /Allowed choices are key-work, info-work, grassroots/,
    ],
    [['--month', '2017-09'], 'no-such-folder/b.docx', /cannot write/],
    [['--month', '2017-09', '--issue', '2017-09-29'], 'early.docx', /cannot be before 2017-09-30/],
    [['--month', '2017-09', '--issue', '2017-02-30'], 'bad-date.docx', /2017-02-30 does not exist/],
  ])(
    'exits 2 for %j writing %s with a clear message and nothing stored',
    async (args, name, message) => {
      const before = [await storedBulletins(t), await bulletinAudits(t)];
      const file = join(dir, name);
      const withPlan = args.includes('--plan') ? args : [...plan, ...args];
      expectRefused(await runBulletin(t, [...withPlan, '-o', file]), message, file);
      expect([await storedBulletins(t), await bulletinAudits(t)]).toEqual(before);
    },
  );

  // commander calls parseMonth for --month; a bad value of --plan shows the exit status above.
  it('refuses a month that is not YYYY-MM or does not exist', () => {
    expect(() => parseMonth('2017-9')).toThrow(/month must be YYYY-MM/);
    expect(() => parseMonth('2017-13')).toThrow(/invalid month: 2017-13 does not exist/);
    expect(parseMonth('2017-09')).toBe('2017-09');
  });
});
