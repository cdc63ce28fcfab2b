/** The units an actor may see, in tree order of creation; unit lists are short, so not paged. */
import type { Kysely } from 'kysely';
import type { UnitScope } from '../../platform/auth/unit-scope.js';
import type { Database } from '../../platform/db/schema.js';
import type { UnitRow } from './get-unit.js';

export async function findUnits(options: {
  db: Kysely<Database>;
  scope: UnitScope;
}): Promise<UnitRow[]> {
  const { db, scope } = options;
  if (!scope.all && scope.unitIds.length === 0) return [];
  let query = db.selectFrom('units').selectAll();
  if (!scope.all) query = query.where('id', 'in', scope.unitIds);
  return query.orderBy('id').execute();
}
