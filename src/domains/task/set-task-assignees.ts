/**
 * Replaces a task's responsibility (owners, lead and co-operating departments) under optimistic
 * locking on the task. The first owner and first lead department become the primary columns;
 * before and after go to the audit trail in the same transaction.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { AppError, notFound } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { assigneeIdsOf, replaceAssignees, type AssigneeIds } from '../plan/task-assignees.js';

async function assertExist(db: Kysely<Database>, input: AssigneeIds): Promise<void> {
  const checks: [keyof AssigneeIds, 'people' | 'units'][] = [
    ['owners', 'people'],
    ['leadDepartments', 'units'],
    ['coDepartments', 'units'],
  ];
  for (const [field, table] of checks) {
    const ids = input[field];
    if (ids.length === 0) continue;
    const found = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
    const missing = ids.find((id) => !found.some((f) => f.id === id));
    if (missing !== undefined)
      throw new AppError(
        'unprocessable',
        `${field} 中的 ${missing} 不存在 / ${field}: ${missing} does not exist`,
        [{ field: `body.${field}`, message: `${missing} not found` }],
      );
  }
  const both = input.coDepartments.find((id) => input.leadDepartments.includes(id));
  if (both !== undefined)
    throw new AppError(
      'unprocessable',
      `单位 ${both} 不能既牵头又配合 / unit ${both} cannot both lead and co-operate`,
      [{ field: 'body.coDepartments', message: `${both} is also a lead department` }],
    );
}

export async function setTaskAssignees(options: {
  db: Kysely<Database>;
  actor: Actor;
  taskId: number;
  input: AssigneeIds;
  expected: ExpectedVersion;
  now: Date;
}): Promise<void> {
  const { db, taskId, expected } = options;
  const input: AssigneeIds = {
    owners: options.input.owners,
    leadDepartments: options.input.leadDepartments,
    coDepartments: options.input.coDepartments,
  };
  await assertExist(db, input);
  await db.transaction().execute(async (trx) => {
    const task = await trx
      .selectFrom('tasks')
      .select(['id', 'plan_id', 'owner_person_id', 'department_unit_id', 'version'])
      .where('id', '=', taskId)
      .executeTakeFirst();
    if (!task) throw notFound({ zh: '任务', en: 'task' }, taskId);
    if (task.version !== expected.version) throw staleVersion(expected, task.version);
    const before = (await assigneeIdsOf(trx, [task])).get(taskId);
    const primary = await replaceAssignees(trx, taskId, input);
    const after = await updateVersioned(trx, 'tasks', {
      id: taskId,
      expected,
      set: { ...primary, updated_at: options.now.toISOString() },
    });
    await recordAudit(trx, {
      actor: options.actor,
      planId: task.plan_id,
      entity: 'task',
      entityId: taskId,
      action: 'assign',
      // The primary columns on both sides, so the history reads 责任人：柏春艳 → 彭国华.
      before: {
        ...before,
        owner_person_id: task.owner_person_id,
        department_unit_id: task.department_unit_id,
        version: task.version,
      },
      after: { ...input, ...primary, version: after.version },
    });
  });
}
