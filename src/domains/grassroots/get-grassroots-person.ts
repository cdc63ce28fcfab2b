/** What the grassroots policy needs about a person named in a request, or 422 naming the field. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import type { GrassrootsPersonRecord } from './grassroots.policy.js';

export async function getGrassrootsPerson(options: {
  db: Kysely<Database>;
  personId: number;
  field: string;
  /** A person named in the path is not found (404); one named in the body is a bad reference (422). */
  missing?: 'not_found' | 'unprocessable';
}): Promise<GrassrootsPersonRecord & { name: string }> {
  const { db, personId, field } = options;
  const person = await db
    .selectFrom('people')
    .select(['id', 'unit_id', 'name'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person)
    throw new AppError(
      options.missing ?? 'unprocessable',
      `人员 ${personId} 不存在 / person ${personId} not found`,
      [{ field, message: `person ${personId} not found` }],
    );
  return { person_id: person.id, unit_id: person.unit_id, name: person.name };
}
