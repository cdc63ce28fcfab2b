/** One person by id, or not_found naming the request field that referred to them. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, PersonTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';

export type PersonRow = Selectable<PersonTable>;

export async function getPerson(options: {
  db: Kysely<Database>;
  id: number;
  field?: string;
}): Promise<PersonRow> {
  const { db, id, field } = options;
  const person = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!person) {
    const details = field ? [{ field, message: `person ${id} not found` }] : [];
    throw new AppError('not_found', `人员 ${id} 不存在 / person ${id} not found`, details);
  }
  return person;
}
