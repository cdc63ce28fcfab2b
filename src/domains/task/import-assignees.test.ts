/**
 * Responsibility read from a notice — written inline (牵头单位/配合单位, several 责任人) or in a task
 * table's cells naming several people and units — is stored as assignees, the first leading.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/schema.js';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { parseNotice } from '../import/parse-notice.js';
import { saveDraftPlan } from '../plan/save-draft-plan.js';
import { findAssignees } from './find-assignees.js';

const inlineNotice = `定远县人民政府办公室关于印发2018年政府工作要点的通知
定政办〔2018〕5号

各乡镇人民政府，县政府各部门、各直属机构：
现将《2018年政府工作要点》印发给你们，请认真贯彻执行。

一、加快产业转型升级
（一）推进工业强县。全年新增规模以上工业企业20家以上。（牵头单位：县经信委，配合单位：县发改委、县财政局；责任人：王明、李华；完成时限：2018年12月底前）
（二）发展现代农业。新建高标准农田５万亩。（责任单位：县农委；完成时限：三季度末）

定远县人民政府办公室
二〇一八年三月一日`;

const tableNotice = [
  '某市2021年重点工作任务分解',
  '序号\t工作任务\t责任人\t牵头单位\t配合单位\t完成时限',
  '1\t建设产业园\t张三、李四\t市发改委、市工信局\t市财政局，市自然资源局\t年底前',
  '2\t开展一次检查\t\t市审计局\t\t6月底前',
].join('\n');

/** Imports the notice and shows each task's primary owner and department and its assignees. */
async function importedResponsibility(db: Kysely<Database>, notice: string) {
  const parsed = parseNotice(notice);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { planId } = await saveDraftPlan({ db, draft: parsed.draft, sourceName: 'notice.txt' });
  const tasks = await db
    .selectFrom('tasks')
    .innerJoin('units', 'units.id', 'tasks.department_unit_id')
    .leftJoin('people', 'people.id', 'tasks.owner_person_id')
    .select([
      'tasks.id',
      'tasks.owner_person_id',
      'tasks.department_unit_id',
      'units.name as department',
      'people.name as owner',
    ])
    .where('plan_id', '=', planId)
    .orderBy('tasks.no')
    .execute();
  const assignees = await findAssignees({ db, tasks });
  const names = (refs: { name: string }[] = []) => refs.map((r) => r.name);
  return tasks.map((task) => {
    const a = assignees.get(task.id);
    return {
      primary: [task.owner, task.department],
      owners: names(a?.owners),
      lead: names(a?.leadDepartments),
      co: names(a?.coDepartments),
    };
  });
}

describe.each(engines)('importing responsibility on %s', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(kind);
  });
  afterAll(async () => t.cleanup());

  it('stores the lead and co-operating departments and every owner written inline', async () => {
    const before = await t.store.db.selectFrom('task_assignees').select('kind').execute();
    expect(await importedResponsibility(t.store.db, inlineNotice)).toEqual([
      {
        primary: ['王明', '县经信委'],
        owners: ['王明', '李华'],
        lead: ['县经信委'],
        co: ['县发改委', '县财政局'],
      },
      { primary: [null, '县农委'], owners: [], lead: ['县农委'], co: [] },
    ]);
    const rows = await t.store.db.selectFrom('task_assignees').select('kind').execute();
    expect(rows.length - before.length).toBe(6);
  });

  it("stores every owner, lead unit and co-operating unit of a task table's rows", async () => {
    expect(await importedResponsibility(t.store.db, tableNotice)).toEqual([
      {
        primary: ['张三', '市发改委'],
        owners: ['张三', '李四'],
        lead: ['市发改委', '市工信局'],
        co: ['市财政局', '市自然资源局'],
      },
      { primary: [null, '市审计局'], owners: [], lead: ['市审计局'], co: [] },
    ]);
  });
});
