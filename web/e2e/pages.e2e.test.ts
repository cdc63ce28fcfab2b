/**
 * The administrator's pages: the worked example imported through the wizard (its 社团/社区 warning
 * fixed in the draft, then published), an account for an owner, the September 2017 key-work
 * bulletin downloaded as .docx, and the information-work, grassroots and cascade pages.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, screenshot, sizes, startHarness, type Harness } from './harness';
import { answerDialog, choose } from './pages';

const notice = fileURLToPath(
  new URL('../../src/domains/import/fixtures/chuzhou-cast-2017-workplan.txt', import.meta.url),
);
/** A county association's own plan, answering the city's: two items, one linked to key task 2. */
const countyNotice = [
  '南谯区科协2017年工作要点',
  '',
  '一、助力创新发展',
  '1.组织20名专家深入企业开展创新助力活动。',
  '2.开展科普进社区活动。',
  '',
].join('\n');
const warningText =
  '重点工作第8项为“科技社团党委”，任务表第8行为“科技社区党委”，两处表述不一致，请核实';

/** Screenshots at both sizes, the page back at the laptop size afterwards. */
async function bothSizes(page: Page, name: string): Promise<void> {
  const settled = () =>
    page.waitForFunction(() =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    );
  await page.setViewportSize(sizes.laptop);
  await settled();
  await screenshot(page, name);
  await page.setViewportSize(sizes.desktop);
  await settled();
  await screenshot(page, name);
  await page.setViewportSize(sizes.laptop);
}

interface ApiTask {
  no: number;
  content: string;
}

describe('administrator pages', () => {
  let h: Harness;
  let page: Page;
  let planId = 0;

  beforeAll(async () => {
    h = await startHarness();
    page = await h.newPage('laptop');
    await logIn(page);
  });
  afterAll(async () => h.close());

  it('imports the worked example, fixes the 社团/社区 warning in the draft and publishes it', async () => {
    await page.getByRole('menuitem', { name: '导入向导' }).click();
    // A file that is not a notice: the server's reason sits under the file field, nothing stored.
    await page.locator('input[type=file]').setInputFiles({
      name: 'memo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('请于周五前交材料。'),
    });
    await page.getByRole('button', { name: '解析并生成草稿' }).click();
    const fileError = page
      .locator('.ant-form-item', { hasText: '通知文件' })
      .locator('.ant-form-item-explain-error');
    await fileError.waitFor();
    expect((await fileError.textContent())?.length).toBeGreaterThan(4);
    const plans = (await (await page.request.get('/api/plans')).json()) as { total: number };
    expect(plans.total).toBe(1);

    await page.locator('input[type=file]').setInputFiles(notice);
    await page.getByRole('button', { name: '解析并生成草稿' }).click();

    const warning = page.locator('.import-warning', { hasText: warningText });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('待核实');
    planId = Number(new URL(page.url()).searchParams.get('plan'));
    expect(planId).toBeGreaterThan(0);
    const marked = await page.locator('.import-source-line.open').allTextContents();
    expect(marked.some((l) => l.includes('探索建立科技社区党委'))).toBe(true);
    expect(marked.some((l) => l.includes('⑧探索建立科技社团党委'))).toBe(true);
    const warnedRow = page.locator('tr.import-task-8.import-row-warned');
    expect(await warnedRow.textContent()).toContain('探索建立科技社区党委');
    expect(await page.locator('tr.import-key-8.import-row-warned').textContent()).toContain(
      '探索建立科技社团党委',
    );
    await bothSizes(page, 'import-step2');
    // 定位 scrolls the draft panel to the row the warning is about.
    const inPanel = async () => {
      const panel = await page.locator('.import-draft').boundingBox();
      const row = await warnedRow.boundingBox();
      return !!panel && !!row && row.y >= panel.y && row.y + row.height <= panel.y + panel.height;
    };
    expect(await inPanel()).toBe(false);
    await warning.getByRole('button', { name: /定\s*位/ }).click();
    expect(await inPanel()).toBe(true);

    await page.getByRole('button', { name: '修改任务表第 8 行' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '修改任务表第 8 行' });
    await dialog.getByLabel('工作内容').fill('探索建立科技社团党委');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.import-warning.resolved', { hasText: warningText }).waitFor();
    expect(await page.locator('tr.import-row-warned').count()).toBe(0);
    const tasks = (await (await page.request.get(`/api/plans/${planId}/tasks`)).json()) as {
      items: ApiTask[];
    };
    expect(tasks.items.find((x) => x.no === 8)?.content).toBe('探索建立科技社团党委');

    await page.getByRole('button', { name: '下一步：落实责任' }).click();
    await page.getByText('每项任务都有责任人、责任部室和分管领导').waitFor();
    expect(
      await page
        .locator('.ant-select', { has: page.getByLabel('责任人 8', { exact: true }) })
        .textContent(),
    ).toContain('彭国华');
    await page.getByRole('button', { name: '下一步：发布' }).click();
    // The 文号 also names the sample plan in the duplicate warning above.
    await page.locator('.ant-descriptions').getByText('滁科协〔2017〕2号').waitFor();
    expect(await page.locator('.ant-descriptions').textContent()).toContain(
      '关于印发《滁州市科协2017年工作要点》的通知',
    );
    await page.getByText('5 个部分、17 条工作、10 项重点工作、10 项任务').waitFor();
    await bothSizes(page, 'import-step4');

    await page.getByRole('button', { name: '发布工作要点' }).click();
    // The sample plan has the same 文号: publishing asks once more.
    await answerDialog(page.locator('.import-duplicate-confirm'), '仍然发布');
    await page.getByText('已发布', { exact: true }).waitFor();
    const plan = (await (await page.request.get(`/api/plans/${planId}`)).json()) as {
      state: string;
    };
    expect(plan.state).toBe('published');
    await bothSizes(page, 'import-published');
  });

  it('creates an owner account for 彭国华, who can then log in', async () => {
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '新建账号' });
    await dialog.getByLabel('用户名').fill('pengguohua');
    await dialog.getByLabel('初始密码').fill('short');
    await choose(page, '对应人员', '彭国华');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    // The server refuses a password under 8 characters; the reason sits under that field.
    const passwordError = dialog
      .locator('.ant-form-item', { hasText: '初始密码' })
      .locator('.ant-form-item-explain-error');
    await passwordError.waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByLabel('初始密码').fill('peng-password-2017');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('tr', { hasText: 'pengguohua' });
    await row.waitFor();
    expect(await row.textContent()).toContain('彭国华');
    expect(await row.textContent()).toContain('责任人');
    await bothSizes(page, 'admin-accounts');

    const other = await h.newPage('laptop');
    await logIn(other, 'pengguohua', 'peng-password-2017');
    const me = (await (await other.request.get('/api/me')).json()) as {
      user: { role: string; personId: number };
    };
    expect(me.user.role).toBe('owner');
    const people = (await (await page.request.get('/api/people?q=彭国华')).json()) as {
      items: { id: number }[];
    };
    expect(people.items.map((p) => p.id)).toContain(me.user.personId);
  });

  it('edits the assessment scheme: a weight sum off 100 is refused under the weights', async () => {
    await page.goto(`/admin?tab=assessment&plan=${planId}`);
    await page.getByText('权重合计 100（应为 100）').waitFor();
    const first = page.getByLabel('权重 1', { exact: true });
    expect(await first.inputValue()).toBe('10.00');
    await first.fill('20');
    await page.getByText('权重合计 110（应为 100）').waitFor();
    await page.getByRole('button', { name: '保存考核方案' }).click();
    expect(await page.locator('.assessment-sum-error').textContent()).toBe(
      '权重合计 110，应为 100',
    );

    await first.fill('10');
    await page.getByLabel('每项逾期扣（分）').fill('3');
    await page.getByRole('button', { name: '保存考核方案' }).click();
    await page.getByText('考核方案已保存').waitFor();
    const scheme = (await (
      await page.request.get(`/api/plans/${planId}/assessment-scheme`)
    ).json()) as { stored: boolean; overdueDeduction: number; weightTotal: number };
    expect(scheme).toMatchObject({ stored: true, overdueDeduction: 3, weightTotal: 100 });
    await bothSizes(page, 'admin-assessment');
  });

  it('generates the September 2017 key-work draft and downloads it as .docx', async () => {
    await page.goto(`/bulletins?plan=${planId}`);
    const month = page.getByLabel('月份');
    await month.click();
    await month.fill('2017-09');
    await month.press('Tab');
    await page.getByRole('button', { name: '生成草稿' }).click();
    const row = page.locator('tr.ant-table-row', { hasText: '2017-09' });
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('月重点工作通报');
    await bothSizes(page, 'bulletins');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: '下载 Word' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/2017.*09.*\.docx$|\.docx$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);

    await row.getByRole('button', { name: /^预\s*览$/ }).click();
    const frame = page.frameLocator('iframe');
    await frame.getByText('探索建立科技社团党委').first().waitFor();
    await bothSizes(page, 'bulletin-preview');
    await page.keyboard.press('Escape');
  });

  it('records an information item and its adoption, and ranks the unit', async () => {
    await page.goto(`/info-work?plan=${planId}`);
    await page.getByRole('button', { name: '报送信息' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '报送信息' });
    await choose(page, '报送单位', '学会部');
    await dialog.getByLabel('信息标题').fill('市科协组织专家开展创新助力活动');
    await dialog.getByLabel('信息内容').fill('9月，市科协组织20名专家深入企业开展创新助力活动。');
    const date = dialog.getByLabel('报送日期');
    await date.click();
    await date.fill('2017-09-05');
    await date.press('Tab');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const item = page.locator('tr', { hasText: '市科协组织专家开展创新助力活动' });
    await item.waitFor();
    expect(await item.textContent()).toContain('未采用');

    await item.getByRole('button', { name: '登记采用' }).click();
    const adopt = page.getByRole('dialog');
    await choose(page, '采用级别', '市委市政府信息');
    const adoptedOn = adopt.getByLabel('采用日期');
    await adoptedOn.click();
    await adoptedOn.fill('2017-09-10');
    await adoptedOn.press('Tab');
    await adopt.getByRole('button', { name: /确\s*定/ }).click();
    await adopt.waitFor({ state: 'hidden' });
    await item.getByText('市委市政府信息').waitFor();

    await page.getByRole('tab', { name: '考核排名' }).click();
    const ranked = page
      .locator('[role=tabpanel][aria-hidden=false]', { hasText: '名次' })
      .locator('tr.ant-table-row', { hasText: '学会部' });
    await ranked.waitFor();
    // Default scheme: 1 point per submission, 5 per adoption by the city; 24 expected, 23 missing.
    const cells = await ranked.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['1', '学会部', '1']);
    expect(cells.slice(5)).toEqual(['6', '23', '5', '-12']);
    await bothSizes(page, 'info-work');
  });

  it('shows grassroots days against the 30-day rule after a visit', async () => {
    await page.goto(`/grassroots?plan=${planId}`);
    await page.getByText('领导干部全年深入基层不少于 60 天，其他干部不少于 30 天。').waitFor();
    await choose(page, '人员', '彭国华');
    await page.getByRole('button', { name: '设置类别' }).click();
    const row = page.locator('tr.ant-table-row', { hasText: '彭国华' });
    await row.waitFor();
    expect(await row.textContent()).toContain('干部职工');

    await page.getByRole('tab', { name: '走访记录' }).click();
    await page.getByRole('button', { name: '登记走访' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '登记走访' });
    await choose(page, '人员', '彭国华');
    for (const [label, day] of [
      ['开始日期', '2017-09-04'],
      ['结束日期', '2017-09-06'],
    ] as const) {
      const input = dialog.getByLabel(label);
      await input.click();
      await input.fill(day);
      await input.press('Tab');
    }
    await dialog.getByLabel('地点').fill('南谯区乌衣镇');
    await dialog.getByLabel('事由').fill('调研科普示范村建设');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('tr', { hasText: '南谯区乌衣镇' }).waitFor();

    await page.getByRole('tab', { name: '年度统计' }).click();
    const total = page
      .locator('[role=tabpanel][aria-hidden=false]', { hasText: '全年要求' })
      .locator('tr.ant-table-row', { hasText: '彭国华' });
    await total.waitFor();
    const cells = await total.locator('td').allTextContents();
    expect(cells.slice(0, 5)).toEqual(['彭国华', '干部职工', '30', '30', '3']);
    expect(cells[6]).toBe('进度滞后');
    await page.getByText(/1 人进度滞后：彭国华/).waitFor();
    await bothSizes(page, 'grassroots');
  });

  it('rolls up a county plan that answers this one, by key task, on the cascade page', async () => {
    for (const name of ['南谯区科协', '天长市科协']) {
      await page.goto('/admin?tab=units');
      await page.getByRole('button', { name: '新增单位' }).click();
      const dialog = page.getByRole('dialog').filter({ hasText: '新增单位' });
      await dialog.getByLabel('单位名称').fill(name);
      await choose(page, '类型', '县区');
      await dialog.getByRole('button', { name: /确\s*定/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('tr.ant-table-row', { hasText: name }).waitFor();
    }
    await page.goto('/admin?tab=accounts');
    await page.getByRole('button', { name: '新建账号' }).click();
    const account = page.getByRole('dialog').filter({ hasText: '新建账号' });
    await account.getByLabel('用户名').fill('nanqiao');
    await account.getByLabel('初始密码').fill('nanqiao-password');
    await choose(page, '角色', '管理员');
    await choose(page, '所属单位', '南谯区科协');
    await account.getByRole('button', { name: /确\s*定/ }).click();
    await account.waitFor({ state: 'hidden' });

    await page.goto(`/cascade?plan=${planId}`);
    await choose(page, '下级单位', '南谯区科协');
    await choose(page, '下级单位', '天长市科协');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '保存下级单位' }).click();
    await page.getByText('2 个下级单位尚未报送工作要点：南谯区科协、天长市科协').waitFor();

    const county = await h.newPage('laptop');
    await logIn(county, 'nanqiao', 'nanqiao-password');
    await county.goto(`/import?parent=${planId}`);
    await county.locator('input[type=file]').setInputFiles({
      name: '南谯区科协2017年工作要点.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(countyNotice),
    });
    await county.getByRole('button', { name: '解析并生成草稿' }).click();
    await county.getByRole('button', { name: '下一步：落实责任' }).click();
    await choose(county, '对应上级重点工作 1', '组织100名专家');
    await county.getByRole('button', { name: '下一步：发布' }).click();
    await county.getByRole('button', { name: '发布工作要点' }).click();
    await county.getByText('已发布', { exact: true }).waitFor();

    await page.reload();
    await page.getByText('1 个下级单位尚未报送工作要点：天长市科协').waitFor();
    const keyTasks = page
      .locator('.ant-card', { hasText: '重点工作落实汇总' })
      .locator('tr.ant-table-row');
    await keyTasks.first().waitFor();
    expect(await keyTasks.count()).toBe(10);
    expect(await keyTasks.nth(1).textContent()).toContain('南谯区科协');
    expect(await keyTasks.nth(1).locator('[data-light]').count()).toBe(1);
    expect(await keyTasks.nth(7).textContent()).toContain('探索建立科技社团党委');
    expect(await keyTasks.nth(7).textContent()).toContain('尚无下级任务对应');
    const recipients = page.locator('.ant-card', { hasText: '下级单位及其工作要点' });
    expect(
      await recipients.locator('tr.ant-table-row', { hasText: '南谯区科协' }).textContent(),
    ).toContain('南谯区科协2017年工作要点');
    expect(
      await recipients.locator('tr.ant-table-row', { hasText: '天长市科协' }).textContent(),
    ).toContain('未报送');
    await keyTasks
      .nth(1)
      .getByRole('button', { name: /展开|Expand/ })
      .click();
    await page.getByText('组织20名专家深入企业开展创新助力活动').first().waitFor();
    await bothSizes(page, 'cascade');
  });
});
