/**
 * Nobody reviews their own work. The person who submitted a progress report or asked for an
 * extension may not accept, return or decide it while someone else may (the task's leader or an
 * administrator of the plan's unit, by the task policy's `review` rule). When nobody else may, the
 * decision goes ahead and is marked as a self-review, so the record and the audit trail show it.
 * Throws forbidden when someone else should decide.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import { isRole } from '../../platform/auth/actor.js';
import { unitScope } from '../../platform/auth/unit-scope.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { getTaskAccess } from './get-task-access.js';
import { taskPolicy } from './task.policy.js';

export interface ReviewedWork {
  taskId: number;
  /** The user who submitted the report or asked for the extension; null when unknown. */
  authorId: number | null;
  /** What is reviewed, for the refusal: 进展报告 / progress report. */
  what: { zh: string; en: string };
}

/** Whether the actor is the author: the same account, or another account of the same person. */
async function isAuthor(db: Kysely<Database>, actor: Actor, authorId: number) {
  if (authorId === actor.userId) return true;
  if (actor.personId === null) return false;
  const author = await db
    .selectFrom('users')
    .select('person_id')
    .where('id', '=', authorId)
    .executeTakeFirst();
  return author?.person_id === actor.personId;
}

/** Whether an active user other than the author (and the actor) may review the task. */
async function someoneElseMayReview(
  db: Kysely<Database>,
  actor: Actor,
  authorId: number,
  taskId: number,
): Promise<boolean> {
  const task = await getTaskAccess({ db, taskId });
  const leader = task.leader_person_id;
  const excludedPeople = [actor.personId].filter((p): p is number => p !== null);
  const candidates = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'person_id', 'unit_id'])
    .where('disabled', '=', 0)
    .where('id', 'not in', [actor.userId, authorId])
    .where((eb) =>
      leader === null
        ? eb('role', '=', 'admin')
        : eb.or([eb('role', '=', 'admin'), eb('person_id', '=', leader)]),
    )
    .orderBy('id')
    .execute();
  for (const user of candidates) {
    if (!isRole(user.role)) continue;
    if (user.person_id !== null && excludedPeople.includes(user.person_id)) continue;
    const other: Actor = {
      userId: user.id,
      username: user.username,
      role: user.role,
      personId: user.person_id,
      unitId: user.unit_id,
      via: 'session',
    };
    const access = { actor: other, scope: await unitScope(db, other) };
    if (taskPolicy.review(access, task)) return true;
  }
  return false;
}

/**
 * Checks the actor may decide this work: false for an ordinary review, true for a self-review
 * nobody else could make; forbidden when the actor is the author and someone else may decide.
 */
export async function checkReviewIndependence(
  db: Kysely<Database>,
  actor: Actor,
  work: ReviewedWork,
): Promise<boolean> {
  const { authorId } = work;
  if (authorId === null || !(await isAuthor(db, actor, authorId))) return false;
  if (!(await someoneElseMayReview(db, actor, authorId, work.taskId))) return true;
  throw new AppError(
    'forbidden',
    `不能审核本人提交的${work.what.zh}，请由任务的分管领导或本单位其他管理员审核 / ` +
      `you may not review your own ${work.what.en}: the task's leader or another administrator of the unit does`,
  );
}
