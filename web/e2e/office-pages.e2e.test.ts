/**
 * The office's pages: the sample notice imported a second time (the wizard names the plan it
 * repeats and asks again before publishing; a task given two owners and a 配合部室), the 考核
 * results of the sample plan with its .xlsx read back, and a month closed (月结).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, screenshot, startHarness, type Harness } from './harness';
import { answerDialog, choose } from './pages';

const notice = fileURLToPath(
  new URL('../../sample/chuzhou-cast-2017-workplan.txt', import.meta.url),
);
const sampleTitle = '滁州市科协2017年工作要点';
const docNumber = '滁科协〔2017〕2号';

interface ApiTask {
  no: number;
  owners: { name: string }[];
  coDepartments: { name: string }[];
}

const screens = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Waits until no animation (a chart's, a dialog's) is still running. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

describe('office pages', () => {
  let h: Harness;
  let page: Page;
  let samplePlanId = 0;

  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage('laptop');
    await logIn(page);
    const plans = (await (await page.request.get('/api/plans')).json()) as {
      items: { id: number; title: string }[];
    };
    samplePlanId = plans.items.find((p) => p.title === sampleTitle)?.id ?? 0;
    expect(samplePlanId).toBeGreaterThan(0);
  });
  afterAll(async () => h.close());

  it('warns that the sample notice is already in the system and asks again before publishing', async () => {
    await page.getByRole('menuitem', { name: '导入向导' }).click();
    await page.locator('input[type=file]').setInputFiles(notice);
    await page.getByRole('button', { name: '解析并生成草稿' }).click();

    const warning = page.locator('.import-duplicate-warning');
    await warning.waitFor();
    const text = await warning.innerText();
    expect(text).toContain('可能已经导入过');
    expect(text).toContain(`《${sampleTitle}》`);
    expect(text).toContain(docNumber);
    expect(text).toContain('已发布');
    expect(text).toMatch(/\d{4}-\d{2}-\d{2} 导入/);
    const link = warning.getByRole('link', { name: `《${sampleTitle}》` });
    expect(await link.getAttribute('href')).toBe(`/plan?plan=${samplePlanId}`);
    const planId = Number(new URL(page.url()).searchParams.get('plan'));
    expect(planId).toBeGreaterThan(samplePlanId);

    // Several owners and a co-operating department for task 1.
    await page.getByRole('button', { name: '下一步：落实责任' }).click();
    await page.locator('.import-duplicate-warning').waitFor();
    await choose(page, '责任人 1', '彭国华');
    await page.keyboard.press('Escape');
    const owners1 = page.getByLabel('责任人 1', { exact: true });
    await expect
      .poll(async () => {
        const res = await page.request.get(`/api/plans/${planId}/tasks`, {
          params: { limit: 50 },
        });
        const items = ((await res.json()) as { items: ApiTask[] }).items;
        return items.find((x) => x.no === 1)?.owners.map((o) => o.name);
      })
      .toEqual(['柏春艳', '彭国华']);
    await choose(page, '配合部室 1', '学会部');
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => {
        const res = await page.request.get(`/api/plans/${planId}/tasks`, {
          params: { limit: 50 },
        });
        const items = ((await res.json()) as { items: ApiTask[] }).items;
        return items.find((x) => x.no === 1)?.coDepartments.map((d) => d.name);
      })
      .toEqual(['学会部']);
    const row1 = page.locator('tr.ant-table-row', { has: owners1 });
    expect(await row1.innerText()).toMatch(/柏春艳[\s\S]*彭国华/);
    expect(await row1.innerText()).toContain('学会部');

    await page.getByRole('button', { name: '下一步：发布' }).click();
    await page.getByText('5 个部分、17 条工作、10 项重点工作、10 项任务').waitFor();
    await page.getByRole('button', { name: '发布工作要点' }).click();
    const confirm = page.locator('.import-duplicate-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(`《${sampleTitle}》`);
    // Cancelling keeps the draft unpublished.
    await answerDialog(confirm, /取\s*消/);
    const draft = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
      state: string;
    };
    expect(draft.state).toBe('draft');

    await page.getByRole('button', { name: '发布工作要点' }).click();
    await answerDialog(confirm, '仍然发布');
    await page.getByText('已发布', { exact: true }).waitFor();
    const published = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
      state: string;
    };
    expect(published.state).toBe('published');
  });

  it('shows the 考核 results per department and downloads them as a real .xlsx', async () => {
    await page.getByRole('menuitem', { name: '考核' }).click();
    await page.goto(`/assessment?plan=${samplePlanId}`);
    const table = page.getByTestId('department-scores');
    const rows = table.locator('tr.ant-table-row');
    await rows.first().waitFor();
    const api = (await (
      await page.request.get(`/api/plans/${samplePlanId}/assessment`)
    ).json()) as { asOf: string; departments: { rank: number; unitName: string; total: number }[] };
    expect(api.asOf).toBe('2017-12-31');
    expect(api.departments.length).toBeGreaterThan(0);
    expect(await rows.count()).toBe(api.departments.length);
    for (const [i, d] of api.departments.entries()) {
      const cells = await rows.nth(i).locator('td').allInnerTexts();
      expect(cells[0]?.trim()).toBe(String(d.rank));
      expect(cells[1]?.trim()).toBe(d.unitName);
      expect(cells.at(-1)?.trim()).toBe(String(d.total));
    }
    expect(await page.getByTestId('as-of').locator('input').inputValue()).toBe('2017-12-31');
    expect(await page.getByRole('img', { name: '各部室总分' }).count()).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^目标绩效考核-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    const xlsx = readFileSync(await download.path());
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength));
    const sheet = workbook.getWorksheet('考核得分');
    expect(sheet).toBeDefined();
    const cells: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    expect(cells.join('|')).toContain('截至 2017-12-31');
    for (const d of api.departments) expect(cells).toContain(d.unitName);

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 Word' }).click(),
    ]);
    const bytes = readFileSync(await docx.path());
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

    for (const size of screens) {
      await page.setViewportSize(size);
      await settled(page);
      await screenshot(page, 'assessment');
    }
    await page.setViewportSize(screens[1]);
  });

  it('closes April 2017 after a confirmation; the month then reads 已月结', async () => {
    await page.getByRole('menuitem', { name: '月结' }).click();
    await page.goto(`/months?plan=${samplePlanId}`);
    const april = page.locator('tr.month-2017-04');
    await april.waitFor();
    expect(await page.getByTestId('months').locator('tr.ant-table-row').count()).toBe(12);
    expect(await april.locator('[data-state]').getAttribute('data-state')).toBe('open');

    await april.getByRole('button', { name: '月结 2017-04' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '月结 2017年4月？' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('只读');
    await answerDialog(dialog, '确认月结');
    // The month's own state, not the passing toast, says it closed (closing takes a while under load).
    await expect
      .poll(() => april.locator('[data-state]').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('closed');
    expect(await april.innerText()).toContain('已月结');
    expect(await april.getByRole('button').count()).toBe(0);
    const months = (await (await page.request.get('/api/months')).json()) as {
      items: { month: string }[];
    };
    expect(months.items.map((m) => m.month)).toEqual(['2017-04']);
    await screenshot(page, 'months');
  });
});
