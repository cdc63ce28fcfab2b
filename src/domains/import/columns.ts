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
    '重点事项',
  ],
  owner: ['责任人', '具体责任人', '经办人'],
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
  return byName.get(headerWord(cell));
}

/** Header words are short; a long cell is never one (and is not scanned for a remark). */
function headerWord(cell: string): string {
  const word = compact(cell);
  return word.length > 40 ? '' : word.replace(/[（(].*[）)]$/, '');
}

/**
 * Where a header row's content comes from: the content column, and the column naming the task
 * whose text goes in front of it ('改革事项：具体内容'), or -1. Only the first of other repeated
 * content columns is read.
 */
export function contentColumns(headers: string[]): { content: number; item: number } {
  const at = headers.flatMap((h, i) => (columnOf(h) === 'content' ? [i] : []));
  const item = at.find((i) => itemNames.has(headerWord(headers[i] ?? '')));
  const detail = at.find((i) => i !== item && !itemNames.has(headerWord(headers[i] ?? '')));
  if (item !== undefined && detail !== undefined) return { content: detail, item };
  return { content: at[0] ?? -1, item: -1 };
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
