/**
 * Stores a plan's scoring scheme (versioned and audited by saveSchemeDocument). The rules are
 * checked against the plan's tasks (scheme-problems: 422 naming each field).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import type { ExpectedVersion } from '../../platform/versioning.js';
import { saveSchemeDocument } from '../audit/save-scheme-document.js';
import { assigneeIdsOf } from '../plan/task-assignees.js';
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
  const { planId, rules } = options;
  return saveSchemeDocument({
    ...options,
    table: 'assessment_schemes',
    entity: 'assessment_scheme',
    ownerId: planId,
    validate: (trx) => assertUsable(trx, planId, rules),
    createdElsewhere: '考核方案已被他人创建 / created by someone else',
  });
}
