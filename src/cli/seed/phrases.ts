/**
 * Realistic text for synthetic plans: task contents in the phrasing of 工作要点 (开展…活动,
 * 推进…建设, 组织…培训) with quantitative targets (不少于20场) and the indicator each target
 * implies, key tasks (重点工作), completion times as notices write them, progress-report text and
 * the subjects of ledger entries.
 */
import { personName } from './names.js';
import type { Random } from './random.js';

export interface Target {
  comparator: '>=' | '=';
  value: number;
  unit: string;
  subject: string;
  aggregation: 'sum' | 'count' | 'distinct_subjects';
  sourceText: string;
}

interface Template {
  verb: string;
  objects: string[];
  suffix: string;
  unit: string;
  subject: string;
  aggregation: Target['aggregation'];
  range: [number, number];
  target: (n: number, unit: string) => string;
}

const templates: Template[] = [
  {
    verb: '开展',
    objects: [
      '全国科普日',
      '科技活动周',
      '科普进社区',
      '科普进校园',
      '科普进农村',
      '科普大篷车巡展',
      '应急安全科普',
      '健康中国科普行',
      '反邪教科普宣传',
    ],
    suffix: '活动',
    unit: '场',
    subject: '活动',
    aggregation: 'count',
    range: [5, 60],
    target: (n, u) => `全年不少于${n}${u}`,
  },
  {
    verb: '组织',
    objects: [
      '基层科普骨干',
      '农村实用人才',
      '学会秘书长',
      '科技辅导员',
      '新型职业农民',
      '企业技术人员',
      '信息员队伍',
    ],
    suffix: '培训',
    unit: '人次',
    subject: '参训人员',
    aggregation: 'sum',
    range: [100, 3000],
    target: (n, u) => `培训${n}${u}以上`,
  },
  {
    verb: '推进',
    objects: [
      '院士工作站',
      '科普示范基地',
      '农村专业技术协会',
      '企业科协',
      '科普e站',
      '社区科普大学',
      '海智工作站',
      '科技服务站',
    ],
    suffix: '建设',
    unit: '个',
    subject: '站点',
    aggregation: 'distinct_subjects',
    range: [2, 30],
    target: (n, u) => `新建${n}${u}`,
  },
  {
    verb: '举办',
    objects: ['学术年会', '青年科学家论坛', '学术交流活动', '科技成果推介会', '专家咨询活动'],
    suffix: '',
    unit: '次',
    subject: '学术活动',
    aggregation: 'count',
    range: [2, 20],
    target: (n, u) => `不少于${n}${u}`,
  },
  {
    verb: '组织专家深入',
    objects: ['园区', '企业', '乡镇'],
    suffix: '开展技术服务',
    unit: '家',
    subject: '企业',
    aggregation: 'distinct_subjects',
    range: [10, 200],
    target: (n, u) => `服务企业不少于${n}${u}`,
  },
  {
    verb: '编发',
    objects: ['科协工作简报', '科普宣传资料', '科技工作者建议'],
    suffix: '',
    unit: '期',
    subject: '期刊',
    aggregation: 'count',
    range: [4, 24],
    target: (n, u) => `全年${n}${u}`,
  },
];

const untargeted = [
  '完善学会治理结构，推动学会规范化建设',
  '加强科协机关作风建设，落实党风廉政建设责任制',
  '深化科协系统综合改革，增强基层组织活力',
  '健全科技工作者联系服务机制',
  '做好科技工作者状况调查工作',
  '加强科协信息化建设，提升网上科协服务能力',
];

const preambles = [
  '围绕创新驱动发展战略，',
  '围绕乡村振兴战略，',
  '聚焦全民科学素质提升，',
  '按照上级科协统一部署，',
  '面向基层和企业，',
];

export const keyTaskTexts = [
  '深化科协系统改革',
  '实施全民科学素质行动',
  '推进学会创新发展',
  '服务创新驱动发展',
  '加强基层组织建设',
  '打造科普品牌活动',
  '建设高水平科技智库',
  '加强科技人才队伍建设',
  '推进科普信息化',
  '扩大科技交流合作',
  '加强党的建设',
  '提升服务科技工作者能力',
];

export function taskText(random: Random): { content: string; target: Target | null } {
  if (random.chance(0.15)) return { content: random.pick(untargeted), target: null };
  const t = random.pick(templates);
  const object = random.pick(t.objects);
  const [low, high] = t.range;
  const step = high >= 100 ? 50 : high >= 20 ? 5 : 1;
  const value = Math.max(step, Math.round(random.int(low, high) / step) * step);
  const sourceText = t.target(value, t.unit);
  const preamble = random.chance(0.3) ? random.pick(preambles) : '';
  return {
    content: `${preamble}${t.verb}${object}${t.suffix}，${sourceText}`,
    target: {
      comparator: random.chance(0.9) ? '>=' : '=',
      value,
      unit: t.unit,
      subject: t.subject,
      aggregation: t.aggregation,
      sourceText,
    },
  };
}

export interface Deadline {
  text: string;
  start: string;
  due: string;
  recurring: 'monthly' | 'quarterly' | null;
}

const deadlines: [text: string, start: string, due: string, recurring: Deadline['recurring']][] = [
  ['全年', '01-01', '12-31', null],
  ['全年', '01-01', '12-31', null],
  ['3月底', '01-01', '03-31', null],
  ['5月底', '01-01', '05-31', null],
  ['6月底', '01-01', '06-30', null],
  ['上半年', '01-01', '06-30', null],
  ['下半年', '07-01', '12-31', null],
  ['9月底', '01-01', '09-30', null],
  ['10月底', '01-01', '10-31', null],
  ['年底前', '01-01', '12-31', null],
  ['每季度', '01-01', '12-31', 'quarterly'],
  ['每月', '01-01', '12-31', 'monthly'],
];

export function deadline(random: Random, year: number): Deadline {
  const [text, start, due, recurring] = random.pick(deadlines);
  return { text, start: `${year}-${start}`, due: `${year}-${due}`, recurring };
}

const problems = [
  '基层人员力量薄弱，工作推进不平衡',
  '活动经费保障不足',
  '部分单位参与积极性不高',
  '活动场地受限，需协调解决',
  '台账资料收集不够及时',
];

export function reportText(
  random: Random,
  month: number,
  target: Target | null,
): { done: string; problems: string; nextSteps: string } {
  const amount = target
    ? `${random.int(1, Math.max(1, Math.ceil(target.value / 6)))}${target.unit}`
    : '';
  const done = target
    ? `${month}月完成${target.subject}${amount}，相关台账已录入，工作按计划推进。`
    : `${month}月召开专题会议研究部署，明确责任分工，工作有序推进。`;
  return {
    done,
    problems: random.chance(0.6) ? '无' : random.pick(problems),
    nextSteps: random.pick([
      '继续按计划推进，确保按期完成。',
      '加强督促检查，补齐台账资料。',
      '总结经验做法，扩大覆盖面。',
    ]),
  };
}

const industries = ['科技', '生物', '新材料', '电子', '农业', '机械', '食品', '智能装备'];
const places = ['滁州', '合肥', '芜湖', '安庆', '来安', '天长', '明光', '凤阳', '定远', '全椒'];

/** What a ledger entry is about: an enterprise, a person, a site, or nothing for plain counts. */
export function ledgerSubject(random: Random, target: Target): string | null {
  switch (target.subject) {
    case '企业':
      return `${random.pick(places)}${random.pick(['恒通', '华源', '鑫达', '瑞丰', '天成', '宏图', '正和', '金桥'])}${random.pick(industries)}有限公司`;
    case '参训人员':
      return personName(random);
    case '站点':
      return `${random.pick(places)}${random.pick(['城关', '新桥', '三河', '张桥', '古城', '双河'])}${random.int(1, 40)}号站点`;
    default:
      return null;
  }
}
