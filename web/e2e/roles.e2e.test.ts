/**
 * What a supervising leader (张家水) and an owner (柏春艳) see: their own tasks first on the
 * dashboard, a menu without administration, and the monthly report going from the owner's
 * submission through the leader's return and acceptance.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  baiChunyan,
  createAccounts,
  logIn,
  startHarness,
  type Harness,
  zhangJiashui,
} from './harness';
import { answerDialog, tableSettled, taskRows } from './pages';

describe('leaders and owners', () => {
  let h: Harness;
  let leader: Page;
  let owner: Page;
  beforeAll(async () => {
    h = await startHarness();
    const admin = await apiAs(h.baseUrl);
    await createAccounts(admin, [zhangJiashui, baiChunyan]);
    leader = await h.newPage('laptop');
    await logIn(leader, 'zhangjiashui', 'leader-password');
    owner = await h.newPage('laptop');
    await logIn(owner, 'baichunyan', 'owner-password');
    // Both land on 待办; the dashboard is one click away.
    await leader.goto('/');
    await owner.goto('/');
  });
  afterAll(async () => h.close());

  it('shows the leader the tasks they supervise first, and no administration menu', async () => {
    const mine = leader.getByTestId('my-tasks');
    await mine.waitFor();
    expect(await mine.innerText()).toContain('我分管的任务');
    const text = await leader.getByTestId('my-task-list').innerText();
    for (const task of [
      '尽快草拟',
      '探索开展“科技馆进校园”活动',
      '新建1—2个社区科普馆',
      '修改完善科协干部',
      '制订《滁州市科协系统信息工作考核方案》',
    ])
      expect(text).toContain(task);
    expect(text).not.toContain('组织100名专家');
    const menu = await leader.getByRole('menu').getByRole('menuitem').allInnerTexts();
    expect(menu).toEqual(expect.arrayContaining(['工作台', '工作要点', '任务表']));
    expect(menu).not.toContain('系统管理');
    await leader.goto('/tasks');
    await tableSettled(leader);
    expect(await taskRows(leader).count()).toBe(10);
    expect(await leader.getByRole('button', { name: /编\s*辑/ }).count()).toBe(0);
    expect(await leader.getByRole('columnheader').allInnerTexts()).not.toContain('操作');
  });

  it('shows the owner their own tasks', async () => {
    await owner.getByTestId('my-tasks').waitFor();
    expect(await owner.getByTestId('my-tasks').innerText()).toContain('我负责的任务');
    const items = await owner.getByTestId('my-task-list').locator('.ant-list-item').allInnerTexts();
    expect(items.map((i) => /^(\d+)\./.exec(i)?.[1])).toEqual(['1', '7', '9', '10']);
  });

  it('takes a monthly report from the owner through return and acceptance by the leader', async () => {
    await owner.goto('/tasks/9');
    await owner.getByRole('tab', { name: '进展情况' }).click();
    const form = owner.getByTestId('report-form');
    await form.getByLabel('本月完成情况').fill('完成联系基层制度初稿');
    await form.getByLabel('下步打算').fill('征求各部室意见');
    await form.getByRole('button', { name: /提交进展/ }).click();
    const timeline = owner.getByTestId('report-timeline');
    await expect.poll(() => timeline.innerText()).toContain('待审核');
    expect(await timeline.innerText()).toContain('完成联系基层制度初稿');

    await leader.goto('/tasks/9');
    expect(await leader.getByTestId('ledger-form').count()).toBe(0);
    await leader.getByRole('tab', { name: '进展情况' }).click();
    expect(await leader.getByTestId('report-form').count()).toBe(0);
    await leader.getByRole('button', { name: /退\s*回/ }).click();
    const dialog = leader.getByRole('dialog');
    await dialog.getByLabel('意见').fill('请补充调研安排');
    await answerDialog(dialog, /退\s*回/);
    await expect
      .poll(() => leader.getByTestId('report-timeline').innerText(), { timeout: 20_000 })
      .toContain('审核意见：请补充调研安排');

    await owner.reload();
    await owner.getByRole('tab', { name: '进展情况' }).click();
    await owner
      .getByTestId('report-form')
      .getByLabel('本月完成情况')
      .fill('完成初稿并补充调研安排');
    await owner
      .getByTestId('report-form')
      .getByRole('button', { name: /提交进展/ })
      .click();
    await expect
      .poll(() => owner.getByTestId('report-timeline').innerText())
      .toContain('完成初稿并补充调研安排');

    await leader.reload();
    await leader.getByRole('tab', { name: '进展情况' }).click();
    await leader.getByRole('button', { name: /通\s*过/ }).click();
    await expect.poll(() => leader.getByTestId('report-timeline').innerText()).toContain('已通过');
    expect(await leader.getByRole('button', { name: /通\s*过/ }).count()).toBe(0);
  });
});
