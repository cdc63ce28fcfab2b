/**
 * Checks shared by task writes: referenced people and units exist (422 naming the field), and the
 * deadline columns derived from a phrase or explicit dates.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import type { DeadlineWindow } from '../import/draft.js';

interface References {
  ownerPersonId?: number | null | undefined;
  leaderPersonId?: number | null | undefined;
  departmentUnitId?: number | null | undefined;
}

export async function assertReferences(db: Kysely<Database>, input: References): Promise<void> {
  const checks: [keyof References, 'people' | 'units'][] = [
    ['ownerPersonId', 'people'],
    ['leaderPersonId', 'people'],
    ['departmentUnitId', 'units'],
  ];
  for (const [field, table] of checks) {
    const id = input[field];
    if (id === undefined || id === null) continue;
    const found = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
    if (!found)
      throw new AppError('unprocessable', `${field} ${id} 不存在 / ${field} ${id} does not exist`, [
        { field: `body.${field}`, message: 'not found' },
      ]);
  }
}

interface DeadlineInput {
  deadlineText?: string | null | undefined;
  startDate?: string | null | undefined;
  dueDate?: string | null | undefined;
}

/** Columns for the deadline: explicit dates win over what the phrase resolves to. */
export function deadlineFields(
  input: DeadlineInput,
  year: number,
  resolve: (text: string, year: number) => DeadlineWindow | null,
) {
  const window = input.deadlineText ? resolve(input.deadlineText, year) : null;
  if (input.deadlineText && !window && input.dueDate === undefined) {
    throw new AppError(
      'unprocessable',
      `无法识别完成时间“${input.deadlineText}” / cannot read the completion time`,
      [{ field: 'body.deadlineText', message: 'unrecognised phrase' }],
    );
  }
  const fields: {
    deadline_text?: string | null;
    start_date?: string | null;
    due_date?: string | null;
    recurring?: string | null;
  } = {};
  if (input.deadlineText !== undefined) {
    fields.deadline_text = input.deadlineText;
    fields.start_date = window?.start ?? null;
    fields.due_date = window?.due ?? null;
    fields.recurring = window?.recurring ?? null;
  }
  if (input.startDate !== undefined) fields.start_date = input.startDate;
  if (input.dueDate !== undefined) fields.due_date = input.dueDate;
  assertStartNotAfterDue(fields.start_date, fields.due_date);
  return fields;
}

/** A task's window may not end before it starts: 422 naming the field that was written. */
export function assertStartNotAfterDue(
  start: string | null | undefined,
  due: string | null | undefined,
  field: 'startDate' | 'dueDate' = 'startDate',
): void {
  if (start && due && start > due) {
    throw new AppError('unprocessable', '开始日期晚于完成日期 / start is after due', [
      { field: `body.${field}`, message: `${start} is after ${due}` },
    ]);
  }
}
