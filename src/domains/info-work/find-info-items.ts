/**
 * Lists information items, newest first, cut to the units the actor reads (their own and those
 * below) and filtered by unit, month or year of submission.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import type { Page } from '../../platform/http/paging.js';
import type { InfoItemRow } from './get-info-item.js';
import type { ItemListQuery } from './info-work.schema.js';

export async function findInfoItems(options: {
  db: Kysely<Database>;
  access: Access;
  query: ItemListQuery;
}): Promise<Page<InfoItemRow>> {
  const { db, access, query } = options;
  const { scope } = access;
  let q = db
    .selectFrom('information_items')
    .innerJoin('units', 'units.id', 'information_items.unit_id');
  if (!scope.all) q = q.where('information_items.unit_id', 'in', [0, ...scope.below]);
  if (query.unitId !== undefined) q = q.where('information_items.unit_id', '=', query.unitId);
  const prefix = query.month ?? (query.year === undefined ? null : String(query.year));
  if (prefix !== null) q = q.where('information_items.submitted_on', 'like', `${prefix}-%`);
  const count = await q
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  const items = await q
    .selectAll('information_items')
    .select('units.name as unit_name')
    .orderBy('information_items.submitted_on', 'desc')
    .orderBy('information_items.id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { items, total: Number(count.n) };
}
