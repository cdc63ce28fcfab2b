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
  ],
  owner: ['责任人', '具体责任人'],
  department: ['责任部室', '责任单位', '责任科室', '牵头单位', '责任部门', '牵头部门'],
  coDepartment: ['配合单位', '配合部门', '协办单位'],
  leader: ['分管领导', '责任领导', '牵头领导', '联系领导'],
  deadline: ['完成时间', '完成时限', '时间节点', '完成时间节点', '完成期限', '时限要求'],
  notes: ['备注'],
};

const byName = new Map<string, ColumnKey>(
  Object.entries(columnNames).flatMap(([key, names]) =>
    names.map((n): [string, ColumnKey] => [n, key as ColumnKey]),
  ),
);

/** The column a header cell names, ignoring spaces and a parenthesised remark. */
export function columnOf(cell: string): ColumnKey | undefined {
  return byName.get(compact(cell).replace(/[（(].*[）)]$/, ''));
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
