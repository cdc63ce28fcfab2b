/**
 * Notices as they are published, through the import wizard: a State Council opinion as a PDF
 * whose title and signature name no year (the year is inferred and the wizard says so, owners
 * in parentheses and sentences land on the tasks), and a scanned PDF refused with a plain reason.
 */
import { fileURLToPath } from 'node:url';
import { PDFDocument, rgb } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, screenshot, sizes, startHarness, type Harness } from './harness';

const opinion = fileURLToPath(
  new URL(
    '../../src/domains/import/corpus/general-office-state-council-2013-elderly-care-opinions.pdf',
    import.meta.url,
  ),
);

/** A page with a drawn rectangle and no text: what a scanner produces, as far as text goes. */
async function scannedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc
    .addPage([595, 842])
    .drawRectangle({ x: 60, y: 60, width: 400, height: 600, color: rgb(0.9, 0.9, 0.9) });
  return Buffer.from(await doc.save());
}

describe('importing published notices in the wizard', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage('laptop');
    await logIn(page);
  });
  afterAll(async () => h.close());

  it('refuses a scanned PDF with the reason under the file field, storing nothing', async () => {
    await page.getByRole('menuitem', { name: '导入向导' }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: '扫描件.pdf',
      mimeType: 'application/pdf',
      buffer: await scannedPdf(),
    });
    await page.getByRole('button', { name: '解析并生成草稿' }).click();
    const fileError = page
      .locator('.ant-form-item', { hasText: '通知文件' })
      .locator('.ant-form-item-explain-error');
    await fileError.waitFor();
    expect(await fileError.textContent()).toContain('没有文字层');
    const plans = (await (await page.request.get('/api/plans')).json()) as { total: number };
    expect(plans.total).toBe(1);
  });

  it('reads a PDF opinion without a year, says where the year came from, and keeps its owners', async () => {
    await page.locator('input[type=file]').setInputFiles(opinion);
    await page.getByRole('button', { name: '解析并生成草稿' }).click();
    const warning = page.locator('.import-warning', { hasText: '计划年度2013年是根据' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('正文中最早的带年份的完成时限');
    expect(await page.getByLabel('年度').inputValue()).toBe('2013');
    // 定位 takes the administrator to the year, where it is corrected.
    await warning.getByRole('button', { name: /定\s*位/ }).click();
    expect(await page.getByLabel('年度').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
    const row = (no: number) => page.locator(`tr.import-task-${no}`);
    expect(await page.locator('tr[class*="import-task-"]').count()).toBe(16);
    expect(await row(5).textContent()).toContain('民政部');
    expect(await row(5).textContent()).toContain('2015-12-31');
    expect(await row(7).textContent()).toContain('国家卫生计生委');
    expect(await row(7).textContent()).toContain('配合部室：民政部');
    await screenshot(page, 'import-pdf-review');
    // On an office PC's 1024×768 the draft and its source still fit across the window.
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'import-pdf-review');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1024,
    );
    await page.setViewportSize(sizes.laptop);
  });
});
