/**
 * The unit tree's invariant: following parents from any unit ends at the top. A unit placed under
 * itself or under one of its own sub-units would make scopes (unit-scope.ts) loop or vanish.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';

/** Throws unprocessable when putting unitId under parentId would close a loop. */
export async function assertNoCycle(
  db: Kysely<Database>,
  unitId: number,
  parentId: number,
): Promise<void> {
  const units = await db.selectFrom('units').select(['id', 'parent_id']).execute();
  const parentOf = new Map(units.map((u) => [u.id, u.parent_id]));
  const seen = new Set<number>();
  for (let p: number | null = parentId; p !== null && !seen.has(p); p = parentOf.get(p) ?? null) {
    if (p === unitId) {
      throw new AppError(
        'unprocessable',
        '上级单位不能是本单位或其下级 / a unit cannot be placed under itself or its own sub-unit',
        [{ field: 'body.parentId', message: 'would create a cycle' }],
      );
    }
    seen.add(p);
  }
}
