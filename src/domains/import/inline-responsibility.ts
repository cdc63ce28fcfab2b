/**
 * Responsibility written inside an item instead of a table, as many notices do:
 * "（牵头单位：市委组织部，配合单位：市人社局、市财政局）", "责任单位：…", "责任领导：…".
 */
import type { InlineResponsibility } from './draft.js';
import { splitList } from './notice-header.js';
import { compact } from './normalize.js';

type Field = 'leadDepartments' | 'coDepartments' | 'owners' | 'leaders' | 'deadline';

const labels: Record<string, Field> = {
  牵头单位: 'leadDepartments',
  责任单位: 'leadDepartments',
  牵头部门: 'leadDepartments',
  责任部门: 'leadDepartments',
  责任部室: 'leadDepartments',
  责任科室: 'leadDepartments',
  配合单位: 'coDepartments',
  配合部门: 'coDepartments',
  协办单位: 'coDepartments',
  参与单位: 'coDepartments',
  责任人: 'owners',
  具体责任人: 'owners',
  责任领导: 'leaders',
  分管领导: 'leaders',
  牵头领导: 'leaders',
  联系领导: 'leaders',
  完成时限: 'deadline',
  完成时间: 'deadline',
  时间节点: 'deadline',
};

const labelPattern = new RegExp(`(${Object.keys(labels).join('|')})[：:]`, 'g');

export interface InlineResult {
  responsibility: InlineResponsibility | null;
  /** The text with the responsibility clause removed. */
  text: string;
}

/** A responsibility naming no one and no deadline, to be filled in. */
export function emptyResponsibility(): InlineResponsibility {
  return { leadDepartments: [], coDepartments: [], owners: [], leaders: [], deadlineText: null };
}

export function readInlineResponsibility(text: string): InlineResult {
  const found = [...text.matchAll(labelPattern)];
  const first = found[0];
  if (!first) return { responsibility: null, text };
  const result = emptyResponsibility();
  found.forEach((m, k) => {
    const start = m.index + m[0].length;
    const next = found[k + 1]?.index ?? text.length;
    const value = text.slice(start, next).split(/[）)。；;\n]/)[0] ?? '';
    const field = labels[m[1] ?? ''];
    const names = splitList(value, /[、，,]/)
      .map(compact)
      .filter((n) => n !== '');
    if (field === 'deadline') result.deadlineText = names.join('') || null;
    else if (field) result[field].push(...names);
  });
  return { responsibility: result, text: stripClause(text, first.index) };
}

/** Drops the clause from its opening bracket (or the label) to the end of the sentence. */
function stripClause(text: string, labelAt: number): string {
  const open = Math.max(text.lastIndexOf('（', labelAt), text.lastIndexOf('(', labelAt));
  const from = open >= 0 && labelAt - open <= 1 ? open : labelAt;
  const close = text.slice(from).search(/[）)]/);
  const to = close >= 0 ? from + close + 1 : text.length;
  return (text.slice(0, from) + text.slice(to)).replace(/[，,；;]\s*$/, '').trim();
}
