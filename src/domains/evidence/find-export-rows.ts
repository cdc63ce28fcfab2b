/**
 * The ledger rows an export sheet shows, voided entries included (the sheet says 作废 and why):
 * one indicator's, or every indicator's of a plan's tasks, with the task and who entered each row.
 * Only the columns the sheet prints are read.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export async function findExportRows(options: {
  db: Kysely<Database>;
  scope: { indicatorId: number } | { planId: number };
}) {
  const { db, scope } = options;
  let query = db
    .selectFrom('ledger_entries')
    .innerJoin('indicators', 'indicators.id', 'ledger_entries.indicator_id')
    .innerJoin('tasks', 'tasks.id', 'indicators.task_id')
    .leftJoin('users', 'users.id', 'ledger_entries.entered_by')
    .leftJoin('people', 'people.id', 'users.person_id')
    .select((eb) => [
      'ledger_entries.id',
      'ledger_entries.entry_date',
      'ledger_entries.quantity',
      'ledger_entries.subject',
      'ledger_entries.voided_at',
      'ledger_entries.void_reason',
      'tasks.no as task_no',
      'tasks.content as task_content',
      'indicators.comparator',
      'indicators.value',
      'indicators.min_value',
      'indicators.max_value',
      'indicators.unit',
      'indicators.subject as indicator_subject',
      'indicators.aggregation',
      'indicators.per_person_threshold',
      eb.fn.coalesce('people.name', 'users.username').as('entered_by_name'),
    ]);
  query =
    'indicatorId' in scope
      ? query.where('indicators.id', '=', scope.indicatorId)
      : query.where('tasks.plan_id', '=', scope.planId);
  return query
    .orderBy('tasks.no')
    .orderBy('indicators.id')
    .orderBy('ledger_entries.entry_date')
    .orderBy('ledger_entries.id')
    .execute();
}

export type ExportRow = Awaited<ReturnType<typeof findExportRows>>[number];
