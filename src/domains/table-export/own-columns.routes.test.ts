/**
 * The export repeats the notice's own table columns: a variant of the worked example whose table
 * says 责任单位 / 责任领导 / 完成时限 is imported over HTTP, exported, and read back to the same tasks.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';
import { draftFromFile } from '../import/draft-from-file.js';
import type { PlanDraft } from '../import/draft.js';
import { tableColumnsJson } from '../import/table-columns.js';
import { rowValues, sheetOf } from './test-support.js';

const workedExample = readFileSync(
  new URL('../import/fixtures/chuzhou-cast-2017-workplan.txt', import.meta.url),
  'utf8',
);
/** The worked example with its table's header in other offices' words. */
const variant = workedExample
  .replace('\t责任部室\n', '\t责任单位\n')
  .replace('\t分管领导\n', '\t责任领导\n')
  .replace('\t完成时间\n', '\t完成时限\n');
const ownHeader = ['序号', '重点工作内容', '责任人', '责任单位', '责任领导', '完成时限', '备注'];
const added = ['状态灯', '指标完成'];

const tasksOf = (draft: PlanDraft) =>
  draft.tasks.map((t) => [
    t.no,
    t.content,
    t.owners,
    t.departments,
    t.coDepartments,
    t.leader,
    t.deadline?.text,
    t.deadline?.due,
    t.notes,
  ]);

describe.each(engines)('the notice’s own table columns on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let imported: PlanDraft;
  let planId: number;

  const exportTable = async () => {
    const res = await admin.get(`/api/plans/${planId}/table.xlsx`);
    expect(res.status).toBe(200);
    const bytes = await res.arrayBuffer();
    const { sheet } = await sheetOf(bytes, '重点工作任务表');
    return { sheet, bytes };
  };
  const reimport = async (bytes: ArrayBuffer) =>
    draftFromFile({ name: 'table.xlsx', bytes: new Uint8Array(bytes) });

  beforeAll(async () => {
    t = await startTestApp(
      kind,
      (s) => buildUser(s.store.db, { username: 'admin', role: 'admin' }),
      () => new Date('2017-09-30T04:00:00Z'),
    );
    admin = await logInClient(t.baseUrl, 'admin');
    const bytes = new TextEncoder().encode(variant);
    imported = await draftFromFile({ name: 'notice.txt', bytes });
    const form = new FormData();
    form.append('file', new Blob([bytes]), 'notice.txt');
    const res = await fetch(`${t.baseUrl}/api/plans/import`, {
      method: 'POST',
      headers: admin.auth,
      body: form,
    });
    expect(res.status).toBe(201);
    planId = ((await res.json()) as { id: number }).id;
  });
  afterAll(async () => t.close());

  it('exports under the notice’s header words, then 状态灯 and 指标完成', async () => {
    expect(imported.tableColumns).toEqual(ownHeader);
    const { sheet } = await exportTable();
    expect(rowValues(sheet, 2, 9)).toEqual([...ownHeader, ...added]);
    expect(rowValues(sheet, 3, 7)).toEqual([
      1,
      '尽快草拟《滁州市科协系统深化改革方案》',
      '柏春艳',
      '办公室',
      '张家水',
      '5月底',
      null,
    ]);
  });

  it('reads back through the importer to the same tasks', async () => {
    const { bytes } = await exportTable();
    const again = await reimport(bytes);
    expect(tasksOf(again)).toEqual(tasksOf(imported));
    expect(again.tasks).toHaveLength(10);
  });

  it('keeps the table’s order, leaves a column it does not read empty, appends a field it lacks', async () => {
    const own = ['序号', '责任单位', '重点工作内容', '具体措施', '完成时限', '责任领导'];
    await t.testStore.store.db
      .updateTable('plans')
      .set({ table_columns: tableColumnsJson(own) })
      .where('id', '=', planId)
      .execute();
    const { sheet, bytes } = await exportTable();
    // 责任人 is not in this table but tasks have owners: it follows under its standard name.
    expect(rowValues(sheet, 2, 9)).toEqual([...own, '责任人', ...added]);
    expect(rowValues(sheet, 3, 7)).toEqual([
      1,
      '办公室',
      '尽快草拟《滁州市科协系统深化改革方案》',
      null,
      '5月底',
      '张家水',
      '柏春艳',
    ]);
    expect(tasksOf(await reimport(bytes))).toEqual(tasksOf(imported));
  });

  it('gives a plan that kept no columns the standard names', async () => {
    await t.testStore.store.db
      .updateTable('plans')
      .set({ table_columns: null })
      .where('id', '=', planId)
      .execute();
    const { sheet } = await exportTable();
    expect(rowValues(sheet, 2, 9)).toEqual([
      ...['序号', '重点工作内容', '责任人', '责任部室', '分管领导', '完成时间', '备注'],
      ...added,
    ]);
  });
});
