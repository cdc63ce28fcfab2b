/**
 * The columns of a key-task responsibility table (重点工作任务表) and the words offices use for
 * each. One list for every reader and the parser; the first name of each is the canonical one.
 */
import { compact } from './normalize.js';

export type ColumnKey =
  'no' | 'content' | 'owner' | 'department' | 'coDepartment' | 'leader' | 'deadline' | 'notes';

/** Canonical name first, then the synonyms seen in real notices. */
export const columnNames: Record<ColumnKey, string[]> = {
  no: ['序号', '编号'],
  content: [
    '重点工作内容',
    '工作任务',
    '任务内容',
    '工作内容',
    '重点工作',
    '重点任务',
    '主要任务',
    '工作事项',
    '具体内容',
    '主要内容',
    '工作措施',
    '任务措施',
    '主要措施',
    '重点工作任务',
    '具体任务',
    '具体工作',
    '改革事项',
    '改革任务',
    '事项',
    '事项名称',
    '任务名称',
    '举措名称',
    '措施名称',
    '重点事项',
    '目标任务',
    '主要目标',
    '工作目标',
    '工作举措',
    '主要工作',
    '项目名称',
    '指标名称',
    '考核指标',
    '工作要求',
  ],
  owner: ['责任人', '具体责任人', '经办人', '负责人'],
  department: [
    '责任部室',
    '责任单位',
    '责任科室',
    '牵头单位',
    '责任部门',
    '牵头部门',
    '责任处室',
    '牵头处室',
    '主办单位',
    '主办部门',
    '承办单位',
    '责任主体',
    '牵头责任单位',
    '主责单位',
    '主责部门',
    '负责单位',
    '牵头科室',
    '责任股室',
    '牵头股室',
  ],
  coDepartment: [
    '配合单位',
    '配合部门',
    '协办单位',
    '协办部门',
    '配合处室',
    '配合科室',
    '参与单位',
    '参与部门',
    '协同单位',
    '协助单位',
    '配合股室',
  ],
  leader: [
    '分管领导',
    '责任领导',
    '牵头领导',
    '联系领导',
    '牵头市领导',
    '牵头县领导',
    '责任市领导',
    '责任县领导',
    '包保领导',
  ],
  deadline: [
    '完成时间',
    '完成时限',
    '时间节点',
    '完成时间节点',
    '完成期限',
    '时限要求',
    '时间要求',
    '完成时间要求',
    '进度安排',
    '时间安排',
    '截止时间',
    '办结时限',
    '完成节点',
  ],
  notes: ['备注'],
};

/**
 * Content columns that name a task rather than describe it (改革事项 beside 具体内容): when a table
 * has one of these and another content column, the other is the content and this one its prefix.
 */
const itemNames = new Set([
  '改革事项',
  '改革任务',
  '事项',
  '事项名称',
  '任务名称',
  '重点事项',
  '工作事项',
  '重点工作',
  '重点任务',
  '主要任务',
  '主要目标',
  '工作目标',
  '目标任务',
  '年度目标',
  '具体目标',
  '任务目标',
]);

/** Columns naming who is responsible: a table with one of them and a content column is a task table. */
export const responsibilityKeys: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  'owner',
  'department',
  'coDepartment',
  'leader',
]);

const byName = new Map<string, ColumnKey>(
  Object.entries(columnNames).flatMap(([key, names]) =>
    names.map((n): [string, ColumnKey] => [n, key as ColumnKey]),
  ),
);

/** The column a header cell names, ignoring spaces and a parenthesised remark. */
export function columnOf(cell: string): ColumnKey | undefined {
  const word = headerWord(cell);
  return byName.get(word) ?? columnByWords(word);
}

/**
 * Header words not in the lists, read by how offices build them: a short name of Chinese
 * characters only, its ending saying what the column holds (…时限, …领导, 配合…单位, 牵头…科室,
 * …任务/…举措/…目标). Anything longer or with other characters is a cell, not a header.
 */
const unitWord = '(?:单位|部门|处室|科室|部室|股室|司局|机构)';
const guesses: [RegExp, ColumnKey][] = [
  [/^[\u4e00-\u9fff]{0,4}(?:时间|时限|期限|日期|节点)(?:要求|安排)?$/u, 'deadline'],
  [/^[\u4e00-\u9fff]{0,4}(?:领导|负责同志)$/u, 'leader'],
  [
    new RegExp(`^(?:配合|协办|参与|协同|协助|协作|支持|共同)[\\u4e00-\\u9fff]{0,3}${unitWord}$`),
    'coDepartment',
  ],
  [
    new RegExp(
      `^[\\u4e00-\\u9fff]{0,2}(?:责任|牵头|主办|主责|负责|承办|实施|落实|主管)[\\u4e00-\\u9fff]{0,3}${unitWord}(?:及责任人)?$`,
    ),
    'department',
  ],
  [/^[\u4e00-\u9fff]{0,3}责任人$/u, 'owner'],
  [/^[\u4e00-\u9fff]{0,4}(?:任务|内容|事项|措施|举措|目标)$/u, 'content'],
];

function columnByWords(word: string): ColumnKey | undefined {
  if (word.length < 2 || word.length > 8 || !/^[\u4e00-\u9fff]+$/u.test(word)) return undefined;
  return guesses.find(([pattern]) => pattern.test(word))?.[1];
}

/** Header words are short; a long cell is never one (and is not scanned for a remark). */
function headerWord(cell: string): string {
  const word = compact(cell);
  return word.length > 40 ? '' : word.replace(/[（(].*[）)]$/, '');
}

/**
 * Header words naming a task rather than describing it, beyond the list: any …名称 (项目名称,
 * 举措名称), any …事项, and what a reform list calls its entries (改革举措, 改革任务, 改革措施).
 */
const itemNamePattern = /^(?:[\u4e00-\u9fff]{0,4}(?:名称|事项)|改革(?:事项|任务|举措|措施|项目))$/u;

function namesItem(header: string): boolean {
  const word = headerWord(header);
  return itemNames.has(word) || itemNamePattern.test(word);
}

/**
 * Where a header row's content comes from: the content column, and the column naming the task
 * whose text goes in front of it ('改革事项：具体内容'), or -1. A naming column pairs with any
 * describing one beside it, listed or read by its ending; otherwise only the first of repeated
 * content columns is read, a listed name before one known only by its ending.
 */
export function contentColumns(headers: string[]): { content: number; item: number } {
  const all = headers.flatMap((h, i) => (columnOf(h) === 'content' ? [i] : []));
  const listed = all.filter((i) => byName.has(headerWord(headers[i] ?? '')));
  const item = all.find((i) => namesItem(headers[i] ?? ''));
  const details = all.filter((i) => i !== item && !namesItem(headers[i] ?? ''));
  const detail = details.find((i) => listed.includes(i)) ?? details[0];
  if (item !== undefined && detail !== undefined) return { content: detail, item };
  return { content: listed[0] ?? all[0] ?? -1, item: -1 };
}

/** The order tables are emitted in; co-operating departments follow the lead department. */
export const columnOrder: ColumnKey[] = [
  'no',
  'content',
  'owner',
  'department',
  'coDepartment',
  'leader',
  'deadline',
  'notes',
];

export const canonicalName = (key: ColumnKey): string => columnNames[key][0] ?? key;
