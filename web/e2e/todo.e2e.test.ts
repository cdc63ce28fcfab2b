/**
 * 待办 and accounts in the browser: the supervising leader (张家水) lands on 待办 with its badge,
 * accepts one report with a 批示 and returns another, the count dropping each time; the owner
 * (柏春艳) changes her password and logs in with the new one; the administrator resets the
 * leader's password and the leader must change it before going on; a role change asks first; a
 * plan's people get their accounts in one step.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  baiChunyan,
  createAccounts,
  logIn,
  screenshot,
  startHarness,
  type Api,
  type ApiTask,
  type Harness,
  zhangJiashui,
} from './harness';
import { answerDialog } from './pages';

type Task = ApiTask;
interface Report {
  id: number;
  state: string;
  reviewComment: string | null;
}
interface Inbox {
  counts: { total: number; reports: number };
}

const badge = (page: Page) => page.getByTestId('todo-badge');
const badgeCount = async (page: Page) =>
  Number(((await badge(page).locator('.ant-scroll-number').getAttribute('title')) ?? '0') || 0);

async function logOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.getByLabel('用户名').waitFor();
}

describe('待办 and accounts', () => {
  let h: Harness;
  let admin: Api;
  let leader: Page;
  let tasks: Task[];
  const reports: Report[] = [];

  beforeAll(async () => {
    h = await startHarness();
    admin = await apiAs(h.baseUrl);
    await createAccounts(admin, [zhangJiashui, baiChunyan]);
    const all = await admin<{ items: Task[] }>('GET', '/api/tasks?limit=100');
    tasks = all.items.filter(
      (t) => t.leader?.name === '张家水' && t.owners.some((o) => o.name === '柏春艳'),
    );
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    const owner = await apiAs(h.baseUrl, 'baichunyan', 'owner-password');
    for (const [i, task] of tasks.slice(0, 2).entries())
      reports.push(
        await owner<Report>('POST', `/api/tasks/${task.id}/reports`, {
          month: '2017-12',
          done: `第${i + 1}项任务本月已完成调研`,
          nextSteps: '下月形成初稿',
        }),
      );
  });
  afterAll(async () => h.close());

  it('lands the leader on 待办, whose badge counts what waits for them', async () => {
    leader = await h.newPage('laptop');
    await logIn(leader, 'zhangjiashui', 'leader-password');
    await leader.waitForURL(/\/todo$/);
    await leader.getByRole('heading', { name: '待办' }).waitFor();
    // The header names the person, not the login.
    expect(await leader.getByTestId('user-menu').innerText()).toContain('张家水');
    const asLeader = await apiAs(h.baseUrl, 'zhangjiashui', 'leader-password');
    const inbox = await asLeader<Inbox>('GET', '/api/inbox');
    expect(inbox.counts.total).toBeGreaterThanOrEqual(2);
    await expect.poll(() => badgeCount(leader)).toBe(inbox.counts.total);
    expect(await leader.getByTestId('todo-total').innerText()).toBe(`共 ${inbox.counts.total} 项`);
    const section = leader.getByTestId('todo-reports');
    expect(await section.innerText()).toContain('待审核的进展报告');
    for (const r of reports) await leader.getByTestId(`todo-report-${r.id}`).waitFor();
    expect(await section.innerText()).toContain('第1项任务本月已完成调研');
    expect(await leader.getByRole('menu').getByRole('menuitem').first().innerText()).toBe('待办');
    // The reminder bell opens its list (no reminder has been sent to this new account yet).
    await leader.getByTestId('notification-bell').click();
    const panel = leader.getByTestId('notification-panel');
    await panel.getByText('0 条未读').waitFor();
    expect(await panel.innerText()).toContain('没有提醒');
    await leader.getByTestId('notification-bell').click();
    await panel.waitFor({ state: 'hidden' });

    for (const size of [
      { width: 1024, height: 768 },
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await leader.setViewportSize(size);
      await leader.getByTestId(`todo-report-${reports[0]?.id}`).waitFor();
      await screenshot(leader, 'todo-leader');
    }
    await leader.setViewportSize({ width: 1366, height: 768 });
  });

  it('accepts one report with a 批示 and returns another with a reason, in place', async () => {
    const [first, second] = reports;
    if (!first || !second) throw new Error('two reports expected');
    const before = await badgeCount(leader);

    await leader
      .getByTestId(`todo-report-${first.id}`)
      .getByRole('button', { name: /通\s*过/ })
      .click();
    const accept = leader.getByRole('dialog', { name: '通过进展报告' });
    await accept.getByLabel('批示').fill('同意，请按计划推进');
    await accept.getByRole('button', { name: /通\s*过/ }).click();
    await accept.waitFor({ state: 'hidden' });
    await leader.getByTestId(`todo-report-${first.id}`).waitFor({ state: 'detached' });
    await expect.poll(() => badgeCount(leader)).toBe(before - 1);
    expect(leader.url()).toMatch(/\/todo$/);

    await leader
      .getByTestId(`todo-report-${second.id}`)
      .getByRole('button', { name: /退\s*回/ })
      .click();
    const back = leader.getByRole('dialog', { name: '退回进展报告' });
    // A return without a reason is refused under the field, nothing sent.
    await back.getByRole('button', { name: /退\s*回/ }).click();
    await back.getByText('请填写退回意见').waitFor();
    await back.getByLabel('退回意见').fill('请补充调研的对象和人数');
    await back.getByRole('button', { name: /退\s*回/ }).click();
    await back.waitFor({ state: 'hidden' });
    await leader.getByTestId(`todo-report-${second.id}`).waitFor({ state: 'detached' });
    // No report left to review; the returned one leaves its task without a December report, so
    // its light may newly turn yellow under 亮灯变化: the badge counts what the inbox now holds.
    const asLeader = await apiAs(h.baseUrl, 'zhangjiashui', 'leader-password');
    const inbox = await asLeader<Inbox>('GET', '/api/inbox');
    expect(inbox.counts.reports).toBe(0);
    await expect.poll(() => badgeCount(leader)).toBe(inbox.counts.total);

    const accepted = await admin<Report>('GET', `/api/reports/${first.id}`);
    expect(accepted.state).toBe('accepted');
    expect(accepted.reviewComment).toBe('同意，请按计划推进');
    const returned = await admin<Report>('GET', `/api/reports/${second.id}`);
    expect(returned.state).toBe('returned');
    expect(returned.reviewComment).toBe('请补充调研的对象和人数');
  });

  it('shows the owner the returned report in her 待办', async () => {
    const owner = await h.newPage('laptop');
    await logIn(owner, 'baichunyan', 'owner-password');
    await owner.waitForURL(/\/todo$/);
    const line = owner.getByTestId(`todo-returned-${reports[1]?.id}`);
    await line.waitFor();
    expect(await line.innerText()).toContain('退回意见：请补充调研的对象和人数');
    expect(await line.getByRole('link', { name: '修改后重新报送' }).getAttribute('href')).toContain(
      '/my-month',
    );
    await screenshot(owner, 'todo-owner');
    await owner.context().close();
  });

  it('changes her own password: field errors under the fields, then the new one logs in', async () => {
    const owner = await h.newPage('laptop');
    await logIn(owner, 'baichunyan', 'owner-password');
    await owner.getByTestId('user-menu').click();
    await owner.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = owner.getByRole('dialog', { name: '修改密码' });
    await dialog.getByLabel('当前密码').fill('not-my-password');
    await dialog.getByLabel('新密码', { exact: true }).fill('owner-password-2');
    await dialog.getByLabel('确认新密码').fill('owner-password-3');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await dialog.getByText('两次输入的新密码不一致').waitFor();
    await dialog.getByLabel('确认新密码').fill('owner-password-2');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    // The server's answer about the current password sits under that field.
    const currentError = dialog
      .locator('.ant-form-item', { hasText: '当前密码' })
      .locator('.ant-form-item-explain-error');
    await currentError.waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByLabel('当前密码').fill('owner-password');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await owner.getByText('密码已修改').waitFor();

    await logOut(owner);
    await owner.getByLabel('用户名').fill('baichunyan');
    await owner.getByLabel('密码').fill('owner-password');
    await owner.getByRole('button', { name: /登\s*录/ }).click();
    await owner.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    await owner.getByLabel('密码').fill('owner-password-2');
    await owner.getByRole('button', { name: /登\s*录/ }).click();
    await owner.getByTestId('user-menu').waitFor();
    expect(await owner.getByTestId('user-menu').innerText()).toContain('柏春艳');
    await owner.context().close();
  });

  it("resets the leader's password: the temporary one forces a change before anything else", async () => {
    const page = await h.newPage('laptop');
    await logIn(page);
    await page.goto('/admin?tab=accounts');
    const row = page.locator('tr.ant-table-row', { hasText: 'zhangjiashui' });
    await row.getByRole('button', { name: '重置密码' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    const shown = page.getByTestId('reset-password');
    await shown.waitFor();
    expect(await shown.innerText()).toContain('zhangjiashui');
    const temporary = (await shown.locator('code').innerText()).trim();
    expect(temporary).toMatch(/^[A-Za-z0-9]{10}$/);
    await screenshot(page, 'accounts-reset');

    // The leader's open window lost its session: the next page shows the log-in form.
    await leader.getByRole('menuitem', { name: '工作台' }).click();
    await leader.getByLabel('用户名').waitFor();

    const fresh = await h.newPage('laptop');
    await logIn(fresh, 'zhangjiashui', temporary);
    const dialog = fresh.getByRole('dialog', { name: '修改密码' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('请先修改初始密码');
    expect(await dialog.getByRole('button', { name: /取\s*消/ }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Close' }).count()).toBe(0);
    await fresh.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    await screenshot(fresh, 'password-forced');
    await dialog.getByLabel('当前密码').fill(temporary);
    await dialog.getByLabel('新密码', { exact: true }).fill('leader-password-2');
    await dialog.getByLabel('确认新密码').fill('leader-password-2');
    await dialog.getByRole('button', { name: '确认修改' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await fresh.getByRole('heading', { name: '待办' }).waitFor();
    const me = (await (await fresh.request.get('/api/me')).json()) as {
      user: { mustChangePassword: boolean };
    };
    expect(me.user.mustChangePassword).toBe(false);
    await fresh.context().close();

    // A role change asks first; cancelling leaves the role as it was.
    await row.getByLabel('角色 zhangjiashui').click();
    await page.locator('.ant-select-dropdown:visible').getByText('查阅', { exact: true }).click();
    const confirm = page.getByRole('dialog', { name: '修改角色' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('由「分管领导」改为「查阅」');
    await answerDialog(confirm, /取\s*消/);
    expect(await row.innerText()).toContain('分管领导');
    const users = await admin<{ items: { username: string; role: string }[] }>(
      'GET',
      '/api/users?limit=100',
    );
    expect(users.items.find((u) => u.username === 'zhangjiashui')?.role).toBe('leader');
    await page.context().close();
  });

  it("creates the accounts of a plan's people in one step, passwords shown to copy", async () => {
    const page = await h.newPage('laptop');
    await logIn(page);
    await page.goto('/admin?tab=accounts');
    await page.getByRole('button', { name: '为工作要点人员批量创建账号' }).click();
    const dialog = page.getByRole('dialog', { name: '为工作要点人员批量创建账号' });
    await dialog.getByLabel('工作要点').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await dialog.getByRole('button', { name: '创建账号' }).click();
    const result = dialog.getByTestId('plan-accounts-result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toMatch(/已创建 \d+ 个账号/);
    expect(text).toContain('2 人已有账号');
    const rows = result.locator('tr.ant-table-row');
    expect(await rows.count()).toBeGreaterThan(0);
    const cells = await rows.first().locator('td').allInnerTexts();
    const [name, username, , password] = cells.map((c) => c.trim());
    expect(name).toBeTruthy();
    await screenshot(page, 'accounts-plan-people');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await page.locator('tr.ant-table-row', { hasText: username ?? '' }).waitFor();

    const person = await h.newPage('laptop');
    await logIn(person, username ?? '', password ?? '');
    await person.getByRole('dialog', { name: '修改密码' }).waitFor();
    expect(await person.getByTestId('user-menu').innerText()).toContain(name ?? '');
    await person.context().close();

    // The office's own 待办.
    await page.goto('/todo');
    await page.getByTestId('todo-total').waitFor();
    await screenshot(page, 'todo-admin');
    await page.context().close();
  });
});
