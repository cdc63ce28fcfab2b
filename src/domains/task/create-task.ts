/**
 * Adds a task to a plan; a completion-time phrase is resolved against the plan year. The owner
 * and department given become the task's first assignees.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { recordAudit } from '../audit/record-audit.js';
import { resolveDeadline } from '../import/deadline.js';
import { insertAssignees } from '../plan/task-assignees.js';
import type { CreateTaskInput } from './task.schema.js';
import { assertReferences, deadlineFields } from './task-references.js';

export async function createTask(options: {
  db: Kysely<Database>;
  actor: Actor;
  planId: number;
  planYear: number;
  input: CreateTaskInput;
  now: Date;
}) {
  const { db, input } = options;
  await assertReferences(db, input);
  return db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('tasks')
      .select((eb) => eb.fn.max('no').as('no'))
      .where('plan_id', '=', options.planId)
      .executeTakeFirst();
    const values = {
      plan_id: options.planId,
      no: input.no ?? Number(last?.no ?? 0) + 1,
      content: input.content,
      owner_person_id: input.ownerPersonId ?? null,
      department_unit_id: input.departmentUnitId ?? null,
      leader_person_id: input.leaderPersonId ?? null,
      notes: input.notes ?? null,
      status: 'open',
      updated_at: options.now.toISOString(),
      ...deadlineFields(input, options.planYear, resolveDeadline),
    };
    const row = await trx
      .insertInto('tasks')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertAssignees(trx, row.id, {
      owners: values.owner_person_id === null ? [] : [values.owner_person_id],
      leadDepartments: values.department_unit_id === null ? [] : [values.department_unit_id],
      coDepartments: [],
    });
    await recordAudit(trx, {
      actor: options.actor,
      planId: options.planId,
      entity: 'task',
      entityId: row.id,
      action: 'create',
      after: values,
    });
    return row.id;
  });
}
