/**
 * Indicators and ledger entries as JSON. Indicators are shown exactly as on the task page (one
 * shape, task.presenter), plus the task they belong to.
 */
import { presentIndicator } from './task.presenter.js';
import type { IndicatorWithActual } from './find-indicators.js';
import type { LedgerEntryRow } from '../ledger/get-ledger-entry.js';
import { attributesSchema } from '../ledger/ledger.schema.js';

export function presentIndicatorOf(row: IndicatorWithActual) {
  return { taskId: row.task_id, ...presentIndicator(row) };
}

/** Stored attributes are JSON written by this module; anything unreadable shows as none. */
function attributesOf(text: string): Record<string, string | number> {
  try {
    const parsed: unknown = JSON.parse(text);
    const result = attributesSchema.safeParse(parsed);
    return result.success ? result.data : {};
  } catch {
    return {};
  }
}

export function presentLedgerEntry(row: LedgerEntryRow) {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    entryDate: row.entry_date,
    quantity: Number(row.quantity),
    subject: row.subject,
    attributes: attributesOf(row.attributes),
    enteredBy: row.entered_by,
    replacesId: row.replaces_id,
    voided: row.voided_at !== null,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    createdAt: row.created_at,
  };
}
