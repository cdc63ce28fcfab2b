/**
 * Where a notice contradicts itself or leaves a task incomplete: counts that do not match,
 * numbering that skips, key tasks without a table row, rows without an owner or a readable date.
 */
import type { ImportWarning, PlanDraft } from './draft.js';
import type { Outline } from './outline.js';

interface Inputs {
  draft: PlanDraft;
  outline: Outline;
  problems: { row: number; column?: number; message: string }[];
}

const warn = (about: string, why: string, whyZh: string): ImportWarning => ({ about, why, whyZh });

export function collectWarnings({ draft, outline, problems }: Inputs): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const stated = outline.statedKeyTaskCount;
  if (stated !== null && stated !== draft.keyTasks.length) {
    warnings.push(
      warn(
        'keyTasks',
        `the preamble announces ${stated} key tasks but lists ${draft.keyTasks.length}`,
        `导语称${stated}项重点工作，实际列出${draft.keyTasks.length}项`,
      ),
    );
  }
  for (const p of outline.numberingProblems) {
    warnings.push(warn('numbering', `numbering skips or repeats: ${p}`, `编号不连续：${p}`));
  }
  for (const p of problems) {
    warnings.push(warn(`table row ${p.row}`, p.message, p.message));
  }
  if (draft.tableRows.length > 0) {
    const linked = new Set(draft.links.keyTaskToTableRow.map(([k]) => k));
    for (const k of draft.keyTasks.filter((k) => !linked.has(k.no))) {
      warnings.push(
        warn(
          `keyTask ${k.no}`,
          'no row of the task table matches this key task',
          `重点工作第${k.no}项在任务表中没有对应行`,
        ),
      );
    }
  }
  for (const row of draft.tableRows) warnings.push(...rowWarnings(row));
  return warnings;
}

function rowWarnings(row: PlanDraft['tableRows'][number]): ImportWarning[] {
  const out: ImportWarning[] = [];
  const about = `tableRow ${row.no}`;
  if (!row.owner && !row.department)
    out.push(warn(about, 'no owner and no department', '未填写责任人和责任部室'));
  if (
    row.deadlineText &&
    row.due === null &&
    row.start === null &&
    !row.recurring &&
    !/长期|持续|常年|常态/.test(row.deadlineText)
  ) {
    out.push(
      warn(
        about,
        `the completion time ${row.deadlineText} could not be read as a date`,
        `完成时间“${row.deadlineText}”无法识别为日期`,
      ),
    );
  }
  return out;
}
