/** Responsibility written inline in a notice (牵头单位/配合单位, several 责任人) is stored as assignees. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { parseNotice } from '../import/parse-notice.js';
import { saveDraftPlan } from '../plan/save-draft-plan.js';
import { findAssignees } from './find-assignees.js';

const notice = `定远县人民政府办公室关于印发2018年政府工作要点的通知
定政办〔2018〕5号

各乡镇人民政府，县政府各部门、各直属机构：
现将《2018年政府工作要点》印发给你们，请认真贯彻执行。

一、加快产业转型升级
（一）推进工业强县。全年新增规模以上工业企业20家以上。（牵头单位：县经信委，配合单位：县发改委、县财政局；责任人：王明、李华；完成时限：2018年12月底前）
（二）发展现代农业。新建高标准农田５万亩。（责任单位：县农委；完成时限：三季度末）

定远县人民政府办公室
二〇一八年三月一日`;

describe.each(engines)('importing inline responsibility on %s', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(kind);
  });
  afterAll(async () => t.cleanup());

  it('stores the lead and co-operating departments and every owner', async () => {
    const parsed = parseNotice(notice);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { db } = t.store;
    const { planId } = await saveDraftPlan({ db, draft: parsed.draft, sourceName: 'notice.txt' });
    const tasks = await db
      .selectFrom('tasks')
      .innerJoin('units', 'units.id', 'tasks.department_unit_id')
      .leftJoin('people', 'people.id', 'tasks.owner_person_id')
      .select([
        'tasks.id',
        'tasks.no',
        'tasks.owner_person_id',
        'tasks.department_unit_id',
        'units.name as department',
        'people.name as owner',
      ])
      .where('plan_id', '=', planId)
      .orderBy('tasks.no')
      .execute();
    const assignees = await findAssignees({ db, tasks });
    const shown = tasks.map((task) => {
      const a = assignees.get(task.id);
      const names = (refs: { name: string }[] = []) => refs.map((r) => r.name);
      return {
        primary: [task.owner, task.department],
        owners: names(a?.owners),
        lead: names(a?.leadDepartments),
        co: names(a?.coDepartments),
      };
    });
    expect(shown).toEqual([
      {
        primary: ['王明', '县经信委'],
        owners: ['王明', '李华'],
        lead: ['县经信委'],
        co: ['县发改委', '县财政局'],
      },
      { primary: [null, '县农委'], owners: [], lead: ['县农委'], co: [] },
    ]);
    const rows = await db.selectFrom('task_assignees').select('kind').execute();
    expect(rows).toHaveLength(6);
  });
});
