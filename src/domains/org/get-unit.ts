/** One unit by id, or not_found naming the request field that referred to it. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, UnitTable } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';

export type UnitRow = Selectable<UnitTable>;

export async function getUnit(options: {
  db: Kysely<Database>;
  id: number;
  field?: string;
}): Promise<UnitRow> {
  const { db, id, field } = options;
  const unit = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  if (!unit) {
    const details = field ? [{ field, message: `unit ${id} not found` }] : [];
    throw notFound({ zh: '单位', en: 'unit' }, id, details);
  }
  return unit;
}
