/**
 * 本月填报 as an owner (彭国华) does it for 2017-09: a ledger entry with its attachment and the
 * month's report for two tasks, every click counted (at most 8 a task); then a report the leader
 * (柳军) returned is edited and sent again from the same page. Screenshots at three sizes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  createAccounts,
  logIn,
  screenshot,
  startHarness,
  type Api,
  type Harness,
} from './harness';
import { choose } from './pages';

interface TaskRow {
  id: number;
  no: number;
}
interface Report {
  id: number;
  month: string;
  state: string;
  done: string;
  version: number;
}
interface Indicator {
  id: number;
  actual: number;
}
interface Entry {
  id: number;
  subject: string | null;
  entryDate: string;
  voided: boolean;
}

/** Waits for what the page shows to settle (a busy machine may take a while), then asserts on it. */
const until = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

/** Every click the page receives, however it is made (locator or page), counted. */
let clicks = 0;
function countClicks(page: Page): void {
  const locatorProto = Object.getPrototypeOf(page.locator('body')) as {
    click: (...args: unknown[]) => Promise<void>;
  };
  const pageProto = Object.getPrototypeOf(page) as {
    click: (...args: unknown[]) => Promise<void>;
  };
  for (const proto of [locatorProto, pageProto]) {
    const original = proto.click;
    if ((original as { counted?: boolean }).counted) continue;
    const counted = async function (this: unknown, ...args: unknown[]) {
      clicks += 1;
      return original.apply(this, args);
    };
    Object.assign(counted, { counted: true });
    proto.click = counted;
  }
}

/** Clicks the field, then types, as a person does; Tab (not a click) moves to the next field. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.type(text);
}

/** Opens the file chooser (a click) and picks the file in it (one more click in the system dialog). */
async function attach(page: Page, form: Locator, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    form.getByRole('button', { name: '选择附件' }).click(),
  ]);
  clicks += 1;
  await chooser.setFiles(file);
  // The person sees the file listed under the button before sending.
  await form.locator('.ant-upload-list', { hasText: basename(file) }).waitFor();
}

describe('本月填报 (the owner’s month on one page)', () => {
  let h: Harness;
  let owner: Page;
  let admin: Api;
  let leader: Api;
  let files: string;
  const taskId = new Map<number, number>();
  const perTask: Record<string, number> = {};

  const reportOf = async (no: number, month = '2017-09') => {
    const list = await admin<{ items: Report[] }>('GET', `/api/tasks/${taskId.get(no)}/reports`);
    return list.items.find((r) => r.month === month);
  };
  const card = (no: number) => owner.getByTestId(`task-card-${no}`);

  beforeAll(async () => {
    h = await startHarness();
    admin = await apiAs(h.baseUrl);
    await createAccounts(admin, [
      { username: 'pengguohua', password: 'owner-password', role: 'owner', person: '彭国华' },
      { username: 'liujun', password: 'leader-password', role: 'leader', person: '柳军' },
    ]);
    leader = await apiAs(h.baseUrl, 'liujun', 'leader-password');
    const plans = await admin<{ items: { id: number }[] }>('GET', '/api/plans');
    const planId = plans.items[0]?.id;
    const tasks = await admin<{ items: TaskRow[] }>('GET', `/api/plans/${planId}/tasks?limit=100`);
    for (const t of tasks.items) taskId.set(t.no, t.id);

    files = mkdtempSync(join(tmpdir(), 'duban-my-month-'));
    for (const name of ['专家名单.pdf', '对接活动照片.pdf', '九月工作小结.pdf'])
      writeFileSync(join(files, name), `%PDF-1.4\n1 0 obj <<>> endobj\n${name}\n%%EOF\n`);

    owner = await h.newPage('laptop');
    await logIn(owner, 'pengguohua', 'owner-password');
    countClicks(owner);
  });
  afterAll(async () => {
    await h.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('opens on the plan’s last month and lists only the owner’s tasks', async () => {
    clicks = 0;
    await owner.getByRole('menuitem', { name: '本月填报' }).click();
    await card(2).waitFor();
    // The 2017 plan is over: the month defaults to its last month, not to today's.
    expect(await owner.getByTestId('month-picker').inputValue()).toBe('2017-12');
    const titles = await owner
      .locator('[data-testid^="task-card-"]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-testid')));
    expect(titles).toEqual(['task-card-2', 'task-card-3', 'task-card-4', 'task-card-8']);

    // 2017-09 in two clicks: open the picker (it opens on 2017), pick 9月. 2018 is not offered.
    await owner.getByTestId('month-picker').click();
    const panel = owner.locator('.ant-picker-dropdown:visible');
    expect(await panel.locator('td[title="2017-09"]').getAttribute('class')).not.toContain(
      'disabled',
    );
    await panel.locator('td[title="2017-09"]').click();
    await until(() => owner.url()).toContain('month=2017-09');
    const ledger2 = card(2).getByTestId('ledger-form-2');
    // Every form starts inside the chosen month.
    await until(() => ledger2.getByLabel('日期').inputValue()).toBe('2017-09-30');
    expect(await card(2).getByTestId('report-state-2').innerText()).toBe('未报送');
    perTask.opening = clicks;
    expect(clicks).toBeLessThanOrEqual(3);
    // The counting rule in words; 数量 does not count for distinct experts, 对象 is required.
    expect(await card(2).innerText()).toContain('按不同对象计');
    expect(await ledger2.getByLabel('数量').isDisabled()).toBe(true);
  });

  it('takes a ledger entry with its attachment and the report of task 2 in at most 8 clicks', async () => {
    clicks = 0;
    const c = card(2);
    const ledger = c.getByTestId('ledger-form-2');
    await typeInto(owner, ledger.getByLabel('对象'), '王建国');
    await attach(owner, ledger, join(files, '专家名单.pdf'));
    await ledger.getByRole('button', { name: /登\s*记/ }).click();
    const entries = c.locator('[data-testid^="month-entries-"]');
    await until(() => entries.innerText()).toContain('2017-09-30 · 王建国');
    await until(() => entries.innerText()).toContain('专家名单.pdf');
    await until(() => c.locator('[data-testid^="indicator-actual-"]').innerText()).toBe('实际 1名');

    const report = c.getByTestId('report-form-2');
    await typeInto(owner, report.getByLabel('本月完成情况'), '组织王建国等专家赴企业开展创新助力');
    await owner.keyboard.press('Tab');
    await owner.keyboard.type('专家与企业需求对接不够精准');
    await owner.keyboard.press('Tab');
    await owner.keyboard.type('十月再组织一批专家');
    await attach(owner, report, join(files, '九月工作小结.pdf'));
    await report.getByRole('button', { name: /报\s*送/ }).click();
    await until(() => c.getByTestId('report-state-2').innerText()).toBe('已报送');
    await until(() => c.getByTestId('month-report-2').innerText()).toContain('九月工作小结.pdf');
    perTask.task2 = clicks;
    expect(clicks).toBeLessThanOrEqual(8);

    // What the server holds: the entry with its file, the report with its file.
    const sent = await reportOf(2);
    expect(sent).toMatchObject({ state: 'submitted', done: '组织王建国等专家赴企业开展创新助力' });
    const reportFiles = await admin<{ items: { name: string }[] }>(
      'GET',
      `/api/reports/${sent?.id}/attachments`,
    );
    expect(reportFiles.items.map((f) => f.name)).toEqual(['九月工作小结.pdf']);
    const indicators = await admin<{ items: Indicator[] }>(
      'GET',
      `/api/tasks/${taskId.get(2)}/indicators`,
    );
    const ledgerRows = await admin<{ items: Entry[] }>(
      'GET',
      `/api/indicators/${indicators.items[0]?.id}/ledger`,
    );
    const entry = ledgerRows.items.find((e) => e.subject === '王建国');
    expect(entry?.entryDate).toBe('2017-09-30');
    const entryFiles = await admin<{ items: { name: string }[] }>(
      'GET',
      `/api/ledger/${entry?.id}/attachments`,
    );
    expect(entryFiles.items.map((f) => f.name)).toEqual(['专家名单.pdf']);
  });

  it('takes the ledger entry and report of task 3 the same way', async () => {
    clicks = 0;
    const c = card(3);
    const ledger = c.getByTestId('ledger-form-3');
    await until(() => c.innerText()).toContain('按条数计');
    await typeInto(owner, ledger.getByLabel('对象'), '院士团队与某汽车零部件企业');
    await attach(owner, ledger, join(files, '对接活动照片.pdf'));
    await ledger.getByRole('button', { name: /登\s*记/ }).click();
    await until(() => c.locator('[data-testid^="month-entries-"]').innerText()).toContain(
      '对接活动照片.pdf',
    );
    await until(() => c.locator('[data-testid^="indicator-actual-"]').innerText()).toBe('实际 1次');
    const report = c.getByTestId('report-form-3');
    await typeInto(owner, report.getByLabel('本月完成情况'), '举办院士与企业对接活动1次');
    await owner.keyboard.press('Tab');
    await owner.keyboard.press('Tab');
    await owner.keyboard.type('年底前再办1次');
    await report.getByRole('button', { name: /报\s*送/ }).click();
    await until(() => c.getByTestId('report-state-3').innerText()).toBe('已报送');
    perTask.task3 = clicks;
    await until(() => owner.getByTestId('month-summary').innerText()).toMatch(
      /2017-09：4 项任务\s*未报送 2\s*已报送 2/,
    );
    expect(clicks).toBeLessThanOrEqual(8);
    expect(await reportOf(3)).toMatchObject({
      state: 'submitted',
      done: '举办院士与企业对接活动1次',
    });
  });

  it('shows a missing 对象 under its field and adds nothing', async () => {
    const ledger = card(2).getByTestId('ledger-form-2');
    await ledger.getByRole('button', { name: /登\s*记/ }).click();
    await until(() => ledger.innerText()).toContain('请填写对象');
    expect(await card(2).getByTestId('month-entry').count()).toBe(1);
  });

  it('edits a returned report and sends it again in place', async () => {
    const sent = await reportOf(2);
    await leader('POST', `/api/reports/${sent?.id}/return`, {
      comment: '请补充专家名单和对接企业',
      version: sent?.version,
    });
    await owner.reload();
    const c = card(2);
    await until(() => c.getByTestId('report-state-2').innerText()).toBe('已退回');
    expect(await c.getByTestId('month-report-2').innerText()).toContain(
      '退回意见：请补充专家名单和对接企业',
    );
    await until(() => owner.getByTestId('month-summary').innerText()).toMatch(
      /未报送 2\s*已退回 1\s*已报送 1/,
    );
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await owner.setViewportSize(size);
      await screenshot(owner, 'my-month');
    }
    await owner.setViewportSize({ width: 1366, height: 768 });

    clicks = 0;
    const form = c.getByTestId('report-form-2');
    // The returned text is there to edit, not to type again.
    expect(await form.getByLabel('本月完成情况').inputValue()).toBe(
      '组织王建国等专家赴企业开展创新助力',
    );
    await form.getByLabel('本月完成情况').click();
    await owner.keyboard.press('End');
    await owner.keyboard.type('，专家名单见附件，对接企业12家');
    await form.getByRole('button', { name: /修改后重新报送/ }).click();
    await until(() => c.getByTestId('report-state-2').innerText()).toBe('已报送');
    perTask.resend = clicks;
    expect(clicks).toBeLessThanOrEqual(8);
    expect(await reportOf(2)).toMatchObject({
      state: 'submitted',
      done: '组织王建国等专家赴企业开展创新助力，专家名单见附件，对接企业12家',
    });
    console.log('clicks', JSON.stringify(perTask));
  });

  it('shows an administrator every task of the month, or one owner’s', async () => {
    const page = await h.newPage('laptop');
    await logIn(page);
    await page.goto('/my-month?month=2017-09');
    const cards = page.locator('[data-testid^="task-card-"]');
    await until(() => cards.count()).toBe(10);
    await choose(page, '责任人', '彭国华');
    await until(() => cards.count()).toBe(4);
    expect(page.url()).toContain('owner=');
    expect(await page.getByTestId('report-state-2').innerText()).toBe('已报送');
  });
});
