/**
 * Synthetic ledger entries (台账) and monthly progress reports (进展情况), produced in chunks so a
 * million rows never sit in memory at once. Entries go round the indicators on dates spread over
 * the months so far; reports fill month by month (every task reports January, then February, …),
 * so the latest month is partly missing, as it is at month end.
 */
import type { Insertable } from 'kysely';
import type { LedgerEntryTable, ProgressReportTable } from '../../platform/db/schema.js';
import type { TaskFacts } from './plan-rows.js';
import { ledgerSubject, reportText } from './phrases.js';
import type { Random } from './random.js';

const pad = (n: number) => String(n).padStart(2, '0');

export function* ledgerChunks(
  facts: TaskFacts[],
  indicatorTask: number[],
  options: { total: number; months: number; chunk: number; random: Random },
): Generator<Insertable<LedgerEntryTable>[]> {
  const { random } = options;
  for (let start = 0; start < options.total; start += options.chunk) {
    const rows: Insertable<LedgerEntryTable>[] = [];
    for (let i = start; i < Math.min(options.total, start + options.chunk); i++) {
      const indicator = i % indicatorTask.length;
      const task = facts[indicatorTask[indicator] ?? 0];
      if (!task?.target) throw new Error('indicator without a target');
      const date = `${task.year}-${pad(random.int(1, options.months))}-${pad(random.int(1, 28))}`;
      const voided = random.chance(0.01);
      rows.push({
        indicator_id: indicator + 1,
        entry_date: date,
        quantity:
          task.target.aggregation === 'sum'
            ? random.int(1, Math.max(1, Math.ceil(task.target.value / 8)))
            : 1,
        subject: ledgerSubject(random, task.target),
        attributes: '{}',
        entered_by: task.ownerUserId,
        voided_at: voided ? `${date}T08:00:00.000Z` : null,
        void_reason: voided ? '重复录入，作废' : null,
        created_at: `${date}T0${random.int(1, 9)}:${pad(random.int(0, 59))}:00.000Z`,
      });
    }
    yield rows;
  }
}

export function* reportChunks(
  facts: TaskFacts[],
  options: { total: number; months: number; chunk: number; random: Random },
): Generator<Insertable<ProgressReportTable>[]> {
  const { random } = options;
  for (let start = 0; start < options.total; start += options.chunk) {
    const rows: Insertable<ProgressReportTable>[] = [];
    for (let r = start; r < Math.min(options.total, start + options.chunk); r++) {
      const task = facts[r % facts.length];
      const month = Math.floor(r / facts.length) + 1;
      if (!task) throw new Error('report without a task');
      const text = reportText(random, month, task.target);
      const submitted = `${task.year}-${pad(month)}-${pad(random.int(20, 28))}`;
      const reviewed = month < options.months;
      const returned = reviewed && random.chance(0.05);
      rows.push({
        task_id: task.id,
        month: `${task.year}-${pad(month)}`,
        done: text.done,
        problems: text.problems,
        next_steps: text.nextSteps,
        state: reviewed ? (returned ? 'returned' : 'accepted') : 'submitted',
        submitted_by: task.ownerUserId,
        submitted_at: `${submitted}T02:00:00.000Z`,
        reviewed_by: reviewed ? task.leaderUserId : null,
        reviewed_at: reviewed ? `${submitted}T08:00:00.000Z` : null,
        review_comment: returned ? '请补充佐证材料后重新报送。' : null,
      });
    }
    yield rows;
  }
}
