/** Sections and items as offices lay them out: unnumbered headings, group headings, sub-headings. */
import { describe, expect, it } from 'vitest';
import type { PlanDraft, SourceBlock } from './draft.js';
import { parseNotice } from './parse-notice.js';

function parse(input: string | SourceBlock[]): PlanDraft {
  const result = parseNotice(typeof input === 'string' ? input : { blocks: input }, {
    fallbackYear: 2020,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.draft;
}

const outline = (draft: PlanDraft) => draft.sections.map((s) => [s.heading, s.items]);
const titles = (draft: PlanDraft) => draft.items.map((i) => i.title);

describe('sections without numerals', () => {
  const text = `某市科普惠民工程实施方案
为提升公民科学素质，制定本方案。
工作目标
1、科普阵地更加完善。2019年底前建成一批科普站点。
2、科普活动更加活跃。
重点任务
1、实施科普阵地建设工程。2018年9月底前完成。
（1）新建社区科普馆。
（2）改造科普画廊。
2、实施科普信息化工程。
保障措施
1、加强组织领导。
各单位要认真落实。`;

  it('takes short lines followed by items numbered again from 1 for sections', () => {
    const draft = parse(text);
    expect(outline(draft)).toEqual([
      ['工作目标', [1, 2]],
      ['重点任务', [3, 4]],
      ['保障措施', [5]],
    ]);
    expect(titles(draft)).toEqual([
      '科普阵地更加完善',
      '科普活动更加活跃',
      '实施科普阵地建设工程',
      '实施科普信息化工程',
      '加强组织领导',
    ]);
  });

  it('keeps a deeper numbering level inside its item', () => {
    expect(parse(text).items[2]?.body).toBe(
      '实施科普阵地建设工程。2018年9月底前完成。\n（1）新建社区科普馆。\n（2）改造科普画廊。',
    );
  });

  it('does not take a sentence, or a line before items numbered on, for a heading', () => {
    const draft = parse(
      '2019年工作要点\n各地要抓好落实。\n1、甲工作。\n2、乙工作。\n（牵头单位：市科协）\n3、丙工作。',
    );
    expect(draft.sections).toEqual([]);
    expect(titles(draft)).toEqual(['甲工作', '乙工作', '丙工作']);
  });

  it('takes headings the reader marked (<h3>, bold paragraphs), even when items number on', () => {
    const p = (text: string, heading?: true): SourceBlock => ({
      kind: 'paragraph',
      text,
      line: 1,
      ...(heading ? { heading } : {}),
    });
    const draft = parse([
      p('2020年工作要点', true),
      p('强化思想引领，团结科技工作者', true),
      p('1.深入学习。'),
      p('2.加强引领。'),
      p('服务创新驱动发展', true),
      p('3.实施助力工程。'),
    ]);
    expect(outline(draft)).toEqual([
      ['强化思想引领，团结科技工作者', [1, 2]],
      ['服务创新驱动发展', [3]],
    ]);
  });
});

describe('items numbered on across sections, with headings between them', () => {
  it('takes group headings that restart in every section for sub-headings, not items', () => {
    const draft = parse(`2019年稳就业工作通知
一、支持企业稳定岗位
（一）减轻企业负担
1.降低社会保险费率。按规定执行。
2.扩大稳岗返还政策覆盖面。
（二）加强金融支持
3.加大创业担保贷款支持。
二、积极拓宽就业渠道
（一）支持创业带动就业
4.推进创业孵化基地建设。
（二）扩大重点群体就业
5.促进农民工就业。
三、强化保障
6.压实工作责任。`);
    expect(outline(draft)).toEqual([
      ['支持企业稳定岗位', [1, 2, 3]],
      ['积极拓宽就业渠道', [4, 5]],
      ['强化保障', [6]],
    ]);
    expect(titles(draft)).toEqual([
      '降低社会保险费率',
      '扩大稳岗返还政策覆盖面',
      '加大创业担保贷款支持',
      '推进创业孵化基地建设',
      '促进农民工就业',
      '压实工作责任',
    ]);
    expect(draft.items[1]?.body).toBe('扩大稳岗返还政策覆盖面。');
  });

  it('tells group headings numbered on from items numbered on by how they read', () => {
    const draft = parse(
      '2019年工作要点\n一、总体\n（一）减轻企业负担\n1.降低费率。按规定执行。\n2.扩大返还。\n（二）加强金融支持\n3.加大贷款支持。\n二、保障\n（三）压实责任\n4.压实工作责任。',
    );
    expect(titles(draft)).toEqual(['降低费率', '扩大返还', '加大贷款支持', '压实工作责任']);
    expect(outline(draft)).toEqual([
      ['总体', [1, 2, 3]],
      ['保障', [4]],
    ]);
  });

  const opinions = (subHeading: (n: number) => string, everywhere: boolean) => {
    const lines = ['关于加快发展养老服务业的意见', '现提出以下意见：'];
    const chinese = '一二三四五六七八九十';
    let item = 0;
    [3, 5, 5, 4, 4].forEach((count, s) => {
      lines.push(`${chinese[s]}、第${s + 1}部分`);
      const groups =
        s === 0 && !everywhere ? [count] : [Math.ceil(count / 2), Math.floor(count / 2)];
      groups.forEach((size, g) => {
        if (s > 0 || everywhere) lines.push(subHeading(g + 1));
        for (let k = 0; k < size; k++) {
          item++;
          const label =
            item <= 10
              ? chinese[item - 1]
              : `${item >= 20 ? '二' : ''}十${chinese[(item % 10) - 1] ?? ''}`;
          lines.push(`（${label}）第${item}项任务。2013年6月底前完成（民政部负责）。`);
        }
      });
    });
    return { text: lines.join('\n'), items: item };
  };

  it.each([
    ['unnumbered', (n: number) => (n === 1 ? '完善设施网络' : '丰富服务内容'), false],
    ['numbered 1. 2. in each section', (n: number) => `${n}.第${n}组`, false],
    ['numbered (1) (2) in each section', (n: number) => `(${n})第${n}组`, false],
    // The first numbering met under 一、 is then the sub-headings': they were taken for the items.
    ['numbered 1. 2. from the first section on', (n: number) => `${n}.第${n}组`, true],
    ['numbered (1) (2) from the first section on', (n: number) => `(${n})第${n}组`, true],
  ])('finds every item (（一）…（二十一）) with %s sub-headings between them', (_k, sub, all) => {
    const { text, items } = opinions(sub, all);
    const draft = parse(text);
    expect(items).toBe(21);
    expect(titles(draft)).toEqual(Array.from({ length: items }, (_, i) => `第${i + 1}项任务`));
    expect(draft.sections.map((s) => s.items.length)).toEqual([3, 5, 5, 4, 4]);
    expect(draft.items.every((i) => !/组|完善设施|丰富服务/.test(i.body))).toBe(true);
    expect(draft.plan.year).toBe(2013);
  });

  it('still reads a deeper level that restarts under every item as part of the item', () => {
    const draft = parse(
      '2019年工作要点\n一、总体\n（一）甲。\n1.细项。\n2.细项。\n（二）乙。\n1.细项。\n二、保障\n（一）丙。\n1.细项。',
    );
    expect(titles(draft)).toEqual(['甲', '乙', '丙']);
    expect(draft.items[0]?.body).toBe('甲。\n1.细项。\n2.细项。');
  });
});

describe('a State Council opinion published as one run-together web page', () => {
  it('finds every section and item, sub-headings dropped', async () => {
    const { draftFromFile } = await import('./draft-from-file.js');
    const items = Array.from({ length: 21 }, (_, i) => i + 1);
    const chinese = (n: number) =>
      `${n >= 20 ? '二' : ''}${n >= 10 ? '十' : ''}${'一二三四五六七八九'[(n % 10) - 1] ?? ''}`;
    const item = (n: number) => `&nbsp;&nbsp;（${chinese(n)}）第${n}项任务。于2013年6月底前完成。`;
    const section = (s: number, from: number, to: number) =>
      `<p><strong>${chinese(s)}、第${s}部分</strong></p>` +
      `<p><strong>完善第${s}类机制</strong></p>` +
      `<p>${items
        .slice(from - 1, to)
        .map(item)
        .join('<br />')}</p>`;
    const html =
      '<html><body><h1>国务院关于加快发展养老服务业的若干意见</h1><p>国发〔2013〕35号</p>' +
      '<p>各省、自治区、直辖市人民政府：</p><p>现提出以下意见：</p>' +
      section(1, 1, 3) +
      section(2, 4, 8) +
      section(3, 9, 13) +
      section(4, 14, 17) +
      section(5, 18, 21) +
      '<p>国务院</p></body></html>';
    const draft = await draftFromFile({ name: '意见.html', bytes: new TextEncoder().encode(html) });
    expect(draft.sections.map((s) => [s.heading, s.items.length])).toEqual([
      ['第1部分', 3],
      ['第2部分', 5],
      ['第3部分', 5],
      ['第4部分', 4],
      ['第5部分', 4],
    ]);
    expect(titles(draft)).toEqual(items.map((n) => `第${n}项任务`));
    expect(draft.items.some((i) => i.body.includes('机制'))).toBe(false);
    expect(draft.plan).toEqual({ title: '国务院关于加快发展养老服务业的若干意见', year: 2013 });
    expect(draft.notice.issuer).toBe('国务院');
  });
});

describe('text wrapped over several lines', () => {
  it('keeps the wrapped end of an item inside it, even when short and before the next item', () => {
    const draft = parse(
      '2019年工作要点\n一、总体\n（一）推进职业教育布局调整，2015年底前完成中等职业学校布局调整\n（省教育厅负责）\n（二）加强师资队伍建设，每年培训教师不少于1000\n名教师骨干\n（三）乙。',
    );
    expect(titles(draft)).toHaveLength(3);
    expect(draft.items[0]?.body).toContain('（省教育厅负责）');
    expect(draft.items[1]?.body).toContain('名教师骨干');
  });
});
