/**
 * The task page's daily loop on the worked example (滁科协〔2017〕2号), with an owner (柏春艳) and
 * her supervising leader (张家水): 办结 applied for and confirmed (the light reads 已完成), an
 * extension requested and approved (both due dates shown), a returned report edited and sent again,
 * accepted with a 批示; the 2017 plan read as of 2017-12-31 with its report month in 2017; Back
 * keeping the task table's search; screenshots at 1024×768, 1366×768 and 1920×1080.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import dayjs from 'dayjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  baiChunyan,
  createAccounts,
  logIn,
  startHarness,
  type Api,
  type ApiTask,
  type Harness,
  zhangJiashui,
} from './harness';
import { answerDialog, tableSettled, typeDate } from './pages';

type Task = ApiTask;

const ok = /确\s*定/;
/** Waits for what the page shows to settle (a loaded page on a busy machine takes a while). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

describe('the task page: 办结, 延期, reports sent again, as of the plan year', () => {
  let h: Harness;
  let admin: Api;
  let owner: Page;
  let leader: Page;
  let planId: number;
  /** Tasks owned by 柏春艳 and supervised by 张家水, by task number. */
  let shared: Task[];

  beforeAll(async () => {
    h = await startHarness();
    admin = await apiAs(h.baseUrl);
    await createAccounts(admin, [zhangJiashui, baiChunyan]);
    const plans = await admin<{ items: { id: number }[] }>('GET', '/api/plans');
    planId = plans.items[0]!.id;
    const tasks = await admin<{ items: Task[] }>('GET', `/api/plans/${planId}/tasks?limit=100`);
    shared = tasks.items.filter(
      (t) => t.leader?.name === '张家水' && t.owners.some((o) => o.name === '柏春艳'),
    );
    expect(shared.length).toBeGreaterThanOrEqual(3);
    owner = await h.newPage('laptop');
    await logIn(owner, 'baichunyan', 'owner-password');
    leader = await h.newPage('laptop');
    await logIn(leader, 'zhangjiashui', 'leader-password');
  });
  afterAll(async () => h.close());

  const openTask = async (page: Page, task: Task) => {
    await page.goto(`/tasks/${task.id}`);
    await page.getByTestId('task-title').waitFor();
  };

  it('opens the 2017 task as of 2017-12-31: no day overdue counted past it, the report month in 2017', async () => {
    const task = shared.find((t) => t.deadline.due !== null && t.deadline.due < '2017-12-31')!;
    await openTask(owner, task);
    const asOf = owner.getByTestId('as-of').locator('input');
    await poll(() => asOf.inputValue()).toBe('2017-12-31');
    const days = dayjs('2017-12-31').diff(dayjs(task.deadline.due), 'day');
    expect(await owner.getByTestId('task-overdue').innerText()).toBe(`逾期 ${days} 天`);
    expect(await owner.locator('body').innerText()).not.toMatch(/逾期 \d{4,} 天/);

    await owner.getByRole('tab', { name: '进展情况' }).click();
    const month = owner.getByTestId('report-form').getByLabel('月份');
    expect(await month.inputValue()).toMatch(/^2017-\d{2}$/);
    expect(await month.inputValue()).toBe('2017-12');

    await owner.getByRole('tab', { name: '台账' }).click();
    const ledgerDate = owner.getByTestId('ledger-form').getByLabel('日期');
    if ((await ledgerDate.count()) > 0) expect(await ledgerDate.inputValue()).toBe('2017-12-31');
  });

  it('says how the ledger counts and shows a missing 对象 under its field', async () => {
    const tasks = await admin<{ items: Task[] }>('GET', `/api/plans/${planId}/tasks?limit=100`);
    const experts = tasks.items.find((t) => t.content.includes('组织100名专家'))!;
    const page = await h.newPage('laptop');
    await logIn(page);
    await openTask(page, experts);
    expect(await page.getByTestId('ledger-rule').innerText()).toContain('按不同对象计数');
    const form = page.getByTestId('ledger-form');
    expect(await form.getByLabel('数量').count()).toBe(0);
    await form.getByRole('button', { name: '添加台账' }).click();
    const subject = form.locator('.ant-form-item', { has: page.locator('#subject') });
    await poll(() => subject.innerText()).toContain('请填写对象');
    await page.context().close();
  });

  it('takes 办结 from the owner’s application to the leader’s confirmation: the light reads 已完成', async () => {
    const task = shared[0]!;
    await openTask(owner, task);
    await owner.getByRole('button', { name: /申请办结/ }).click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByLabel('办结说明').fill('方案已印发，各部室已落实');
    await dialog.locator('input[type=file]').setInputFiles({
      name: '印发通知.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('滁科协〔2017〕15号\n', 'utf8'),
    });
    await answerDialog(dialog, /申请办结/);
    const pending = owner.getByTestId('completion-pending');
    await pending.waitFor();
    expect(await pending.innerText()).toContain('方案已印发');
    await poll(() => pending.innerText()).toContain('印发通知.txt');
    expect(await owner.getByRole('button', { name: /申请办结/ }).isDisabled()).toBe(true);
    expect(await pending.getByRole('button', { name: /确认办结/ }).count()).toBe(0);

    await openTask(leader, task);
    const toDecide = leader.getByTestId('completion-pending');
    await toDecide.getByRole('button', { name: /确认办结/ }).click();
    const confirm = leader.getByRole('dialog');
    await confirm.getByLabel('意见').fill('同意办结');
    await answerDialog(confirm, ok);
    await poll(() => leader.getByTestId('task-light').innerText()).toContain('已完成');
    expect(await leader.getByTestId('completion-pending').count()).toBe(0);
    await leader.getByRole('tab', { name: /办结/ }).click();
    const history = leader.getByTestId('completion-list');
    expect(await history.innerText()).toContain('已办结');
    expect(await history.innerText()).toContain('同意办结');

    await owner.reload();
    await poll(() => owner.getByTestId('task-light').innerText()).toContain('已完成');
    expect(await owner.getByRole('button', { name: /申请办结/ }).count()).toBe(0);
  });

  it('takes an extension from the request to the approval: the original and the new due date shown', async () => {
    const task = shared[1]!;
    const current = await admin<Task>('GET', `/api/tasks/${task.id}`);
    const due = dayjs().add(30, 'day').format('YYYY-MM-DD');
    const extended = dayjs().add(75, 'day').format('YYYY-MM-DD');
    await admin('PATCH', `/api/tasks/${task.id}`, { dueDate: due, version: current.version });

    await openTask(owner, task);
    await owner.getByRole('button', { name: /申请延期/ }).click();
    const dialog = owner.getByRole('dialog');
    await typeDate(dialog.getByLabel('延期至'), extended);
    await dialog.getByLabel('延期理由').fill('需等待省科协统一部署');
    await answerDialog(dialog, ok);
    const pending = owner.getByTestId('extension-pending');
    await pending.waitFor();
    expect(await pending.innerText()).toContain(`申请延期至 ${extended}`);

    await openTask(leader, task);
    await leader
      .getByTestId('extension-pending')
      .getByRole('button', { name: /批准延期/ })
      .click();
    await answerDialog(leader.getByRole('dialog'), ok);
    await leader.getByTestId('extension-pending').waitFor({ state: 'detached' });
    const deadline = leader.getByTestId('task-deadline');
    await poll(() => deadline.innerText()).toContain(`原定 ${due}，延期至 ${extended}`);
    await leader.getByRole('tab', { name: /延期/ }).click();
    expect(await leader.getByTestId('extension-list').innerText()).toContain('已批准');

    await owner.reload();
    await poll(() => owner.getByTestId('task-deadline').innerText()).toContain(
      `原定 ${due}，延期至 ${extended}`,
    );
  });

  it('edits a returned report and sends it again; the leader accepts it with a 批示', async () => {
    const task = shared[2]!;
    await openTask(owner, task);
    await owner.getByRole('tab', { name: '进展情况' }).click();
    const form = owner.getByTestId('report-form');
    await typeDate(form.getByLabel('月份'), '2017-11');
    await form.getByLabel('本月完成情况').fill('完成初稿');
    await form.locator('input[type=file]').setInputFiles({
      name: '初稿.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('初稿\n', 'utf8'),
    });
    await form.getByRole('button', { name: /提交进展/ }).click();
    const timeline = owner.getByTestId('report-timeline');
    await poll(() => timeline.innerText()).toContain('待审核');
    await poll(() => timeline.innerText()).toContain('初稿.txt');

    await openTask(leader, task);
    await leader.getByRole('tab', { name: '进展情况' }).click();
    await leader.getByRole('button', { name: /退\s*回/ }).click();
    const back = leader.getByRole('dialog');
    await back.getByLabel('意见').fill('请补充调研安排');
    await answerDialog(back, /退\s*回/);
    await poll(() => leader.getByTestId('report-timeline').innerText()).toContain(
      '审核意见：请补充调研安排',
    );

    await owner.reload();
    await owner.getByRole('tab', { name: '进展情况' }).click();
    expect(await owner.getByTestId('report-timeline').innerText()).toContain(
      '审核意见：请补充调研安排',
    );
    await owner.getByRole('button', { name: /修改后重新报送/ }).click();
    const edit = owner.getByTestId('resubmit-form');
    expect(await edit.getByLabel('本月完成情况').inputValue()).toBe('完成初稿');
    await edit.getByLabel('本月完成情况').fill('完成初稿并补充调研安排');
    await edit.getByRole('button', { name: /重新报送/ }).click();
    await poll(() => owner.getByTestId('report-timeline').innerText()).toContain(
      '完成初稿并补充调研安排',
    );
    expect(await owner.getByTestId('report-timeline').innerText()).toContain('待审核');
    expect(await owner.getByRole('button', { name: /修改后重新报送/ }).count()).toBe(0);

    await leader.reload();
    await leader.getByRole('tab', { name: '进展情况' }).click();
    await leader.getByLabel('批示').fill('调研安排可行，抓紧落实');
    await leader.getByRole('button', { name: /通\s*过/ }).click();
    await poll(() => leader.getByTestId('report-timeline').innerText()).toContain(
      '批示：调研安排可行，抓紧落实',
    );
    expect(await leader.getByTestId('report-timeline').innerText()).toContain('已通过');

    // The same month again: the server's own words, not the "changed by someone else" dialog.
    await owner.reload();
    await owner.getByRole('tab', { name: '进展情况' }).click();
    const again = owner.getByTestId('report-form');
    await typeDate(again.getByLabel('月份'), '2017-11');
    await again.getByLabel('本月完成情况').fill('重复报送');
    await again.getByRole('button', { name: /提交进展/ }).click();
    await owner
      .locator('.ant-message')
      .getByText(/已报送/)
      .waitFor();
    expect(await owner.locator('.conflict-dialog').count()).toBe(0);
  });

  it('adds and edits a milestone (administrator) and marks it done (owner)', async () => {
    const task = shared[2]!;
    const page = await h.newPage('laptop');
    await logIn(page);
    await openTask(page, task);
    await page.getByRole('tab', { name: '时间节点' }).click();
    await page.getByRole('button', { name: /添加时间节点/ }).click();
    const add = page.getByRole('dialog');
    await add.getByLabel('节点内容').fill('完成调研');
    await typeDate(add.getByLabel('完成时限'), '2017-10-31');
    await answerDialog(add, ok);
    const table = page.getByTestId('milestones');
    await poll(() => table.innerText()).toContain('完成调研');
    await table.getByRole('button', { name: /修\s*改/ }).click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel('节点内容').fill('完成调研报告');
    await answerDialog(edit, ok);
    await poll(() => table.innerText()).toContain('完成调研报告');
    await page.context().close();

    await openTask(owner, task);
    await owner.getByRole('tab', { name: '时间节点' }).click();
    const mine = owner.getByTestId('milestones');
    await poll(() => mine.innerText()).toContain('完成调研报告');
    expect(await owner.getByRole('button', { name: /添加时间节点/ }).count()).toBe(0);
    await mine.getByRole('button', { name: /标记完成/ }).click();
    const done = owner.getByRole('dialog');
    await done.getByLabel('完成情况').fill('调研报告已报分管领导');
    await answerDialog(done, ok);
    await poll(() => mine.innerText()).toContain('调研报告已报分管领导');
    expect(await mine.innerText()).toContain('已完成');
  });

  it('goes Back to the task table with its search kept', async () => {
    await leader.goto(`/tasks?plan=${planId}`);
    await tableSettled(leader);
    const search = leader.getByLabel('搜索任务内容');
    await search.fill('科协');
    await search.press('Enter');
    await poll(() => new URL(leader.url()).searchParams.get('q')).toBe('科协');
    const listUrl = leader.url();
    await tableSettled(leader);
    await leader.locator('.ant-table-tbody tr.ant-table-row a').first().click();
    await leader.getByTestId('task-title').waitFor();
    await leader.getByRole('button', { name: /返\s*回/ }).click();
    await poll(() => leader.url()).toBe(listUrl);
  });

  it('takes screenshots of a task page at 1024×768, 1366×768 and 1920×1080', async () => {
    const dir = join(process.cwd(), '.tmp', 'screenshots');
    mkdirSync(dir, { recursive: true });
    const task = shared[2]!;
    const context = await h.browser.newContext({
      viewport: { width: 1024, height: 768 },
      locale: 'zh-CN',
      baseURL: h.baseUrl,
    });
    const page = await context.newPage();
    await logIn(page, 'baichunyan', 'owner-password');
    await openTask(page, task);
    await page.getByRole('tab', { name: '进展情况' }).click();
    await poll(() => page.getByTestId('report-timeline').innerText()).toContain(
      '批示：调研安排可行，抓紧落实',
    );
    for (const [width, height] of [
      [1024, 768],
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({
        path: join(dir, `task-page-reports-${width}x${height}.png`),
        fullPage: true,
      });
      // Nothing wider than the window: the page does not scroll sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
