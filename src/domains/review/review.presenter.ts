/** Extension requests, closed months and the inbox as JSON. */
import { presentProgressReport } from '../report/report.presenter.js';
import type { TaskRow } from '../task/task-rows.js';
import type { MonthCloseRow } from './close-month.js';
import type { ExtensionRow } from './get-extension.js';
import type { Inbox } from './get-inbox.js';

export function presentExtension(row: ExtensionRow) {
  return {
    id: row.id,
    taskId: row.task_id,
    state: row.state,
    currentDue: row.current_due,
    requestedDue: row.requested_due,
    originalDue: row.original_due,
    reason: row.reason,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    decisionComment: row.decision_comment,
    selfReview: row.self_review === 1,
    version: row.version,
  };
}

export function presentMonthClose(row: MonthCloseRow) {
  return { month: row.month, closedBy: row.closed_by, closedAt: row.closed_at };
}

/** Enough of a task to show an inbox line and link to the task page. */
function taskRef(task: TaskRow | undefined) {
  if (!task) return null;
  return {
    id: task.id,
    planId: task.plan_id,
    no: task.no,
    content: task.content,
    owner: task.owner_name,
    due: task.due_date,
  };
}

export function presentInbox(inbox: Inbox) {
  const task = (id: number) => taskRef(inbox.tasks.get(id));
  const reports = inbox.reports.map((r) => ({
    ...presentProgressReport(r),
    task: task(r.task_id),
  }));
  const extensions = inbox.extensions.map((e) => ({
    ...presentExtension(e),
    task: task(e.task_id),
  }));
  const changedLights = inbox.changes.map((c) => ({
    task: task(c.taskId),
    from: c.from,
    to: c.light,
    reason: c.reason,
  }));
  return {
    reports,
    extensions,
    changedLights,
    counts: {
      reports: reports.length,
      extensions: extensions.length,
      changedLights: changedLights.length,
      total: reports.length + extensions.length + changedLights.length,
    },
    seenAt: inbox.seenAt,
  };
}
