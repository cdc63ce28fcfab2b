/** The shell: log-in errors, the menu by role, the language switch that survives a reload. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, startHarness, type Harness } from './harness';

describe('the web app shell', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('shows the server message for a wrong password and stays on the log-in form', async () => {
    const page = await h.newPage();
    await page.goto('/');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/用户名或密码/);
    expect(await page.getByTestId('user-menu').count()).toBe(0);
  });

  it('asks for the missing field next to it', async () => {
    const page = await h.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByText('请输入用户名').waitFor();
  });

  it('logs in, shows the menu, switches to English and back, and logs out', async () => {
    const page = await h.newPage();
    await logIn(page);
    const menu = page.getByRole('menu');
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(
      expect.arrayContaining(['工作台', '工作要点', '任务表']),
    );
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
    await page.reload();
    await page.getByRole('menuitem', { name: 'Work plan' }).waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: '工作台' }).waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByLabel('用户名').waitFor();
  });
});
