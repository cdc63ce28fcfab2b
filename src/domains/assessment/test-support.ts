/**
 * The worked example for assessment tests on 2017-09-30, and the facts the scores are computed
 * from: ledger entries of an indicator and progress reports, written as the app would store them.
 */
import { rebuildTotals } from '../../platform/db/totals/rebuild-totals.js';
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';

export interface AssessmentApp extends ExampleApp {
  planId: number;
}

export async function startAssessmentApp(kind: DatabaseKind): Promise<AssessmentApp> {
  const app = await startWorkedExampleApp(kind, {
    today: '2017-09-30',
    audited: ['assessment_scheme'],
  });
  const plan = await app.db.selectFrom('plans').select('id').executeTakeFirstOrThrow();
  return { ...app, planId: plan.id };
}

/** `count` ledger entries on the task's only indicator, each with its own subject. */
export async function addLedgerEntries(
  db: Kysely<Database>,
  taskId: number,
  count: number,
  entryDate: string,
): Promise<void> {
  const indicator = await db
    .selectFrom('indicators')
    .select('id')
    .where('task_id', '=', taskId)
    .executeTakeFirstOrThrow();
  for (let i = 1; i <= count; i++) {
    await db
      .insertInto('ledger_entries')
      .values({
        indicator_id: indicator.id,
        entry_date: entryDate,
        quantity: 1,
        subject: `对象${i}`,
        attributes: '{}',
        entered_by: null,
        replaces_id: null,
        voided_at: null,
        void_reason: null,
      })
      .execute();
  }
  await rebuildTotals(db, { taskIds: [taskId] });
}

export async function addReport(
  db: Kysely<Database>,
  taskId: number,
  month: string,
  state: 'submitted' | 'accepted' | 'returned',
): Promise<void> {
  await db
    .insertInto('progress_reports')
    .values({
      task_id: taskId,
      month,
      done: '按计划推进',
      problems: '无',
      next_steps: '继续推进',
      state,
      submitted_by: null,
      submitted_at: `${month}-25T02:00:00.000Z`,
      reviewed_by: null,
      reviewed_at: null,
      review_comment: null,
    })
    .execute();
}
