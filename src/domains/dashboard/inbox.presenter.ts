/** The inbox (待办) as JSON: each line with enough of its task to show it and link to it. */
import { presentProgressReport } from '../report/report.presenter.js';
import { presentCompletion } from '../review/completion.presenter.js';
import { presentExtension } from '../review/review.presenter.js';
import type { TaskRow } from '../task/task-rows.js';
import type { Inbox } from './get-inbox.js';

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
  const completions = inbox.completions.map((c) => ({
    ...presentCompletion(c),
    task: task(c.task_id),
  }));
  const changedLights = inbox.changes.map((c) => ({
    task: task(c.taskId),
    from: c.from,
    to: c.light,
    reason: c.reason,
  }));
  const duties = presentDuties(inbox);
  return {
    reports,
    extensions,
    completions,
    changedLights,
    ...duties.lines,
    counts: {
      reports: reports.length,
      extensions: extensions.length,
      completions: completions.length,
      changedLights: changedLights.length,
      ...duties.counts,
      total:
        reports.length +
        extensions.length +
        completions.length +
        changedLights.length +
        duties.total,
    },
    seenAt: inbox.seenAt,
  };
}

/**
 * The owner's and the office's lines. Counted: each returned report, report due, deadline or
 * milestone, each task missing last month's report, each month to close and the bulletin.
 */
function presentDuties(inbox: Inbox) {
  const { own, office } = inbox;
  const ownTasks = new Map(own.tasks.map((t) => [t.id, t]));
  const task = (id: number) => taskRef(ownTasks.get(id) ?? inbox.tasks.get(id));
  const lines = {
    returnedReports: own.returnedReports.map((r) => ({
      ...presentProgressReport(r),
      task: task(r.task_id),
    })),
    dueReports: own.dueReports.map((d) => ({ task: task(d.taskId), month: d.month })),
    dueSoon: own.dueSoon.map((d) => ({
      task: task(d.taskId),
      kind: d.kind,
      due: d.due,
      title: d.title,
    })),
    missingReports: office.missingReports.map((m) => ({
      unit: m.unit,
      tasks: m.tasks.map((t) => taskRef(t)),
    })),
    monthsToClose: office.monthsToClose.map((month) => ({ month })),
    bulletinToIssue: office.bulletinToIssue,
  };
  const counts = {
    returnedReports: lines.returnedReports.length,
    dueReports: lines.dueReports.length,
    dueSoon: lines.dueSoon.length,
    missingReports: office.missingReports.reduce((n, m) => n + m.tasks.length, 0),
    monthsToClose: lines.monthsToClose.length,
    bulletinToIssue: lines.bulletinToIssue ? 1 : 0,
  };
  return { lines, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}
