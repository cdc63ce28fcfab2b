/** The numbering styles offices use for sections and items, beyond 一、 and 1. */
import { describe, expect, it } from 'vitest';
import type { PlanDraft, SourceBlock } from './draft.js';
import { readMarker } from './outline.js';
import { parseNotice } from './parse-notice.js';

function parse(input: string | SourceBlock[]): PlanDraft {
  const result = parseNotice(typeof input === 'string' ? input : { blocks: input }, {
    fallbackYear: 2021,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.draft;
}

const outline = (draft: PlanDraft) => draft.sections.map((s) => [s.heading, s.items]);
const titles = (draft: PlanDraft) => draft.items.map((i) => i.title);

describe('the label at the start of a line', () => {
  it.each([
    ['一、总体要求', 1, '总体要求'],
    ['三.保障措施', 3, '保障措施'],
    ['四．工作步骤', 4, '工作步骤'],
    ['（二）完善机制', 2, '完善机制'],
    ['㈢强化考核', 3, '强化考核'],
    ['第三，健全制度。', 3, '健全制度。'],
    ['第十二、加强宣传', 12, '加强宣传'],
    ['第二条 适用范围', 2, '适用范围'],
    ['第二部分 重点任务', 2, '重点任务'],
    ['第四章　组织实施', 4, '组织实施'],
    ['Ⅲ、工作要求', 3, '工作要求'],
    ['IV. 进度安排', 4, '进度安排'],
    ['12.开展培训', 12, '开展培训'],
    ['5，推进建设', 5, '推进建设'],
    ['（7）落实补贴', 7, '落实补贴'],
    ['⑸落实补贴', 5, '落实补贴'],
    ['3)完成验收', 3, '完成验收'],
    ['4）完成验收', 4, '完成验收'],
    ['⑨加大投入', 9, '加大投入'],
  ])('reads %s', (line, no, rest) => {
    expect(readMarker(line)).toMatchObject({ no, rest });
  });

  it.each([
    '第一批试点单位名单另行公布。',
    '第三季度完成验收。',
    '第一条的规定不变。',
    '一是加强领导。',
    '一年来取得明显成效。',
    'Ⅱ类水体比例达到80%。',
    '2021年工作要点',
    '3.5万人次参加培训。',
  ])('finds no label in %s', (line) => {
    expect(readMarker(line)).toBeNull();
  });
});

describe('items numbered in words (第一，第二，) under unnumbered headings', () => {
  const text = `某县农业农村局2021年农村人居环境整治工作要点

今年工作的总体思路是：巩固成果、补齐短板、建立长效机制。

推进厕所革命

第一，完成改厕任务。全年新改建农村户厕2000户，6月底前完成摸底。

第二，建立管护机制。一是明确管护主体；二是落实管护经费。

二是这一行接着第二项的内容。

治理生活垃圾

第一，健全收运体系。年底前实现收运处置体系全覆盖。

第二，开展分类试点。选择10个村开展垃圾分类试点。

第三，清理积存垃圾。

强化工作保障

第一，加强督查。每季度开展一次督查。

各乡镇要结合实际抓好落实。`;

  it('reads the headings as sections and 第一，第二， as items numbered on', () => {
    const draft = parse(text);
    expect(outline(draft)).toEqual([
      ['推进厕所革命', [1, 2]],
      ['治理生活垃圾', [3, 4, 5]],
      ['强化工作保障', [6]],
    ]);
    expect(titles(draft)).toEqual([
      '完成改厕任务',
      '建立管护机制',
      '健全收运体系',
      '开展分类试点',
      '清理积存垃圾',
      '加强督查',
    ]);
    expect(draft.items[1]?.body).toContain('二是这一行接着第二项的内容');
  });
});

describe('sections and items in other styles', () => {
  it('reads 一. sections with （1） items under them, numbered again in each', () => {
    const draft = parse(`某区文化馆2021年群众文化工作安排
一.阵地服务
（1）延长开放时间。每周开放不少于56小时。
（2）更新展陈内容。
二.品牌活动
（1）办好广场文化节。全年举办演出40场。`);
    expect(outline(draft)).toEqual([
      ['阵地服务', [1, 2]],
      ['品牌活动', [3]],
    ]);
    expect(titles(draft)).toEqual(['延长开放时间', '更新展陈内容', '办好广场文化节']);
  });

  it('reads Ⅰ、 sections with 1) items', () => {
    const draft = parse(`某市档案馆2021年重点工作
Ⅰ、档案资源建设
1)接收进馆档案。年底前接收档案5000卷。
2)开展口述史采集。
Ⅱ、档案开发利用
1)编研史料汇编。`);
    expect(outline(draft)).toEqual([
      ['档案资源建设', [1, 2]],
      ['档案开发利用', [3]],
    ]);
    expect(titles(draft)).toEqual(['接收进馆档案', '开展口述史采集', '编研史料汇编']);
  });

  it('reads 第一部分 parts as sections over 一、 items, with （一） inside the items', () => {
    const draft = parse(`某省林业局2021年工作要点
第一部分 生态保护
一、加强湿地保护。新增省级湿地公园3处。
（一）开展湿地调查。
二、推进国土绿化。
第二部分 改革创新
一、深化集体林权制度改革。`);
    expect(outline(draft)).toEqual([
      ['生态保护', [1, 2]],
      ['改革创新', [3]],
    ]);
    expect(titles(draft)).toEqual(['加强湿地保护', '推进国土绿化', '深化集体林权制度改革']);
    expect(draft.items[0]?.body).toContain('开展湿地调查');
  });

  it('reads ㈠ sections with ⑴ items', () => {
    const draft = parse(`某镇2021年安全生产工作安排
㈠隐患排查
⑴排查危化企业。
⑵排查人员密集场所。
㈡宣传培训
⑴开展安全月活动。`);
    expect(outline(draft)).toEqual([
      ['隐患排查', [1, 2]],
      ['宣传培训', [3]],
    ]);
  });

  it('reads headings of a web page (<h4>) over （1） items', () => {
    const blocks: SourceBlock[] = [
      { kind: 'paragraph', text: '某县科协2021年科普工作要点', line: 1 },
      { kind: 'paragraph', text: '做强科普阵地', line: 2, heading: true },
      { kind: 'paragraph', text: '（1）建设科普示范社区。新建示范社区5个。', line: 3 },
      { kind: 'paragraph', text: '（2）提升科技馆服务。', line: 4 },
      { kind: 'paragraph', text: '壮大科普队伍', line: 5, heading: true },
      { kind: 'paragraph', text: '（1）发展科普志愿者。', line: 6 },
    ];
    const draft = parse(blocks);
    expect(outline(draft)).toEqual([
      ['做强科普阵地', [1, 2]],
      ['壮大科普队伍', [3]],
    ]);
  });
});

describe('unnumbered headings over items numbered on across them', () => {
  it('reads each heading as a section when the items run on from the section before', () => {
    const draft = parse(`某县2021年水利工作要点
今年全县水利工作总体思路如下。
防汛抗旱
1.完善预案。汛前修订防汛预案。
2.加强值守。
农村供水
3.巩固供水成果。年底前完成改造。
4.强化水质检测。
河湖管理
5.推进河长制。`);
    expect(outline(draft)).toEqual([
      ['防汛抗旱', [1, 2]],
      ['农村供水', [3, 4]],
      ['河湖管理', [5]],
    ]);
  });

  it('reads a 第一章 / 第一条 layout', () => {
    const draft = parse(`某县2021年民政工作安排
第一章 社会救助
第一条 完善低保制度。年底前实现动态管理。
第二条 加强临时救助。
第二章 养老服务
第三条 建设养老服务中心。`);
    expect(outline(draft)).toEqual([
      ['社会救助', [1, 2]],
      ['养老服务', [3]],
    ]);
    expect(titles(draft)).toEqual(['完善低保制度', '加强临时救助', '建设养老服务中心']);
  });
});

describe('points of the preamble numbered in words', () => {
  it('leaves 第一，第二， of the preamble out of the sections', () => {
    const draft = parse(`某市2021年商务工作要点
今年工作要把握两点：
第一，坚持稳中求进。
第二，坚持改革创新。
一、稳定外贸
（一）培育外贸主体。新增企业50家。
（二）拓展国际市场。
二、促进消费
（一）举办促消费活动。`);
    expect(outline(draft)).toEqual([
      ['稳定外贸', [1, 2]],
      ['促进消费', [3]],
    ]);
    expect(titles(draft)).toEqual(['培育外贸主体', '拓展国际市场', '举办促消费活动']);
  });
});
