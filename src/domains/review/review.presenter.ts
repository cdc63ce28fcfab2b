/** Extension requests and closed months as JSON. */
import type { MonthCloseRow } from './close-month.js';
import type { ExtensionRow } from './get-extension.js';

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
