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
  return {
    reports,
    extensions,
    completions,
    changedLights,
    counts: {
      reports: reports.length,
      extensions: extensions.length,
      completions: completions.length,
      changedLights: changedLights.length,
      total: reports.length + extensions.length + completions.length + changedLights.length,
    },
    seenAt: inbox.seenAt,
  };
}
