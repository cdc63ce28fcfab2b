/**
 * An administrator's journey through the core pages on the worked example (滁科协〔2017〕2号):
 * dashboard, plan, task table (sort, filter, the edit dialog, a conflicting edit), a task's ledger,
 * and the language switch; screenshots at 1366×768 and 1920×1080 in .tmp/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, screenshot, startHarness, type Harness, type Size } from './harness';
import {
  choose,
  column,
  openMenu,
  switchLanguage,
  tableSettled,
  taskRow,
  taskRows,
  typeDate,
} from './pages';

describe('the core pages', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage('laptop');
    await logIn(page);
  });
  afterAll(async () => h.close());

  it('shows the dashboard of the sample plan: totals, lights by department and leader, overdue tasks', async () => {
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await expect
      .poll(() => page.getByTestId('plan-picker').innerText())
      .toContain('滁州市科协2017年工作要点');
    expect(await page.getByTestId('summary').innerText()).toMatch(/任务总数\s*10\s*已完成\s*0/);
    expect(
      await page.getByRole('img', { name: '各部室任务红黄绿灯' }).locator('canvas').count(),
    ).toBe(1);
    expect(
      await page.getByRole('img', { name: '各分管领导任务红黄绿灯' }).locator('canvas').count(),
    ).toBe(1);
    const overdue = await page.getByTestId('overdue').innerText();
    expect(overdue).toContain('尽快草拟《滁州市科协系统深化改革方案》');
    expect(overdue).toMatch(/逾期 \d+ 天/);
    expect(await page.getByTestId('indicator-progress').innerText()).toContain(
      '组织100名专家开展创新助力活动',
    );
    expect(await page.getByTestId('missing-reports').innerText()).toContain('柏春艳');
  });

  it('shows the plan: notice, sections with items, key tasks linked to items and tasks', async () => {
    await openMenu(page, '工作要点');
    const notice = page.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('滁科协〔2017〕2号');
    expect(await notice.innerText()).toContain('市委、市政府、省科协');
    expect(await page.getByTestId('sections').innerText()).toContain('实施创新驱动助力工程');
    const keyTask2 = page.locator('#key-task-2');
    expect(await keyTask2.innerText()).toContain('组织100名专家开展创新助力活动');
    expect(await keyTask2.getByRole('link').allInnerTexts()).toEqual(['第3条', '任务2']);
    expect(await page.getByRole('alert').innerText()).toContain('科技社团党委');
  });

  it('sorts and filters the task table on the server', async () => {
    await openMenu(page, '任务表');
    await tableSettled(page);
    expect(await taskRows(page).count()).toBe(10);
    expect(await column(page, 0)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);

    await page.getByRole('columnheader', { name: '责任人' }).click();
    await expect
      .poll(() => column(page, 0))
      .not.toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const owners = await column(page, 2);
    expect(owners).toEqual([...owners].sort());
    await page.getByRole('columnheader', { name: '责任人' }).click();
    await expect.poll(() => column(page, 2)).toEqual([...owners].reverse());

    await page
      .getByRole('columnheader', { name: '责任部室' })
      .locator('.ant-table-filter-trigger')
      .click();
    await page.getByRole('menuitem', { name: '学会部' }).click();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => column(page, 3)).toEqual(['学会部', '学会部', '学会部', '学会部']);
    await page
      .getByRole('columnheader', { name: '责任部室' })
      .locator('.ant-table-filter-trigger')
      .click();
    await page.getByRole('button', { name: /重\s*置/ }).click();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => taskRows(page).count()).toBe(10);

    await page.getByLabel('搜索任务内容').fill('科普馆');
    await page.getByLabel('搜索任务内容').press('Enter');
    await expect.poll(() => column(page, 1)).toEqual(['新建1—2个社区科普馆']);
    await page.getByLabel('搜索任务内容').fill('');
    await page.getByLabel('搜索任务内容').press('Enter');
    await expect.poll(() => taskRows(page).count()).toBe(10);
  });

  it('edits a due date and an owner in the edit dialog', async () => {
    await page.getByRole('columnheader', { name: '序号' }).click();
    await tableSettled(page);
    const row = taskRow(page, 1);
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '编辑任务1' });
    await typeDate(page.getByLabel('任务1的完成日期'), '2017-06-30');
    await dialog
      .locator('.ant-select-selection-item[title="柏春艳"] .ant-select-selection-item-remove')
      .click();
    await choose(page, '任务1的责任人', '彭国华');
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('任务1已保存').waitFor();
    await expect.poll(() => taskRow(page, 1).innerText()).toContain('2017-06-30');
    // The owner's name shows once the directory has answered: wait for it.
    await expect
      .poll(() => taskRow(page, 1).locator('td:nth-child(3)').innerText(), { timeout: 20_000 })
      .toBe('彭国华');

    // The task's history names what changed, from whom to whom.
    await taskRow(page, 1).getByRole('link').click();
    await page.getByRole('tab', { name: '修改记录' }).click();
    const history = page.getByTestId('task-history');
    await expect.poll(() => history.innerText()).toContain('完成日期：2017-05-31 → 2017-06-30');
    // Names show once the directory has loaded: wait for them rather than read ids.
    await expect.poll(() => history.innerText()).toContain('责任人：柏春艳 → 彭国华');
    expect(await history.innerText()).toMatch(/修改 · .* · admin/);
    await page.goBack();
    await tableSettled(page);
  });

  it('shows a conflict dialog when someone else changed the task first, and reloads', async () => {
    const other = await h.newPage('laptop');
    await logIn(other);
    await other.goto('/tasks');
    await tableSettled(other);
    // This page read task 3 at version 1; the first page now changes it.
    await taskRow(page, 3)
      .getByRole('button', { name: /编\s*辑/ })
      .click();
    await typeDate(page.getByLabel('任务3的完成日期'), '2017-10-31');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByText('任务3已保存').waitFor();

    await taskRow(other, 3)
      .getByRole('button', { name: /编\s*辑/ })
      .click();
    await typeDate(other.getByLabel('任务3的完成日期'), '2017-11-30');
    await other
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    const dialog = other.getByRole('dialog').filter({ hasText: '任务已被他人修改' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('您的修改没有保存');
    await screenshot(other, 'conflict-dialog');
    await dialog.getByRole('button', { name: /重新加载/ }).click();
    await expect.poll(() => taskRow(other, 3).innerText()).toContain('2017-10-31');
    expect(await taskRow(other, 3).innerText()).not.toContain('2017-11-30');
  });

  it('adds ledger entries on a task page and the indicator actual follows', async () => {
    await taskRow(page, 2).getByRole('link').click();
    await page.getByTestId('task-title').waitFor();
    expect(await page.getByTestId('task-title').innerText()).toContain(
      '组织100名专家开展创新助力活动',
    );
    expect(await page.getByTestId('task-facts').innerText()).toContain('柳军');
    const actual = page.locator('[data-testid^="indicator-actual-"]').first();
    expect(await actual.innerText()).toMatch(/实际\s*0\s*名/);

    const form = page.getByTestId('ledger-form');
    // The server refuses a date outside the plan's year: the reason shows under the date field.
    const date = form.getByLabel('日期');
    await date.click();
    await date.fill('2021-03-01');
    await date.press('Enter');
    await form.getByLabel('对象').fill('王教授');
    await form.getByRole('button', { name: '添加台账' }).click();
    const dateItem = form.locator('.ant-form-item', { has: page.locator('#entryDate') });
    await expect.poll(() => dateItem.innerText()).toMatch(/工作要点年度内/);
    expect(await page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(0);
    // Typing into the picker right after the refusal can be lost on a loaded machine: type again.
    for (let attempt = 0; attempt < 3 && (await date.inputValue()) !== '2017-09-30'; attempt++)
      await typeDate(date, '2017-09-30');
    expect(await date.inputValue()).toBe('2017-09-30');
    await form.getByLabel('对象').fill('王教授');
    await form.getByRole('button', { name: '添加台账' }).click();
    // The toast, or else the form's text (a refusal shows there) as the failure's message.
    const added = page.getByText('台账已添加');
    await expect
      .poll(async () => ((await added.count()) > 0 ? 'added' : await form.innerText()), {
        timeout: 30_000,
      })
      .toBe('added');
    await expect.poll(() => actual.innerText()).toMatch(/实际\s*1\s*名/);
    await expect.poll(() => page.locator('.ant-table-tbody').innerText()).toContain('王教授');
    await form.getByLabel('对象').fill('李研究员');
    await form.getByRole('button', { name: '添加台账' }).click();
    await expect.poll(() => actual.innerText()).toMatch(/实际\s*2\s*名/);
  });

  it('uploads an attachment to an entry and downloads it back', async () => {
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '王教授' });
    await row.getByRole('button', { name: /展开/ }).click();
    const box = page.locator('[data-testid^="attachments-"]');
    await box.locator('input[type=file]').setInputFiles({
      name: '专家名单.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('王教授，南京大学\n', 'utf8'),
    });
    await page.getByText('附件已上传').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      box.getByRole('button', { name: /专家名单\.txt/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('专家名单.txt');
    expect(readFileSync(await download.path(), 'utf8')).toBe('王教授，南京大学\n');
  });

  it('voids an entry with a reason: struck through, the actual drops', async () => {
    const actual = page.locator('[data-testid^="indicator-actual-"]').first();
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '李研究员' });
    await row.getByRole('button', { name: /作\s*废/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('作废原因').fill('重复录入');
    await dialog.getByRole('button', { name: /作\s*废/ }).click();
    await page.getByText('台账已作废').waitFor();
    await expect.poll(() => actual.innerText()).toMatch(/实际\s*1\s*名/);
    await expect.poll(() => row.innerText()).toContain('作废原因：重复录入');
  });

  it('switches the whole app to English and back', async () => {
    await switchLanguage(page, 'English');
    await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
    expect(await page.getByTestId('task-title').innerText()).toMatch(/^Task 2 /);
    expect(await page.getByRole('tab').allInnerTexts()).toEqual([
      'Ledger',
      'Progress reports',
      'Milestones',
      'Extensions',
      'Completion',
      'History',
    ]);
    await openMenu(page, 'Tasks');
    await page.getByRole('heading', { name: 'Key task responsibility table' }).waitFor();
    await tableSettled(page);
    expect(await page.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['Owner', 'Department', 'Leader', 'Due', 'Status']),
    );
    await switchLanguage(page, '中文');
    await page.getByRole('menuitem', { name: '工作台' }).waitFor();
    expect(await page.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['责任人', '责任部室', '分管领导']),
    );
  });

  it.each<Size>(['laptop', 'desktop'])(
    'saves screenshots at the %s size without horizontal overflow',
    async (size) => {
      const p = await h.newPage(size);
      await logIn(p);
      const shots: [string, string, () => Promise<void>][] = [
        ['dashboard', '/', () => p.getByTestId('overdue').waitFor()],
        ['task-table', '/tasks', () => tableSettled(p)],
        [
          'task-page',
          '/tasks/2',
          () => p.locator('.ant-table-tbody tr.ant-table-row').first().waitFor(),
        ],
      ];
      for (const [name, path, ready] of shots) {
        await p.goto(path);
        await ready();
        await p.waitForTimeout(600); // chart animation settles (not a timed assertion)
        const overflow = await p.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${name} overflows horizontally`).toBeLessThanOrEqual(0);
        await screenshot(p, name);
      }
    },
  );
});
