/** Notices unlike the worked example: other numbering, inline responsibility, no table. */
import { describe, expect, it } from 'vitest';
import type { PlanDraft } from './draft.js';
import { parseNotice } from './parse-notice.js';

function parse(text: string, year?: number): PlanDraft {
  const result = parseNotice(text, year === undefined ? {} : { year });
  if (!result.ok) throw new Error(result.error.message);
  return result.draft;
}

const county = `定远县人民政府办公室关于印发2018年政府工作要点的通知
定政办〔2018〕5号

各乡镇人民政府，县政府各部门、各直属机构：
现将《2018年政府工作要点》印发给你们，请认真贯彻执行。

一、加快产业转型升级
（一）推进工业强县。全年新增规模以上工业企业20家以上。（牵头单位：县经信委，配合单位：县发改委、县财政局；责任领导：王  明；完成时限：2018年12月底前）
（二）发展现代农业。新建高标准农田５万亩。（责任单位：县农委；责任领导：李华；完成时限：三季度末）
二、保障和改善民生
（一）办好民生实事。新增城镇就业3000人以上。（责任单位：县人社局；完成时限：每季度）
（二）推进健康定远建设。（责任单位：县卫计委；完成时限：长期）

定远县人民政府办公室
二〇一八年三月一日`;

describe('a county notice with inline responsibility and no table', () => {
  const draft = parse(county);

  it('reads the notice whose title carries the issuer and whose 文号 follows it', () => {
    expect(draft.notice).toEqual({
      docNumber: '定政办〔2018〕5号',
      title: '定远县人民政府办公室关于印发2018年政府工作要点的通知',
      recipients: ['各乡镇人民政府', '县政府各部门、各直属机构'],
      issuer: '定远县人民政府办公室',
      issueDate: '2018-03-01',
      copyTo: [],
    });
    expect(draft.plan).toEqual({ title: '2018年政府工作要点', year: 2018 });
  });

  it('takes 一、 as sections and （一） as items, numbering items through the plan', () => {
    expect(draft.sections.map((s) => [s.heading, s.items])).toEqual([
      ['加快产业转型升级', [1, 2]],
      ['保障和改善民生', [3, 4]],
    ]);
    expect(draft.items.map((i) => [i.no, i.label, i.title])).toEqual([
      [1, '（一）', '推进工业强县'],
      [2, '（二）', '发展现代农业'],
      [3, '（一）', '办好民生实事'],
      [4, '（二）', '推进健康定远建设'],
    ]);
  });

  it('keeps the signature out of the last item', () => {
    expect(draft.items[3]?.body).not.toMatch(/人民政府办公室|二〇一八/);
  });

  it('makes a task of every item with its lead and co-operating departments, leader and deadline', () => {
    expect(draft.tasks[0]).toMatchObject({
      content: '推进工业强县',
      departments: ['县经信委'],
      coDepartments: ['县发改委', '县财政局'],
      leader: '王明',
      deadline: { text: '2018年12月底前', start: null, due: '2018-12-31' },
      items: [1],
    });
    expect(draft.tasks[1]?.deadline).toMatchObject({ due: '2018-09-30' });
    expect(draft.tasks[2]?.deadline).toMatchObject({ recurring: 'quarterly', due: null });
    expect(draft.tasks[3]?.deadline).toEqual({ text: '长期', start: null, due: null });
  });

  it('reads targets with full-width digits and magnitudes', () => {
    const found = draft.targets.map((t) => [t.where, t.comparator, t.value, t.unit]);
    expect(found).toContainEqual(['item 1', '>=', 20, '家']);
    expect(found).toContainEqual(['item 2', '>=', 50000, '亩']);
    expect(found).toContainEqual(['item 3', '>=', 3000, '人']);
  });
});

describe('numbering styles', () => {
  it.each([
    ['1. and (1)', '一、总体\n1. 第一项工作。\n(1) 细项不单列。\n2. 第二项工作。'],
    ['1、', '一、总体\n1、第一项工作。\n2、第二项工作。'],
    ['⒈', '一、总体\n⒈第一项工作。\n⒉第二项工作。'],
    ['（1）', '一、总体\n（1）第一项工作。\n（2）第二项工作。'],
    ['full-width digits', '一、总体\n１．第一项工作。\n２．第二项工作。'],
  ])('reads items numbered %s', (_style, body) => {
    const draft = parse(`2019年工作要点\n${body}`);
    expect(draft.items.map((i) => i.title)).toEqual(['第一项工作', '第二项工作']);
    expect(draft.items[0]?.body).toBe(
      body.includes('(1)') ? '第一项工作。\n(1) 细项不单列。' : '第一项工作。',
    );
  });

  it('reads plain numbers past 20 after ⒛', () => {
    const lines = Array.from({ length: 22 }, (_, i) =>
      i < 20 ? `${String.fromCharCode(0x2488 + i)}工作${i + 1}。` : `${i + 1}.工作${i + 1}。`,
    );
    const draft = parse(`2019年工作要点\n一、全部\n${lines.join('\n')}`);
    expect(draft.items.map((i) => i.title)).toEqual(
      Array.from({ length: 22 }, (_, i) => `工作${i + 1}`),
    );
    expect(draft.warnings.filter((w) => w.about === 'numbering')).toEqual([]);
  });

  it('treats a single numbering level as items', () => {
    const draft = parse('2019年工作要点\n一、抓好党建。\n二、抓好业务。');
    expect(draft.items.map((i) => i.title)).toEqual(['抓好党建', '抓好业务']);
    expect(draft.tasks).toHaveLength(2);
  });

  it('warns when the numbering skips', () => {
    const draft = parse('2019年工作要点\n一、总体\n1. 甲。\n3. 乙。');
    expect(draft.warnings.map((w) => w.about)).toContain('numbering');
  });
});

describe('self-contradictions and missing pieces', () => {
  it('warns when the preamble announces more key tasks than it lists', () => {
    const draft = parse(
      '2017年工作要点\n突出抓好三项重点工作：①甲工作；②乙工作。\n一、总体\n⒈甲工作。\n⒉乙工作。',
    );
    expect(draft.warnings.map((w) => w.why)).toContain(
      'the preamble announces 3 key tasks but lists 2',
    );
  });

  it('takes the year from --year when the notice gives none', () => {
    expect(parse('工作要点\n一、总体\n1. 甲。', 2020).plan.year).toBe(2020);
  });

  it('imports a notice without any year in the fallback year, and says so', () => {
    const result = parseNotice('工作要点\n一、总体\n1. 甲。', { fallbackYear: 2031 });
    expect(result.ok && result.draft.plan.year).toBe(2031);
    expect(result.ok && result.draft.warnings[0]).toMatchObject({
      about: 'year',
      why: expect.stringContaining('--year') as unknown,
      whyZh: expect.stringContaining('当前年份') as unknown,
    });
  });

  it('infers the year from a dated deadline in a table when the text has none', () => {
    const result = parseNotice(
      {
        blocks: [
          { kind: 'paragraph', text: '高标准农田建设实施方案', line: 1 },
          { kind: 'paragraph', text: '1.加强组织领导。', line: 2 },
          {
            kind: 'table',
            rows: [
              ['序号', '工作任务', '牵头单位', '完成时间'],
              ['1', '编制规划', '省农业农村厅', '2021年9月底前'],
            ],
            line: 3,
          },
        ],
      },
      { fallbackYear: 2030 },
    );
    expect(result.ok && result.draft.plan.year).toBe(2021);
  });

  it('infers the year from the earliest dated deadline of the body, with a warning', () => {
    const draft = parse(
      '关于加快发展养老服务业的实施意见\n一、主要任务\n1. 建立制度。2014年底前完成。\n2. 制定规划。于2013年6月底前出台。',
    );
    expect(draft.plan.year).toBe(2013);
    expect(draft.warnings.map((w) => w.about)).toContain('year');
  });

  it.each([
    ['an empty notice', '', 'empty'],
    ['whitespace only', ' \n\t\n', 'empty'],
    ['no numbered items and no table', '2017年\n请认真落实。', 'no_structure'],
  ])('rejects %s with a clear error', (_what, text, code) => {
    const result = parseNotice(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/\//);
    }
  });
});
