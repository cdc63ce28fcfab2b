/** A task table's cells naming several people and units are stored as assignees, the first leading. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { parseNotice } from '../import/parse-notice.js';
import { saveDraftPlan } from '../plan/save-draft-plan.js';
import { findAssignees } from './find-assignees.js';

const notice = [
  '某市2021年重点工作任务分解',
  '序号\t工作任务\t责任人\t牵头单位\t配合单位\t完成时限',
  '1\t建设产业园\t张三、李四\t市发改委、市工信局\t市财政局，市自然资源局\t年底前',
  '2\t开展一次检查\t\t市审计局\t\t6月底前',
].join('\n');

describe.each(engines)('importing a task table with several owners and units on %s', (kind) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(kind);
  });
  afterAll(async () => t.cleanup());

  it('stores every owner, lead unit and co-operating unit of each row', async () => {
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
    expect(
      tasks.map((task) => {
        const a = assignees.get(task.id);
        return {
          primary: [task.owner, task.department],
          owners: names(a?.owners),
          lead: names(a?.leadDepartments),
          co: names(a?.coDepartments),
        };
      }),
    ).toEqual([
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
