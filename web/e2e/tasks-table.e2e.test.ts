/**
 * The 任务表 and 工作台 on the worked example (滁科协〔2017〕2号): a year that has ended opens as
 * of its last day; the table at 1024×768 scrolls sideways instead of squeezing, with no two
 * cells' boxes overlapping; search, sort and page survive Back from a task page and reload;
 * 导出 Excel downloads a real workbook; a task gets two owners and a 配合部室; the plan picker
 * tells the plan's details. Screenshots of the table at three sizes in .tmp/screenshots/.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, logIn, screenshot, startHarness, type Harness } from './harness';
import { choose, column, tableSettled, taskRow, taskRows } from './pages';

interface Row {
  id: number;
  no: number;
  content: string;
  deadline: { due: string | null };
  owners: { name: string }[];
  coDepartments: { name: string }[];
}

const yearEnd = '2017-12-31';
const dayMs = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / dayMs);

/** "2. 组织100名专家…" + "逾期 N 天" of each line of the dashboard's overdue list. */
async function overdueDays(page: Page): Promise<Map<number, number>> {
  const lines = await page.getByTestId('overdue').locator('.ant-list-item').allInnerTexts();
  return new Map(
    lines.map((text) => {
      const no = Number(/^\s*(\d+)\./.exec(text)?.[1]);
      const days = Number(/逾期 (\d+) 天/.exec(text)?.[1]);
      return [no, days];
    }),
  );
}

/** What the page shows as its 统计日期. */
async function asOfShown(page: Page): Promise<string> {
  return page.getByTestId('as-of').getByLabel('统计日期').inputValue();
}

/**
 * Every pair of cells in a row whose boxes overlap, and every cell whose content spills out of
 * its box (into a neighbour), as readable lines; empty when the layout is sound.
 */
async function overlappingCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const rows = Array.from(document.querySelectorAll('.ant-table-tbody tr.ant-table-row'));
    rows.forEach((row, r) => {
      const cells = Array.from(row.querySelectorAll('td'));
      const boxes = cells.map((c) => c.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (!a || !b) continue;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0.5 && h > 0.5)
            problems.push(`row ${r + 1}: cells ${i + 1} and ${j + 1} overlap`);
        }
      }
      cells.forEach((cell, i) => {
        const box = boxes[i];
        const range = document.createRange();
        range.selectNodeContents(cell);
        const content = range.getBoundingClientRect();
        if (!box || content.width === 0) return;
        if (content.left < box.left - 0.5 || content.right > box.right + 0.5)
          problems.push(`row ${r + 1}: the content of cell ${i + 1} spills out of it`);
      });
    });
    return problems;
  });
}

/** How far the page itself scrolls sideways (the table may; the page should not). */
async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Picks an option of one of the edit dialog's selects, then closes its list (a click on the
 * dialog's title) and waits until no list is showing, so the next pick reads only its own.
 */
async function pick(page: Page, label: string, text: string): Promise<void> {
  await choose(page, label, text);
  await page.getByRole('dialog').locator('.ant-modal-title').click();
  await expect
    .poll(() => page.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 })
    .toBe(0);
}

describe('the task table and the dashboard', () => {
  let h: Harness;
  let page: Page;
  let planId: number;
  let rows: Row[];

  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage('laptop');
    await page.setViewportSize({ width: 1024, height: 768 });
    await logIn(page);
    const api = await apiAs(h.baseUrl);
    const plans = await api<{ items: { id: number }[] }>('GET', '/api/plans');
    planId = plans.items[0]?.id ?? 0;
    rows = (await api<{ items: Row[] }>('GET', `/api/plans/${planId}/tasks?limit=100`)).items;
  });
  afterAll(async () => h.close());

  it('opens the 2017 dashboard as of 2017-12-31: no day past it counted overdue', async () => {
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await expect.poll(() => asOfShown(page)).toBe(yearEnd);
    await page.getByTestId('overdue').waitFor();
    const days = await overdueDays(page);
    expect(days.size).toBeGreaterThan(0);
    for (const [no, n] of days) {
      const due = rows.find((r) => r.no === no)?.deadline.due;
      expect(due, `task ${no} has a due date`).toBeTruthy();
      expect(n, `task ${no}`).toBe(daysBetween(due ?? '', yearEnd));
    }
    // 尽快草拟…改革方案 was due at the end of May: 214 days by the end of the year, not thousands.
    expect(days.get(1)).toBe(214);
    // The owner's name is shown whole beside the task, however long the task's text.
    const owner = page.getByTestId('overdue').locator('.task-list-owner').first();
    expect(await owner.innerText()).toBe('柏春艳');
    expect(await owner.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    const item = await page.getByTestId('overdue').locator('.ant-list-item').first().boundingBox();
    const name = await owner.boundingBox();
    expect(name && item && name.x + name.width <= item.x + item.width).toBe(true);

    // Another day picked: the address carries it and the days count to it.
    const picker = page.getByTestId('as-of').getByLabel('统计日期');
    await picker.click();
    await picker.fill('2017-06-30');
    await picker.press('Enter');
    await expect.poll(() => page.url()).toContain('asOf=2017-06-30');
    await expect.poll(async () => (await overdueDays(page)).get(1)).toBe(30);
  });

  it('opens the 任务表 as of 2017-12-31 too, and carries a picked day to the table', async () => {
    await page.goto('/tasks');
    await tableSettled(page);
    await expect.poll(() => asOfShown(page)).toBe(yearEnd);
    await page.goto('/tasks?asOf=2017-06-30');
    await tableSettled(page);
    expect(await asOfShown(page)).toBe('2017-06-30');
    // Task 1 (due 2017-05-31) is red on 2017-06-30; a task due at the year's end is not overdue.
    expect(await taskRow(page, 1).locator('[data-light]').getAttribute('data-light')).toBe('red');
  });

  it('lays the table out at 1024×768: every column in view, no two cells overlapping', async () => {
    await page.goto('/tasks');
    await tableSettled(page);
    expect(await taskRows(page).count()).toBe(10);
    expect(await overlappingCells(page)).toEqual([]);
    const content = await page.getByRole('columnheader', { name: '工作任务' }).boundingBox();
    expect(content?.width ?? 0).toBeGreaterThanOrEqual(200);
    const light = await page.getByRole('columnheader', { name: '状态' }).boundingBox();
    expect((light?.x ?? 0) + (light?.width ?? 0)).toBeLessThanOrEqual(1024);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'tasks-table');

    // Narrower still, the table scrolls sideways instead of squeezing the task text.
    await page.setViewportSize({ width: 800, height: 768 });
    const scroller = page.locator('.task-table .ant-table-content');
    await expect
      .poll(() => scroller.evaluate((e) => e.scrollWidth - e.clientWidth))
      .toBeGreaterThan(0);
    const narrow = await page.getByRole('columnheader', { name: '工作任务' }).boundingBox();
    expect(narrow?.width ?? 0).toBeGreaterThanOrEqual(200);
    expect(await overlappingCells(page)).toEqual([]);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('keeps the search, sort and page through Back from a task page and through reload', async () => {
    const search = page.getByLabel('搜索任务内容');
    await search.fill('科技');
    await search.press('Enter');
    await expect.poll(() => page.url()).toContain('q=');
    const due = page.getByRole('columnheader', { name: '完成时间' });
    await due.click();
    await expect.poll(() => page.url()).toContain('sort=due');
    // The address changes before the table renders the change: wait for the table to show it.
    await expect.poll(() => due.getAttribute('aria-sort')).toBe('ascending');
    await tableSettled(page);
    expect(page.url()).toContain('q=');
    const found = await column(page, 1);
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((c) => c.includes('科技'))).toBe(true);
    const nos = await column(page, 0);

    await taskRows(page).first().getByRole('link').click();
    await page.getByTestId('task-title').waitFor();
    await page.goBack();
    await tableSettled(page);
    expect(await search.inputValue()).toBe('科技');
    await expect.poll(() => column(page, 0)).toEqual(nos);

    await page.reload();
    await tableSettled(page);
    expect(await page.getByLabel('搜索任务内容').inputValue()).toBe('科技');
    await expect.poll(() => column(page, 0)).toEqual(nos);
    expect(
      await page.getByRole('columnheader', { name: '完成时间' }).getAttribute('aria-sort'),
    ).toBe('ascending');

    await page.goto('/tasks');
    await tableSettled(page);
  });

  it('exports the table as a real .xlsx workbook (导出 Excel)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    const texts: string[] = [];
    sheet?.eachRow((row) => {
      row.eachCell((cell) => texts.push(cell.text));
    });
    const all = texts.join('\n');
    expect(all).toContain('组织100名专家开展创新助力活动');
    expect(all).toContain('彭国华');
    expect(all).toContain('学会部');

    // A picked 统计日期 goes along with the download.
    await page.goto('/tasks?asOf=2017-06-30');
    await tableSettled(page);
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/table.xlsx')),
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(new URL(request.url()).searchParams.get('asOf')).toBe('2017-06-30');
    await page.goto('/tasks');
    await tableSettled(page);
  });

  it('gives task 6 a second owner and a 配合部室 in the edit dialog (If-Match)', async () => {
    await taskRow(page, 6)
      .getByRole('button', { name: /编\s*辑/ })
      .click();
    const dialog = page.getByRole('dialog').filter({ hasText: '编辑任务6' });
    await dialog.waitFor();
    await pick(page, '任务6的责任人', '黄永伟');
    await pick(page, '任务6的配合部室', '科技馆');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('任务6已保存').waitFor();
    await expect.poll(() => taskRow(page, 6).innerText()).toContain('钱吉伟、黄永伟');
    expect(await taskRow(page, 6).innerText()).toContain('配合：科技馆');

    const api = await apiAs(h.baseUrl);
    const id = rows.find((r) => r.no === 6)?.id ?? 0;
    const saved = await api<Row & { version: number }>('GET', `/api/tasks/${id}`);
    expect(saved.owners.map((o) => o.name)).toEqual(['钱吉伟', '黄永伟']);
    expect(saved.coDepartments.map((d) => d.name)).toEqual(['科技馆']);
    expect(saved.version).toBe(2);
    expect(await overlappingCells(page)).toEqual([]);
  });

  it('refuses a lead department as 配合部室 in the dialog: it cannot be picked', async () => {
    await taskRow(page, 6)
      .getByRole('button', { name: /编\s*辑/ })
      .click();
    const dialog = page.getByRole('dialog').filter({ hasText: '编辑任务6' });
    await dialog.waitFor();
    await page.getByLabel('任务6的配合部室', { exact: true }).click();
    const lead = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: '科普部',
    });
    expect(await lead.first().getAttribute('aria-disabled')).toBe('true');
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows the plan picker entry with its 文号 and state', async () => {
    await page.getByTestId('plan-picker').click();
    const option = page.getByTestId(`plan-option-${planId}`);
    await option.waitFor();
    const text = await option.innerText();
    expect(text).toContain('滁州市科协2017年工作要点');
    expect(text).toContain('滁科协〔2017〕2号');
    expect(text).toMatch(/草稿|已发布|已关闭/);
    await page.keyboard.press('Escape');
  });

  it.each([
    [1366, 768],
    [1920, 1080],
  ])(
    'saves a screenshot of the table at %i×%i with no overlapping cells',
    async (width, height) => {
      await page.setViewportSize({ width, height });
      await page.goto('/tasks');
      await tableSettled(page);
      expect(await overlappingCells(page)).toEqual([]);
      await screenshot(page, 'tasks-table');
    },
  );
});
