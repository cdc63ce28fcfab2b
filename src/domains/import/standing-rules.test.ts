import { describe, expect, it } from 'vitest';
import type { ItemDraft } from './draft.js';
import { parseNotice } from './parse-notice.js';
import { statesStandingRule } from './standing-rule-statement.js';
import { ruleLinesOf, withOwners } from './standing-rules.js';

describe('the standing rule', () => {
  it.each([
    '排在第一位的部门为牵头部门，下同',
    '排在首位的为牵头单位',
    '列第一位的为牵头部门',
    '各项任务中排在第一位的单位为牵头单位',
    '排名第一的部门为牵头部门',
    '排在第一位的司局为牵头司局，下同',
    '排在第一位的为牵头单位',
    '以下各项任务中，第一个单位为牵头单位，其余单位按职责分工负责',
    '括号内所列处室，排名第一的为牵头处室，其他为配合处室',
    '首个部门是牵头部门',
    '列在最前面的科室为牵头科室',
    '排在前面的单位牵头，其他单位配合',
    '牵头单位为排在首位的单位',
    '牵头部门是第一个部门。',
    '牵头单位列在首位，其余为配合单位',
    '第一个列出的司局为牵头司局',
    '排在第1位的部门为主办部门',
    '以位列第一的处室为牵头处室',
    '排在第一位的单位为主要责任单位',
  ])('is stated by %s', (text) => {
    expect(statesStandingRule(text)).toBe(true);
  });

  it.each([
    '由市发改委牵头',
    '排在全省第一位',
    '第一位的是质量',
    '第一个五年规划由市发改委牵头编制',
    '公布第一批牵头单位名单',
    '成为全省首个牵头单位',
    '牵头单位是首家试点企业',
    '第一，强化牵头抓总作用',
    '排在全国前列，牵头推进改革',
    '牵头单位排在全省前列',
  ])('is not stated by %s', (text) => {
    expect(statesStandingRule(text)).toBe(false);
  });
});

function item(no: number, body: string, line = no * 10): ItemDraft {
  return { no, label: `${no}.`, title: body.slice(0, 8), body, section: 1, line };
}

describe('owners through the items in document order', () => {
  it('reads all named as leads before the rule and the first as lead from where it is stated', () => {
    const items = [
      item(1, '甲。（民政部、财政部负责）'),
      item(2, '乙。（文化部、财政部负责，排在第一位的部门为牵头部门，下同）'),
      item(3, '丙。（教育部、人力资源社会保障部、财政部负责）'),
      item(4, '丁。请财政部会同民政部负责'),
      item(5, '戊。'),
    ];
    const read = withOwners(items, []).map((i) => [
      i.responsibility?.leadDepartments,
      i.responsibility?.coDepartments,
    ]);
    expect(read).toEqual([
      [['民政部', '财政部'], []],
      [['文化部'], ['财政部']],
      [['教育部'], ['人力资源社会保障部', '财政部']],
      [['财政部'], ['民政部']],
      [undefined, undefined],
    ]);
  });

  it('takes the rule from a preamble line before the items', () => {
    const lines = [
      { line: 3, raw: '（各项任务中排在第一位的部门为牵头部门）' },
      { line: 10, raw: '1.甲。（民政部、财政部负责）' },
    ];
    const [first] = withOwners([item(1, '甲。（民政部、财政部负责）')], ruleLinesOf(lines));
    expect(first?.responsibility).toMatchObject({
      leadDepartments: ['民政部'],
      coDepartments: ['财政部'],
    });
  });

  it('takes the rule from a paragraph that holds the preamble and the items', () => {
    const lines = [
      {
        line: 5,
        raw: '说明：排在第一位的单位为牵头单位。1.甲（A局、B局负责）2.乙（C局、D局负责）',
      },
    ];
    const items = [
      item(1, '甲（市财政局、市统计局负责）', 5),
      item(2, '乙（市商务局、市财政局负责）', 5),
    ];
    expect(
      withOwners(items, ruleLinesOf(lines)).map((i) => i.responsibility?.leadDepartments),
    ).toEqual([['市财政局'], ['市商务局']]);
  });

  it('keeps labelled responsibility as labelled', () => {
    const labelled = {
      ...item(1, '甲。（民政部负责）'),
      responsibility: {
        leadDepartments: ['县经信委'],
        coDepartments: [],
        owners: [],
        leaders: [],
        deadlineText: null,
      },
    };
    expect(withOwners([labelled], [])[0]).toBe(labelled);
  });
});

describe('a notice whose items name owners in parentheses and sentences', () => {
  const notice = `国务院办公厅关于加快发展养老服务业的意见
一、主要任务
（一）完善养老服务设施。2014年6月底前出台建设标准（住房城乡建设部、民政部负责）。
（二）加强人才培养。建立一套培训机制，每年培训养老护理员不少于1000名（人力资源社会保障部、民政部、教育部负责，排在第一位的部门为牵头部门，下同）。
二、保障措施
（三）加大资金投入。请财政部会同有关部门于年底前完善补助政策。
（四）开展督促检查。开展一次专项督查（民政部、国家发展改革委负责）。
（五）加强组织领导。各地区要把养老服务业纳入规划（各地区负责）。`;

  const result = parseNotice(notice, { year: 2014 });
  if (!result.ok) throw new Error(result.error.message);
  const { tasks, targets } = result.draft;

  it('reads lead and co-operating departments, the standing rule from where it is stated', () => {
    expect(tasks.map((t) => [t.departments, t.coDepartments])).toEqual([
      [['住房城乡建设部', '民政部'], []],
      [['人力资源社会保障部'], ['民政部', '教育部']],
      [['财政部'], []],
      [['民政部'], ['国家发展改革委']],
      [[], []],
    ]);
  });

  it('takes each item’s due date from its first dated deadline', () => {
    expect(tasks.map((t) => t.deadline?.due ?? null)).toEqual([
      '2014-06-30',
      null,
      '2014-12-31',
      null,
      null,
    ]);
  });

  it('keeps targets and drops count words', () => {
    expect(targets.map((t) => [t.where, t.value, t.unit])).toEqual([['item 2', 1000, '名']]);
  });
});

describe('a work plan of offices, the rule worded for its offices', () => {
  const notice = `某市卫生健康委2021年机关工作要点

各项工作后所列科室，列在最前面的科室为牵头科室，下同。

一、提升医疗服务

1.推进紧密型医共体建设。年底前实现县域全覆盖。（医政医管科、基层卫生科负责）

2.改善就医体验。（医政医管科负责）

二、强化公共卫生

3.完善疾控体系。由疾病预防控制科会同财务科负责。

4.开展爱国卫生运动。（爱卫办、宣传科、疾病预防控制科负责）`;

  const result = parseNotice(notice, { year: 2021 });
  if (!result.ok) throw new Error(result.error.message);

  it('lets the first office named lead in every item after the rule', () => {
    expect(result.draft.tasks.map((t) => [t.departments, t.coDepartments])).toEqual([
      [['医政医管科'], ['基层卫生科']],
      [['医政医管科'], []],
      [['疾病预防控制科'], ['财务科']],
      [['爱卫办'], ['宣传科', '疾病预防控制科']],
    ]);
  });
});

describe('the rule in a note at the foot of the document', () => {
  const notice = `某区2021年城市管理重点工作安排

一、市容整治

1.整治背街小巷。年底前完成30条。（区城管局、区住建局负责）

2.规范户外广告。（区城管局、区市场监管局负责）

注：各项工作中排在首位的单位为牵头单位，其他为配合单位。`;

  it('holds for every item, those before it too', () => {
    const result = parseNotice(notice, { year: 2021 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft.tasks.map((t) => [t.departments, t.coDepartments])).toEqual([
      [['区城管局'], ['区住建局']],
      [['区城管局'], ['区市场监管局']],
    ]);
  });
});
