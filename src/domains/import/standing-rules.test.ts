import { describe, expect, it } from 'vitest';
import type { ItemDraft } from './draft.js';
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
