import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { extractTargets, parseTargetPhrase } from './target.js';

const comparator = z.enum(['>=', '<=', '>', '<', '=', 'range', 'approx']);
const targetValue = z.object({
  comparator,
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string(),
});
const phraseFixture = z.object({
  cases: z.array(
    z.object({
      text: z.string(),
      comparator: comparator.optional(),
      value: z.number().optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      unit: z.string().optional(),
      parts: z.array(targetValue).optional(),
    }),
  ),
  notTargets: z.array(z.string()),
});
const workedExample = z.object({
  keyTasks: z.array(z.object({ no: z.number(), text: z.string() })),
  tableRows: z.array(z.object({ no: z.number(), content: z.string() })),
  targets: z.array(
    targetValue.extend({
      where: z.string(),
      text: z.string(),
      subject: z.string(),
      optional: z.boolean().optional(),
      perPerson: z.boolean().optional(),
    }),
  ),
  notTargets: z.array(z.string()),
});

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

const phrases = phraseFixture.parse(JSON.parse(fixture('target-phrases.json')));
const example = workedExample.parse(
  JSON.parse(fixture('chuzhou-cast-2017-workplan.expected.json')),
);
const sourceText = fixture('chuzhou-cast-2017-workplan.txt');

/** Item n's paragraph starts with the full-stop numeral ⒈ (U+2488) … ⒘. */
function itemParagraph(n: number): string {
  const marker = String.fromCodePoint(0x2487 + n);
  const line = sourceText.split('\n').find((l) => l.startsWith(marker));
  if (line === undefined) throw new Error(`item ${n} not in the source text`);
  return line;
}

/** Every block of the worked example a reader would search, by its `where` name. */
const sources = new Map<string, string>([
  ...example.keyTasks.map((k): [string, string] => [`keyTask ${k.no}`, k.text]),
  ...Array.from({ length: 17 }, (_, i): [string, string] => [
    `item ${i + 1}`,
    itemParagraph(i + 1),
  ]),
  ...example.tableRows.map((r): [string, string] => [`tableRow ${r.no}`, r.content]),
]);

function sourceOf(where: string): string {
  const text = sources.get(where);
  if (text === undefined) throw new Error(`no source for ${where}`);
  return text;
}

describe('parseTargetPhrase', () => {
  it.each(phrases.cases)('reads $text', ({ text, parts, ...single }) => {
    expect(parseTargetPhrase(text)).toEqual(parts ?? [single]);
  });

  it.each([
    ['full-width digits', '不少于２次', { comparator: '>=', value: 2, unit: '次' }],
    ['a decimal with 亿', '1.5亿元', { comparator: '>=', value: 150000000, unit: '元' }],
    ['a Chinese numeral with 万', '两万人', { comparator: '>=', value: 20000, unit: '人' }],
    [
      'one 万 scaling both ends of a range',
      '3-5万元',
      { comparator: 'range', min: 30000, max: 50000, unit: '元' },
    ],
    ['a wave-dash range', '3～5场', { comparator: 'range', min: 3, max: 5, unit: '场' }],
    ['a Chinese range', '两到三次', { comparator: 'range', min: 2, max: 3, unit: '次' }],
    ['余 as more than', '100余人', { comparator: '>', value: 100, unit: '人' }],
    ['a strict upper bound', '低于3%', { comparator: '<', value: 3, unit: '%' }],
    ['个百分点 as one unit', '提高2个百分点', { comparator: '>=', value: 2, unit: '个百分点' }],
    ['a full-width percent sign', '95％以上', { comparator: '>=', value: 95, unit: '%' }],
    ['百分之 as a percentage', '百分之五十', { comparator: '>=', value: 50, unit: '%' }],
    ['大约 as approximate', '大约30人', { comparator: 'approx', value: 30, unit: '人' }],
    ['以下 as an upper bound', '5人以下', { comparator: '<=', value: 5, unit: '人' }],
  ])('reads %s', (_name, text, value) => {
    expect(parseTargetPhrase(text)).toEqual([value]);
  });
});

describe('numbers that are not targets', () => {
  const notTargets = [...new Set([...phrases.notTargets, ...example.notTargets])];

  it.each(notTargets)('finds nothing in %s', (text) => {
    expect(parseTargetPhrase(text)).toEqual([]);
    expect(extractTargets(text, 'test')).toEqual([]);
  });

  it.each([
    ['a date', '7月1日前完成'],
    ['an ordinal', '第3次会议'],
    ['an ordinal round', '启动第2轮巡察'],
    ['a new round', '谋划新一轮改革'],
    ['a number inside a book title', '学习《十项规定2条》'],
    ['a count of listed items after 等', '从学习、宣传等三个方面'],
    ['a count announcing a list', '做好三项工作：一是'],
    ['a slogan with 个', '增强四个意识'],
    ['an idiom', '建设一批示范点，一次性办结'],
    ['a Latin-prefixed code', 'G20峰会'],
    ['a long digit run', '电话13812345678'],
    ['a quoted name in an 等 list', '组织参加“安徽省百所高校百万大学生科普创意创新大赛”等活动'],
  ])('ignores %s', (_name, text) => {
    expect(extractTargets(text, 'test')).toEqual([]);
  });

  it('does not read 节约 as approximately', () => {
    expect(extractTargets('节约50万元', 'test')).toEqual([
      {
        where: 'test',
        text: '50万元',
        comparator: '>=',
        value: 500000,
        unit: '元',
        subject: '节约',
      },
    ]);
  });
});

describe('count words are not targets', () => {
  it.each([
    '建立一套机制',
    '开展一次检查',
    '推进二期工程',
    '推进省科技馆三期工程建设',
    '统筹两种资源',
    '统筹两种资源、两个平台',
    '开展“三个一”活动',
    '（一）5项重点改革',
    '建设一批示范基地',
    '出台一系列政策',
    '建设一张网',
    '一站式服务',
    '落实两个责任',
    '每季度开展一次廉政教育',
    '建立一套体现岗位职责的薪酬分配机制',
    '实现一个场所多种功能',
    '建党100周年',
    '严格执行中央八项规定精神',
    '对排名前3位的市州给予奖励',
    '对考评排名后5位的县区进行通报',
    '综合评价倒数2名的单位作表态发言',
    '围绕产业、人才、金融等四个方面',
    '每千名老年人拥有养老床位',
    '将公告时间由45天压缩至',
  ])('finds nothing in %s', (text) => {
    expect(extractTargets(text, 'w')).toEqual([]);
  });

  it.each([
    ['组织100名专家', '>=', 100, '名'],
    ['开展检查不少于3次', '>=', 3, '次'],
    ['每年开展检查至少一次', '>=', 1, '次'],
    ['覆盖率达到90%', '>=', 90, '%'],
    ['培训2000人次', '>=', 2000, '人次'],
    ['开展4次', '>=', 4, '次'],
    ['举办三期培训班', '>=', 3, '期'],
    ['培训时间不少于2周', '>=', 2, '周'],
    ['开展专题研究两次', '>=', 2, '次'],
    ['举办培训班两期', '>=', 2, '期'],
    ['服务企业不少于40家次', '>=', 40, '家次'],
    ['每千名老年人拥有养老床位数达到35张', '>=', 35, '张'],
    ['上线数字培训资源不少于500门', '>=', 500, '门'],
    ['由45天压缩至20天以内', '<=', 20, '天'],
    ['在教育、医疗、养老等6个以上行业开展试点', '>=', 6, '个'],
    ['在城区、园区等12个片区推行网格化管理', '>=', 12, '个'],
    ['面向农村、社区等不少于三个场所开放', '>=', 3, '个'],
    ['对骨干教师开展4轮集中研修', '>=', 4, '轮'],
    ['送戏下乡不少于20场次', '>=', 20, '场次'],
    ['举办青年干部培训班3期次', '>=', 3, '期次'],
    ['抽检食品不少于600批次', '>=', 600, '批次'],
    ['完成巡察全覆盖5轮次', '>=', 5, '轮次'],
    ['此后3年每年新增就业岗位2000个', '>=', 2000, '个'],
  ])('keeps the target in %s', (text, comparator, value, unit) => {
    expect(extractTargets(text, 'w').map((t) => [t.comparator, t.value, t.unit])).toEqual([
      [comparator, value, unit],
    ]);
  });

  it.each([
    '全面推进“智慧校园”“书香校园”“平安校园”四项工程',
    '实施乡村振兴三项行动',
    '组织实施人才引育两大计划',
    '保障汽车零部件供应',
    '推动零上门、零审批',
    '创建国家4A级旅游景区',
    '二级以上医院全部开设老年病科',
    '力争2025年底前完成',
    '推广5G基站建设',
    '办结时限由20个工作日缩减为',
    '从原来的12项材料精简为',
  ])('finds no target in the programme, grade or starting value of %s', (text) => {
    expect(extractTargets(text, 'w')).toEqual([]);
  });

  it.each([
    ['新增储能装机不少于3万千瓦', '>=', 30000, '千瓦'],
    ['政务云存储容量达到800TB', '>=', 800, 'TB'],
    ['促成结对帮扶不少于500对', '>=', 500, '对'],
    ['办理不动产抵押登记不少于40宗', '>=', 40, '宗'],
    ['年均浓度控制在35微克/立方米以下', '<=', 35, '微克/立方米'],
    ['新增公交线路里程120公里', '>=', 120, '公里'],
    ['新购新能源客船不少于4艘', '>=', 4, '艘'],
    ['补植乡土树种达到2万棵', '>=', 20000, '棵'],
    ['发放惠企贷款不少于300笔', '>=', 300, '笔'],
    ['出口备案时限由10个工作日压缩为3个工作日', '<=', 3, '个'],
    ['平均停电时间降至5小时', '<=', 5, '小时'],
    ['审批环节减少到4个以内', '<=', 4, '个'],
    ['电费成本缩短到2天', '<=', 2, '天'],
    ['综合能耗下降为0.5吨标准煤', '<=', 0.5, '吨标准煤'],
    ['新能源车占比从20%提高到35%', '>=', 35, '%'],
  ])('reads %s', (text, comparator, value, unit) => {
    expect(extractTargets(text, 'w').map((t) => [t.comparator, t.value, t.unit])).toEqual([
      [comparator, value, unit],
    ]);
  });

  it('keeps a count of items that is not on a heading line of its own', () => {
    expect(extractTargets('全年完成5项改革任务，', 'w')).toHaveLength(1);
  });

  it('reads a heading count on its own line inside a longer text', () => {
    expect(
      extractTargets('甲。\n（一）5项重点改革\n完成3个试点。', 'w').map((t) => t.value),
    ).toEqual([3]);
  });
});

describe('extractTargets on the worked example', () => {
  it.each(example.targets)('finds $text in $where', (expected) => {
    expect(extractTargets(sourceOf(expected.where), expected.where)).toContainEqual(expected);
  });

  it.each([...sources.keys()])('finds exactly the expected targets in %s', (where) => {
    const expected = example.targets.filter((t) => t.where === where);
    expect(extractTargets(sourceOf(where), where)).toEqual(expected);
  });

  it('reports no notTarget phrase as a target anywhere in the document', () => {
    const texts = extractTargets(sourceText, 'document').map((t) => t.text);
    for (const not of example.notTargets) {
      expect(texts.filter((t) => t.includes(not) || not.includes(t))).toEqual([]);
    }
  });
});

describe('extractTargets subjects and flags', () => {
  it.each([
    ['a noun after the quantity', '组织100名专家开展创新助力活动', '100名专家', '专家'],
    ['a long noun kept out of the text', '新建1-2个社区科普馆', '1-2个', '社区科普馆'],
    ['a noun ended by an event word', '组织开展1次海智对接活动', '1次', '海智对接活动'],
    [
      'a clause before the quantity',
      '组织院士与企业对接活动不少于2次',
      '不少于2次',
      '院士与企业对接活动',
    ],
    ['a clause with a leading verb', '开展海智对接活动1次', '1次', '海智对接活动'],
    [
      'an 等-list head',
      '争取国家级、省级“基层科普行动计划”等资金不少于40万元',
      '不少于40万元',
      '争取资金',
    ],
    ['a bare Chinese count', '百家企业', '百家企业', '企业'],
  ])('names %s', (_name, text, phrase, subject) => {
    expect(extractTargets(text, 'w')).toContainEqual(
      expect.objectContaining({ text: phrase, subject, where: 'w' }),
    );
  });

  it('names households and people who reach an outcome', () => {
    const found = extractTargets('力争今年92户230人脱贫', 'keyTask 7');
    expect(found.map((t) => [t.text, t.subject])).toEqual([
      ['92户', '脱贫户'],
      ['230人', '脱贫人口'],
    ]);
  });

  it.each([
    ['领导干部全年深入基层不少于60天', '领导干部深入基层', true],
    ['科协机关干部全年深入基层不少于30天', '科协机关干部深入基层', true],
    ['组织院士与企业对接活动不少于2次', '院士与企业对接活动', undefined],
  ])('marks per-person quotas in %s', (text, subject, perPerson) => {
    const [target] = extractTargets(text, 'w');
    expect(target?.subject).toBe(subject);
    expect(target?.perPerson).toBe(perPerson);
  });

  it.each([
    ['a quoted name', '开展“百名专家助力百家企业”活动', ['百名专家', '百家企业']],
    ['a recurring frequency', '每年两次专题研究目标绩效', ['每年两次']],
  ])('marks %s optional', (_name, text, phrases) => {
    const found = extractTargets(text, 'w');
    expect(found.map((t) => t.text)).toEqual(phrases);
    expect(found.every((t) => t.optional === true)).toBe(true);
  });

  it('drops quoted names given as examples in an 等 list', () => {
    expect(extractTargets('开展“百名专家进乡村学堂”讲科普等常项科普活动', 'w')).toEqual([]);
  });

  it('keeps the comparator word in the text', () => {
    expect(extractTargets('全年力争组织约100名专家深入企业', 'w')).toEqual([
      {
        where: 'w',
        text: '约100名专家',
        comparator: 'approx',
        value: 100,
        unit: '名',
        subject: '专家',
      },
    ]);
  });
});

describe('robustness', () => {
  /** Deterministic so a failure can be reproduced. */
  function randomText(length: number): string {
    const alphabet =
      '一二两三四五六七八九十百千万亿0123456789０１.-—至到次名个户人元家场所项天%以上不少于约左右第等“”《》，。、：专家活动组织开展年月日号';
    let seed = 42;
    let out = '';
    for (let i = 0; i < length; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      out += alphabet.charAt(seed % alphabet.length);
    }
    return out;
  }

  it('returns on 1 MB of random CJK and digits', () => {
    const text = randomText(1024 * 1024);
    expect(Array.isArray(extractTargets(text, 'random'))).toBe(true);
    expect(Array.isArray(parseTargetPhrase(text))).toBe(true);
  });

  it.each([
    ['empty text', ''],
    ['a long run of one numeral', '一'.repeat(200_000)],
    ['a long run of digits', '1'.repeat(200_000) + '次'],
    ['an unclosed quotation', '“'.repeat(1000) + '3次'],
    ['unbalanced book marks', '》》《3次'],
    ['one huge clause', `${'活动'.repeat(100_000)}不少于2次`],
    ['lone surrogates and controls', '\ud800\u0000\uffff 3\ud800次'],
  ])('does not throw on %s', (_name, text) => {
    expect(() => extractTargets(text, 'junk')).not.toThrow();
    expect(() => parseTargetPhrase(text)).not.toThrow();
  });
});
