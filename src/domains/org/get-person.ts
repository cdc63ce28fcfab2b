/** One person by id, or not_found naming the request field that referred to them. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, PersonTable } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';

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
    throw notFound({ zh: '人员', en: 'person' }, id, details);
  }
  return person;
}
