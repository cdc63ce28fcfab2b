import { describe, expect, it } from 'vitest';
import type { ItemDraft } from './draft.js';
import { parseNotice } from './parse-notice.js';
import { ruleLinesOf, statesStandingRule, withOwners } from './standing-rules.js';

describe('the standing rule', () => {
  it.each([
    '排在第一位的部门为牵头部门，下同',
    '排在首位的为牵头单位',
    '列第一位的为牵头部门',
    '各项任务中排在第一位的单位为牵头单位',
    '排名第一的部门为牵头部门',
    '排在第一位的司局为牵头司局，下同',
    '排在第一位的为牵头单位',
  ])('is stated by %s', (text) => {
    expect(statesStandingRule(text)).toBe(true);
  });

  it.each(['由市发改委牵头', '排在全省第一位', '第一位的是质量'])('is not stated by %s', (text) => {
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
