/** Attachments and indicator histories as JSON; attachments never carry their bytes. */
import type { AttachmentMeta } from './find-attachments.js';
import type { indicatorHistory } from './indicator-history.js';
import { targetText } from '../ledger/indicator-wording.js';

export function presentAttachment(row: AttachmentMeta) {
  return {
    id: row.id,
    ledgerEntryId: row.ledger_entry_id,
    progressReportId: row.progress_report_id,
    completionRequestId: row.completion_request_id,
    name: row.name,
    size: Number(row.size),
    type: row.content_type,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    at: row.created_at,
  };
}

export function presentHistory({
  indicator,
  points,
}: Awaited<ReturnType<typeof indicatorHistory>>) {
  return {
    indicatorId: indicator.id,
    taskId: indicator.task_id,
    year: indicator.year,
    target: {
      comparator: indicator.comparator,
      value: indicator.value,
      min: indicator.min_value,
      max: indicator.max_value,
      unit: indicator.unit,
      subject: indicator.subject,
      label: targetText(indicator),
    },
    points,
  };
}
