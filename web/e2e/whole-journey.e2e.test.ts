/**
 * The whole journey on the worked example (滁科协〔2017〕2号), one step after another at 1366×768:
 * the administrator imports and publishes the notice, creates accounts for 彭国华 and 柳军;
 * 彭国华 records expert visits and reports September 2017; 柳军 accepts the report; the
 * administrator generates the September key-work bulletin and downloads it as .docx.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, screenshot, startHarness, type Harness } from './harness';
import { answerDialog, choose, typeDate } from './pages';

const notice = fileURLToPath(
  new URL('../../src/domains/import/fixtures/chuzhou-cast-2017-workplan.txt', import.meta.url),
);
/** The ten key tasks (十项重点工作), by words each one's text contains. */
const keyTasks = [
  '深化改革方案',
  '组织100名专家开展创新助力活动',
  '院士与企业对接活动',
  '海智对接活动',
  '科技馆进校园',
  '社区科普馆',
  '扶贫村',
  '探索建立科技社团党委',
  '联系基层及调研制度',
  '信息工作考核方案',
];
const experts = ['王教授', '李研究员', '赵高工'];
const reportText = '9月组织王教授、李研究员、赵高工3名专家深入企业开展创新助力活动';
const problems = '专家与企业需求对接不够精准';
const nextSteps = '10月按产业分组对接专家';

/**
 * The bulletin's section on key task 2: from its heading (numbered among the tasks that have a
 * section of their own, （一） when it is the only one reported) to the next heading.
 */
function task2Section(text: string): string {
  const heading = /（[一二三四五六七八九十]+）组织100名专家开展创新助力活动/.exec(text);
  expect(heading).not.toBeNull();
  const start = heading?.index ?? 0;
  const rest = text.slice(start + 1);
  const next = rest.search(/（[一二三四五六七八九十]+）|\n\s*[一二三四五六七八九十]+、/);
  return text.slice(start, next < 0 ? undefined : start + 1 + next);
}

/** Takes `.tmp/screenshots/whole-journey-<step>-1366x768.png` once animations have settled. */
async function shot(page: Page, step: string): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  await screenshot(page, `whole-journey-${step}`);
}

async function createAccount(
  page: Page,
  username: string,
  password: string,
  role: string,
  person: string,
): Promise<void> {
  await page.getByRole('button', { name: '新建账号' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '新建账号' });
  await dialog.getByLabel('用户名').fill(username);
  await dialog.getByLabel('初始密码').fill(password);
  await choose(page, '角色', role);
  await choose(page, '对应人员', person);
  await dialog.getByRole('button', { name: /确\s*定/ }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('the whole journey of the worked example', () => {
  let h: Harness;
  let admin: Page;
  let planId = 0;
  let task2Id = 0;

  beforeAll(async () => {
    h = await startHarness();
    admin = await h.newPage('laptop');
    await logIn(admin);
  });
  afterAll(async () => h.close());

  it('1. the administrator imports the notice, fixes the 社团/社区 warning and publishes', async () => {
    await admin.getByRole('menuitem', { name: '导入向导' }).click();
    await admin.locator('input[type=file]').setInputFiles(notice);
    await admin.getByRole('button', { name: '解析并生成草稿' }).click();
    const warning = admin.locator('.import-warning', { hasText: '科技社区党委' });
    await warning.waitFor();
    expect(await warning.innerText()).toContain('待核实');
    planId = Number(new URL(admin.url()).searchParams.get('plan'));
    expect(planId).toBeGreaterThan(1); // the sample plan is 1: this is the imported one
    expect(await admin.locator('tr.import-task-8').innerText()).toContain('探索建立科技社区党委');
    await shot(admin, 'import-warning');

    await admin.getByRole('button', { name: '修改任务表第 8 行' }).click();
    const dialog = admin.getByRole('dialog').filter({ hasText: '修改任务表第 8 行' });
    await dialog.getByLabel('工作内容').fill('探索建立科技社团党委');
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await admin.locator('.import-warning.resolved', { hasText: '科技社区党委' }).waitFor();
    expect(await admin.locator('tr.import-row-warned').count()).toBe(0);
    expect(await admin.locator('tr.import-task-8').innerText()).toContain('探索建立科技社团党委');

    await admin.getByRole('button', { name: '下一步：落实责任' }).click();
    await admin.getByText('每项任务都有责任人、责任部室和分管领导').waitFor();
    // 责任人 takes several people: the select holds one tag per owner.
    const owner2 = admin.locator('.ant-select', {
      has: admin.getByLabel('责任人 2', { exact: true }),
    });
    expect(await owner2.innerText()).toContain('彭国华');
    await shot(admin, 'import-assign');
    await admin.getByRole('button', { name: '下一步：发布' }).click();
    await admin.getByText('5 个部分、17 条工作、10 项重点工作、10 项任务').waitFor();
    await admin.getByRole('button', { name: '发布工作要点' }).click();
    // The sample plan has the same 文号: publishing asks once more.
    await answerDialog(admin.locator('.import-duplicate-confirm'), '仍然发布');
    await admin.getByText('已发布', { exact: true }).waitFor();

    await admin.goto(`/plan?plan=${planId}`);
    await admin.getByTestId('notice').waitFor();
    expect(await admin.getByTestId('notice').innerText()).toContain('滁科协〔2017〕2号');
    // The outline lists the notice's 17 items under their 5 sections.
    expect(await admin.getByTestId('sections').locator('.plan-item').count()).toBe(17);
    expect(await admin.locator('#item-3').innerText()).toMatch(
      /^3\. 实施创新驱动助力工程重点工作2/,
    );
    const keyTaskCards = admin.locator('[id^="key-task-"]');
    expect(await keyTaskCards.count()).toBe(10);
    expect(await admin.locator('#key-task-8').innerText()).toContain('探索建立科技社团党委');
    const planText = await admin.locator('main').innerText();
    for (const text of keyTasks) expect(planText).toContain(text);
    // The import's warning stays on record, marked corrected; only it still quotes the old text.
    const warningItem = admin.locator('li[data-resolved]', { hasText: '科技社区党委' });
    await expect.poll(() => warningItem.innerText()).toContain('已修正');
    expect(await warningItem.getAttribute('data-resolved')).toBe('true');
    expect(planText.split('科技社区党委').length).toBe(2);
    await shot(admin, 'plan');
  });

  it('2. the administrator creates accounts for 彭国华 (owner) and 柳军 (leader)', async () => {
    await admin.getByRole('menuitem', { name: '系统管理' }).click();
    await createAccount(admin, 'pengguohua', 'peng-password-2017', '责任人', '彭国华');
    await createAccount(admin, 'liujun', 'liu-password-2017', '分管领导', '柳军');
    const peng = admin.locator('tr.ant-table-row', { hasText: 'pengguohua' });
    const liu = admin.locator('tr.ant-table-row', { hasText: 'liujun' });
    await liu.waitFor();
    expect(await peng.innerText()).toMatch(/彭国华[\s\S]*责任人|责任人[\s\S]*彭国华/);
    expect(await liu.innerText()).toMatch(/柳军[\s\S]*分管领导|分管领导[\s\S]*柳军/);
    await shot(admin, 'accounts');
  });

  it('3. 彭国华 sees his tasks first, records three expert visits and reports September', async () => {
    const peng = await h.newPage('laptop');
    await logIn(peng, 'pengguohua', 'peng-password-2017');
    await peng.goto(`/?plan=${planId}`);
    const mine = peng.getByTestId('my-tasks');
    await mine.waitFor();
    expect(await mine.innerText()).toContain('我负责的任务');
    const items = await peng.getByTestId('my-task-list').locator('.ant-list-item').allInnerTexts();
    expect(items.map((i) => /^(\d+)\./.exec(i)?.[1])).toEqual(['2', '3', '4', '8']);
    expect(items[3]).toContain('探索建立科技社团党委');
    await shot(peng, 'owner-dashboard');

    await peng.getByTestId('my-task-list').getByRole('link', { name: /^2\. / }).click();
    await peng.getByTestId('task-title').waitFor();
    task2Id = Number(/\/tasks\/(\d+)/.exec(peng.url())?.[1]);
    expect(await peng.getByTestId('task-title').innerText()).toContain(
      '组织100名专家开展创新助力活动',
    );
    const actual = peng.locator('[data-testid^="indicator-actual-"]').first();
    expect(await actual.innerText()).toMatch(/实际\s*0\s*名/);
    const form = peng.getByTestId('ledger-form');
    for (const [i, expert] of experts.entries()) {
      await typeDate(form.getByLabel('日期'), `2017-09-${String(5 + 7 * i).padStart(2, '0')}`);
      await form.getByLabel('对象').fill(expert);
      await form.getByRole('button', { name: '添加台账' }).click();
      await expect.poll(() => actual.innerText()).toMatch(new RegExp(`实际\\s*${i + 1}\\s*名`));
    }
    const ledger = peng.locator('.ant-table-tbody');
    for (const expert of experts) expect(await ledger.innerText()).toContain(expert);
    expect(await ledger.innerText()).toContain('2017-09-19');
    await shot(peng, 'ledger');

    await peng.getByRole('tab', { name: '进展情况' }).click();
    const report = peng.getByTestId('report-form');
    await typeDate(report.getByLabel('月份'), '2017-09');
    await report.getByLabel('本月完成情况').fill(reportText);
    await report.getByLabel('存在问题').fill(problems);
    await report.getByLabel('下步打算').fill(nextSteps);
    await report.getByRole('button', { name: /提交进展/ }).click();
    const timeline = peng.getByTestId('report-timeline');
    await expect.poll(() => timeline.innerText()).toContain('待审核');
    const shown = await timeline.innerText();
    for (const text of ['2017-09', reportText, problems, nextSteps]) expect(shown).toContain(text);
    await shot(peng, 'report-submitted');
  });

  it('4. 柳军 finds the report on the task page and accepts it', async () => {
    const liu = await h.newPage('laptop');
    await logIn(liu, 'liujun', 'liu-password-2017');
    await liu.goto(`/?plan=${planId}`);
    const mine = liu.getByTestId('my-tasks');
    await mine.waitFor();
    expect(await mine.innerText()).toContain('我分管的任务');
    expect(await liu.getByTestId('my-task-list').innerText()).toContain(
      '组织100名专家开展创新助力活动',
    );
    await liu.getByTestId('my-task-list').getByRole('link', { name: /^2\. / }).click();
    await liu.getByTestId('task-title').waitFor();
    expect(liu.url()).toContain(`/tasks/${task2Id}`);
    await liu.getByRole('tab', { name: '进展情况' }).click();
    const timeline = liu.getByTestId('report-timeline');
    await expect.poll(() => timeline.innerText()).toContain(reportText);
    expect(await timeline.innerText()).toContain('待审核');
    await liu.getByRole('button', { name: /通\s*过/ }).click();
    await expect.poll(() => timeline.innerText()).toContain('已通过');
    expect(await timeline.innerText()).not.toContain('待审核');
    expect(await liu.getByRole('button', { name: /通\s*过/ }).count()).toBe(0);
    await shot(liu, 'report-accepted');
  });

  it('5. the administrator generates the September 2017 bulletin, previews and downloads it', async () => {
    await admin.goto(`/bulletins?plan=${planId}`);
    await typeDate(admin.getByLabel('月份'), '2017-09');
    await admin.getByRole('button', { name: '生成草稿' }).click();
    const row = admin
      .locator('tr.ant-table-row', { hasText: '2017-09' })
      .filter({ hasText: '重点工作通报' });
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toContain('第1期');
    expect(await row.innerText()).toContain('草稿');

    await row.getByRole('button', { name: /^预\s*览$/ }).click();
    const frame = admin.frameLocator('iframe');
    const task2Row = frame.locator('tr', { hasText: '组织100名专家开展创新助力活动' }).first();
    await task2Row.waitFor();
    const previewRow = await task2Row.innerText();
    expect(previewRow).toMatch(/实际\s*3\s*名/);
    // Task 2's own section quotes the accepted report.
    const body = await frame.locator('body').innerText();
    expect(task2Section(body)).toContain(`本月进展（已审核）：${reportText}`);
    expect(task2Section(body)).toContain(`存在问题：${problems}`);
    expect(task2Section(body)).toContain(`下步打算：${nextSteps}`);
    await task2Row.scrollIntoViewIfNeeded();
    await shot(admin, 'bulletin-preview');
    await admin.keyboard.press('Escape');

    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      row.getByRole('button', { name: '下载 Word' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      '滁州市科协2017年工作要点-2017年9月重点工作通报-第1期（草稿）.docx',
    );
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const xml = await zip.file('word/document.xml')?.async('string');
    // Word splits text into runs: compare the text of whole paragraphs and table rows.
    const text = (xml ?? '').replace(/<w:(p|tr)[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
    expect(text).toContain('2017年9月');
    for (const task of keyTasks) expect(text).toContain(task);
    const rows = (xml ?? '').split('<w:tr').map((r) => r.replace(/<[^>]+>/g, ''));
    const task2 = rows.filter((r) => r.includes('组织100名专家开展创新助力活动'));
    expect(task2.some((r) => r.includes('实际3名'))).toBe(true);
    expect(task2Section(text)).toContain(`本月进展（已审核）：${reportText}`);
  });
});
