/** Completion requests (办结申请) as JSON: who asked and who decided by id and name. */
import type { CompletionRow } from './get-completion-request.js';

const person = (id: number | null, name: string | null) => (id === null ? null : { id, name });

export function presentCompletion(row: CompletionRow) {
  return {
    id: row.id,
    taskId: row.task_id,
    note: row.note,
    state: row.state,
    requestedBy: person(row.requested_by, row.requested_by_name),
    requestedAt: row.requested_at,
    decidedBy: person(row.decided_by, row.decided_by_name),
    decidedAt: row.decided_at,
    comment: row.comment,
    selfReview: row.self_review === 1,
    version: row.version,
  };
}
