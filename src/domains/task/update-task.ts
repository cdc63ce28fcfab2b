/**
 * Edits or reassigns a task under optimistic locking: the write names the version it read and
 * fails with 412/409 if someone changed the task since. Before and after go to the audit trail.
 * Reassigning the primary owner or department replaces it in the task's assignee list too.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { updateVersioned } from '../../platform/db/versioned-update.js';
import { notFound } from '../../platform/errors.js';
import { staleVersion, type ExpectedVersion } from '../../platform/versioning.js';
import { recordAudit } from '../audit/record-audit.js';
import { resolveDeadline } from '../import/deadline.js';
import type { UpdateTaskInput } from './task.schema.js';
import { reassignPrimary } from '../plan/task-assignees.js';
import { assertReferences, assertStartNotAfterDue, deadlineFields } from './task-references.js';

type Changes = Partial<{
  content: string;
  owner_person_id: number | null;
  department_unit_id: number | null;
  leader_person_id: number | null;
  notes: string | null;
  status: string;
  deadline_text: string | null;
  start_date: string | null;
  due_date: string | null;
  recurring: string | null;
}>;

export function changesOf(input: UpdateTaskInput, planYear: number): Changes {
  const changes: Changes = { ...deadlineFields(input, planYear, resolveDeadline) };
  if (input.content !== undefined) changes.content = input.content;
  if (input.ownerPersonId !== undefined) changes.owner_person_id = input.ownerPersonId;
  if (input.departmentUnitId !== undefined) changes.department_unit_id = input.departmentUnitId;
  if (input.leaderPersonId !== undefined) changes.leader_person_id = input.leaderPersonId;
  if (input.notes !== undefined) changes.notes = input.notes;
  return changes;
}

export async function updateTask(options: {
  db: Kysely<Database>;
  actor: Actor;
  id: number;
  expected: ExpectedVersion;
  changes: Changes;
  action: string;
  now: Date;
}): Promise<void> {
  const { db, id, changes } = options;
  await assertReferences(db, {
    ownerPersonId: changes.owner_person_id,
    leaderPersonId: changes.leader_person_id,
    departmentUnitId: changes.department_unit_id,
  });
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('tasks')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw notFound({ zh: '任务', en: 'task' }, id);
    if (before.version !== options.expected.version)
      throw staleVersion(options.expected, before.version);
    // One end of the window may change alone: it is checked against the stored other end.
    if (changes.start_date === undefined && changes.due_date !== undefined)
      assertStartNotAfterDue(before.start_date, changes.due_date, 'dueDate');
    if (changes.start_date !== undefined && changes.due_date === undefined)
      assertStartNotAfterDue(changes.start_date, before.due_date);
    const reassigned =
      changes.owner_person_id !== undefined || changes.department_unit_id !== undefined
        ? await reassignPrimary(trx, before, changes)
        : {};
    const after = await updateVersioned(trx, 'tasks', {
      id,
      expected: options.expected,
      set: { ...changes, ...reassigned, updated_at: options.now.toISOString() },
    });
    await recordAudit(trx, {
      actor: options.actor,
      planId: before.plan_id,
      entity: 'task',
      entityId: id,
      action: options.action,
      before,
      after,
    });
  });
}
