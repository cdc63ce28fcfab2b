/**
 * Whether a task's owner may ask for more time (延期申请): only for an open task with a due date,
 * only before that date has passed (an overdue task is reported late, not quietly extended), and
 * only for a later date. Pure, with today passed in, so the rule is tested without a clock.
 */
export interface ExtensionProblem {
  /** What is at fault: the requested date, or the task's state or due date. */
  field: 'body.requestedDue' | 'task.status' | 'task.dueDate';
  zh: string;
  en: string;
}

export type ExtensionCheck =
  { ok: true; currentDue: string } | { ok: false; problem: ExtensionProblem };

export function checkExtensionRequest(input: {
  /** open | done | cancelled */
  status: string;
  currentDue: string | null;
  requestedDue: string;
  /** YYYY-MM-DD in China time. */
  today: string;
}): ExtensionCheck {
  const fail = (field: ExtensionProblem['field'], zh: string, en: string): ExtensionCheck => ({
    ok: false,
    problem: { field, zh, en },
  });
  if (input.status !== 'open')
    return fail('task.status', '任务已办结，无需延期', `the task is ${input.status}`);
  if (input.currentDue === null)
    return fail('task.dueDate', '任务没有完成时间，无需延期', 'the task has no due date');
  if (input.today > input.currentDue)
    return fail(
      'task.dueDate',
      `任务已于 ${input.currentDue} 逾期，不能再申请延期`,
      `already overdue: extensions must be asked for by the due date ${input.currentDue}`,
    );
  if (input.requestedDue <= input.currentDue)
    return fail(
      'body.requestedDue',
      `申请的完成时间须晚于当前完成时间 ${input.currentDue}`,
      `must be after the current due date ${input.currentDue}`,
    );
  return { ok: true, currentDue: input.currentDue };
}

/** The due date before any extension: kept by the first approved one, else the current one. */
export function originalDue(firstApprovedOriginal: string | null, currentDue: string): string {
  return firstApprovedOriginal ?? currentDue;
}
