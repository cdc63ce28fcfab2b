/**
 * What an attachment belongs to: a ledger entry (台账), a progress report (进展情况) or a completion
 * request (办结申请); exactly one is set on each row. Each owner says, inside the upload's
 * transaction (its row locked on PostgreSQL), whether it takes files now: not a voided entry, not
 * an accepted report or one of a closed month, only a pending completion request.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertMonthOpen } from '../plan/assert-month-open.js';

export type OwnerKind = 'ledger_entry' | 'progress_report' | 'completion_request';
export interface AttachmentOwner {
  kind: OwnerKind;
  id: number;
}

export const ownerColumn = {
  ledger_entry: 'ledger_entry_id',
  progress_report: 'progress_report_id',
  completion_request: 'completion_request_id',
} as const satisfies Record<OwnerKind, string>;

const ownerTable = {
  ledger_entry: 'ledger_entries',
  progress_report: 'progress_reports',
  completion_request: 'completion_requests',
} as const satisfies Record<OwnerKind, keyof Database>;

export const ownerNames: Record<OwnerKind, { zh: string; en: string }> = {
  ledger_entry: { zh: '台账记录', en: 'ledger entry' },
  progress_report: { zh: '进展情况', en: 'progress report' },
  completion_request: { zh: '办结申请', en: 'completion request' },
};

/** Each owner's plan, read with its row: the task's, through the indicator for a ledger entry. */
const planOfOwner: Record<OwnerKind, RawBuilder<number>> = {
  ledger_entry: sql`(select tasks.plan_id from indicators join tasks on tasks.id = indicators.task_id where indicators.id = ledger_entries.indicator_id)`,
  progress_report: sql`(select tasks.plan_id from tasks where tasks.id = progress_reports.task_id)`,
  completion_request: sql`(select tasks.plan_id from tasks where tasks.id = completion_requests.task_id)`,
};

const refused = (zh: string, en: string) => new AppError('conflict', `${zh} / ${en}`);

async function lockedRow(trx: Kysely<Database>, owner: AttachmentOwner) {
  let query = trx
    .selectFrom(ownerTable[owner.kind])
    .selectAll()
    .select(planOfOwner[owner.kind].as('plan_id'))
    .where('id', '=', owner.id);
  if (trx.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate();
  const row = (await query.executeTakeFirst()) as Record<string, unknown> | undefined;
  if (!row) throw notFound(ownerNames[owner.kind], owner.id);
  return row;
}

/**
 * Throws not_found for a missing owner and conflict for one that takes no more files; returns the
 * plan the owner belongs to.
 */
export async function assertOwnerTakesFiles(
  trx: Kysely<Database>,
  owner: AttachmentOwner,
): Promise<number> {
  const row = await lockedRow(trx, owner);
  const { id } = owner;
  if (owner.kind === 'ledger_entry' && row.voided_at !== null)
    throw refused(
      `台账记录 ${id} 已作废，请附在更正后的记录上`,
      `ledger entry ${id} is voided; attach to its replacement`,
    );
  if (owner.kind === 'progress_report') {
    if (row.state === 'accepted')
      throw refused('进展情况已审核通过，不能再添加附件', `progress report ${id} was accepted`);
    await assertMonthOpen(trx, String(row.month));
  }
  if (owner.kind === 'completion_request' && row.state !== 'pending')
    throw refused('办结申请已审批，不能再添加附件', `completion request ${id} was decided`);
  return Number(row.plan_id);
}
