/**
 * 通报 from draft to 签发 on an office PC's 1024×768: the administrator sets the unit's 版头 and 版记
 * (通报设置), generates the September 2017 key-work draft of the sample plan, looks at it
 * (第1期（草稿） under the red masthead), issues it as 第1期 on a day other than the default and reads
 * the .docx back; October then becomes 第2期, and a September issued again 第1期（更正）.
 */
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, screenshot, startHarness, type Harness } from './harness';
import { typeDate } from './pages';

const sampleTitle = '滁州市科协2017年工作要点';
const masthead = '滁州市科协重点工作通报';
const office = '滁州市科协办公室';
const copyTo = ['滁州市委办公室', '滁州市人民政府办公室'];

interface Listed {
  id: number;
  month: string;
  kind: string;
  state: 'draft' | 'issued';
  issueNo: number;
  issueDate: string | null;
}

/** Waits until no animation (a dialog's zoom, a message's slide) is still running. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** An antd dialog of that title, once open and still. */
async function dialogOf(page: Page, title: string | RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog').filter({ hasText: title });
  await dialog.waitFor();
  await settled(page);
  return dialog;
}

/** The .docx's text, a line per paragraph and table row (Word splits text into runs). */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<w:(p|tr)[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
}

describe('bulletin: draft, then 签发 as 第N期', () => {
  let h: Harness;
  let page: Page;
  let planId = 0;

  const listed = async () =>
    (
      (await (await page.request.get(`/api/plans/${planId}/bulletins`)).json()) as {
        items: Listed[];
      }
    ).items;
  const row = (month: string) => page.locator('tr.ant-table-row', { hasText: month });

  /** Generates the month's key-work draft through the form. */
  async function generate(month: string): Promise<void> {
    await typeDate(page.getByLabel('月份'), month);
    await page.getByRole('button', { name: '生成草稿' }).click();
    await row(month).filter({ hasText: '草稿' }).waitFor();
  }

  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage('laptop');
    await page.setViewportSize({ width: 1024, height: 768 });
    await logIn(page);
    const plans = (await (await page.request.get('/api/plans')).json()) as {
      items: { id: number; title: string }[];
    };
    planId = plans.items.find((p) => p.title === sampleTitle)?.id ?? 0;
    expect(planId).toBeGreaterThan(0);
  });
  afterAll(async () => h.close());

  it('sets the unit’s 通报设置: masthead name, issuing office, 抄送 and 印发机关', async () => {
    await page.goto(`/bulletins?plan=${planId}`);
    await page.getByRole('button', { name: '通报设置' }).click();
    const dialog = await dialogOf(page, '通报设置');
    const name = dialog.getByLabel('机关简称（发文机关标志）');
    await expect.poll(() => name.inputValue()).not.toBe('');
    // A name left empty is refused on its field.
    await name.fill('');
    await dialog.getByRole('button', { name: /^确\s*定$/ }).click();
    await dialog.getByText('请填写 1–40 个字').waitFor();
    await name.fill('滁州市科协');
    await expect.poll(() => dialog.getByTestId('masthead-preview').innerText()).toBe(masthead);
    await dialog.getByLabel('编发机关').fill(office);
    const tags = dialog.getByLabel('抄送单位');
    for (const unit of copyTo) {
      await tags.fill(unit);
      await tags.press('Enter');
    }
    await dialog.getByLabel('印发机关').fill(office);
    await screenshot(page, 'bulletin-settings');
    await dialog.getByRole('button', { name: /^确\s*定$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('通报设置已保存').waitFor();

    const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
      issuingUnitId: number;
    };
    const settings = (await (
      await page.request.get(`/api/units/${plan.issuingUnitId}/bulletin-settings`)
    ).json()) as Record<string, unknown>;
    expect(settings).toMatchObject({
      mastheadName: '滁州市科协',
      issuingOffice: office,
      copyTo,
      printedBy: office,
    });
  });

  it('generates the September 2017 draft and previews it as 第1期（草稿） under the red masthead', async () => {
    await generate('2017-09');
    const september = row('2017-09');
    expect(await september.count()).toBe(1);
    const text = await september.innerText();
    expect(text).toContain('第1期');
    expect(text).toContain('月重点工作通报');

    await september.getByRole('button', { name: /^预\s*览$/ }).click();
    const frame = page.frameLocator('iframe');
    await frame.getByText('第1期（草稿）').first().waitFor();
    const head = frame.getByText(masthead, { exact: true }).first();
    await head.waitFor();
    expect(await head.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 0, 0)');
    await screenshot(page, 'bulletin-draft-preview');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('issues it as 第1期 on a chosen day, not the default one', async () => {
    await row('2017-09')
      .getByRole('button', { name: /^签\s*发$/ })
      .click();
    const dialog = await dialogOf(page, '签发 2017-09');
    expect(await dialog.innerText()).toContain('签发后成为第1期');
    const date = dialog.getByLabel('签发日期');
    expect(await date.inputValue()).toBe('2017-10-09');
    await typeDate(date, '2017-10-10');
    await dialog.getByRole('button', { name: /^签\s*发$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已签发第1期').waitFor();

    const september = row('2017-09');
    await expect.poll(() => september.innerText()).toContain('2017年10月10日');
    const text = await september.innerText();
    expect(text).toContain('第1期');
    expect(text).not.toContain('草稿');
    expect(await september.getByRole('button', { name: /^签\s*发$/ }).count()).toBe(0);

    const issued = (await listed()).find((b) => b.month === '2017-09');
    expect(issued).toMatchObject({ state: 'issued', issueNo: 1, issueDate: '2017-10-10' });
    const res = await page.request.get(`/api/bulletins/${issued?.id}/document?format=docx`);
    expect(res.status()).toBe(200);
    const docx = await docxText(await res.body());
    expect(docx).toContain(masthead);
    expect(docx).toContain('第1期');
    expect(docx).not.toContain('草稿');
    expect(docx).toContain(office);
    for (const unit of copyTo) expect(docx).toContain(unit);
    // The signature (and the date line under the masthead, the 印发日期) carry the chosen day.
    const lines = docx.split('\n').map((l) => l.trim());
    const signature = lines.filter((l) => l.includes('2017年10月10日'));
    expect(signature.length).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l === '2017年10月10日')).toBe(true);
    expect(docx).not.toContain('2017年10月9日');
  });

  it('issues October as 第2期 on its default day', async () => {
    await generate('2017-10');
    const october = row('2017-10');
    expect(await october.innerText()).toContain('第2期');
    // The draft sits above the issued 第1期.
    const first = page.locator('tr.ant-table-row').first();
    expect(await first.innerText()).toContain('2017-10');
    await settled(page);
    await screenshot(page, 'bulletins-draft');

    await october.getByRole('button', { name: /^签\s*发$/ }).click();
    const dialog = await dialogOf(page, '签发 2017-10');
    expect(await dialog.innerText()).toContain('签发后成为第2期');
    expect(await dialog.getByLabel('签发日期').inputValue()).toBe('2017-11-01');
    await dialog.getByRole('button', { name: /^签\s*发$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已签发第2期').waitFor();
    await expect.poll(() => october.innerText()).toContain('2017年11月1日');
    expect(await october.innerText()).not.toContain('草稿');

    const all = await listed();
    expect(all.map((b) => [b.month, b.state, b.issueNo])).toEqual([
      ['2017-10', 'issued', 2],
      ['2017-09', 'issued', 1],
    ]);
  });

  it('issues a new September draft as 第1期（更正）, listed with its 期', async () => {
    await typeDate(page.getByLabel('月份'), '2017-09');
    await page.getByRole('button', { name: '生成草稿' }).click();
    const draft = row('2017-09').filter({ hasText: '草稿' });
    await draft.waitFor();
    const text = await draft.innerText();
    expect(text).toContain('第1期');
    expect(text).toContain('更正');

    await draft.getByRole('button', { name: /^签\s*发$/ }).click();
    const dialog = await dialogOf(page, '签发 2017-09');
    expect(await dialog.innerText()).toContain('这次签发为第1期（更正）');
    await typeDate(dialog.getByLabel('签发日期'), '2017-10-12');
    await dialog.getByRole('button', { name: /^签\s*发$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已签发第1期（更正）').waitFor();
    await draft.waitFor({ state: 'detached' });

    const all = await listed();
    expect(all.map((b) => [b.month, b.issueNo, b.issueDate])).toEqual([
      ['2017-10', 2, '2017-11-01'],
      ['2017-09', 1, '2017-10-12'],
      ['2017-09', 1, '2017-10-10'],
    ]);
    const rows = await page.locator('tr.ant-table-row').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('更正');
    expect(rows[1]).toContain('2017年10月12日');
    expect(rows[2]).not.toContain('更正');
  });

  it('fits the list into 1024×768 without a horizontal scrollbar', async () => {
    await settled(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const table = page.locator('.ant-table');
    const box = await table.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1024);
    await screenshot(page, 'bulletins-issued');
  });
});
