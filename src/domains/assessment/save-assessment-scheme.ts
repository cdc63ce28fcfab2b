/**
 * Stores a plan's scoring scheme. The rules are checked against the plan first (scheme-problems:
 * 422 naming each field). The first save creates the scheme (version 1) and needs no version;
 * later saves name the version they read (If-Match or body) and fail with 412/409 when someone
 * saved in between. Before and after go to the audit trail, in the same transaction.
 */
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { assigneeIdsOf } from '../task/task-assignees.js';
import type { SchemeRules } from './assessment-scheme.js';
import { schemeProblems } from './scheme-problems.js';

async function assertUsable(db: Kysely<Database>, planId: number, rules: SchemeRules) {
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'owner_person_id', 'department_unit_id'])
    .where('plan_id', '=', planId)
    .where('status', '!=', 'cancelled')
    .execute();
  const taskIds = tasks.map((t) => t.id);
  const leadUnitIds = [...(await assigneeIdsOf(db, tasks)).values()].flatMap(
    (a) => a.leadDepartments,
  );
  const problems = schemeProblems(rules, { taskIds, leadUnitIds });
  if (problems.length > 0)
    throw new AppError(
      'unprocessable',
      '考核方案不适用于本工作要点 / the scheme does not fit this plan',
      problems,
    );
}

export async function saveAssessmentScheme(options: {
  db: Kysely<Database>;
  actor: Actor;
  planId: number;
  rules: SchemeRules;
  /** Called only when a stored scheme is being updated, so creation needs no version. */
  expected: () => ExpectedVersion;
  now: Date;
}): Promise<{ created: boolean }> {
  const { db, actor, planId } = options;
  const values = {
    rules: JSON.stringify(options.rules),
    updated_by: actor.userId,
    updated_at: options.now.toISOString(),
  };
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('assessment_schemes')
      .selectAll()
      .where('plan_id', '=', planId)
      .executeTakeFirst();
    if (before) {
      const expected = options.expected();
      if (before.version !== expected.version) throw staleVersion(expected, before.version);
    }
    await assertUsable(trx, planId, options.rules);
    if (!before) {
      const row = await trx
        .insertInto('assessment_schemes')
        .values({ ...values, plan_id: planId })
        .onConflict((oc) => oc.column('plan_id').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!row)
        throw new AppError('conflict', '考核方案已被他人创建 / created by someone else', [
          { field: 'version', message: 'current version is 1' },
        ]);
      await recordAudit(trx, {
        actor,
        entity: 'assessment_scheme',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return { created: true };
    }
    const expected = options.expected();
    const after = await trx
      .updateTable('assessment_schemes')
      .set({ ...values, version: sql<number>`version + 1` })
      .where('id', '=', before.id)
      .where('version', '=', expected.version)
      .returningAll()
      .executeTakeFirst();
    // Another writer committed between our read and write (PostgreSQL read committed).
    if (!after) throw staleVersion(expected, before.version + 1);
    await recordAudit(trx, {
      actor,
      entity: 'assessment_scheme',
      entityId: before.id,
      action: 'update',
      before,
      after,
    });
    return { created: false };
  });
}
