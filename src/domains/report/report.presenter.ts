/** Progress reports as JSON. */
import type { ProgressReportRow } from './get-progress-report.js';

export function presentProgressReport(row: ProgressReportRow) {
  return {
    id: row.id,
    taskId: row.task_id,
    month: row.month,
    done: row.done,
    problems: row.problems,
    nextSteps: row.next_steps,
    state: row.state,
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    reviewComment: row.review_comment,
    selfReview: row.self_review === 1,
    version: row.version,
  };
}
