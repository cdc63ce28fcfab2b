/**
 * Accounts an administrator manages, a page at a time: all of them for a global administrator,
 * otherwise those in their unit and below.
 */
import type { Kysely } from 'kysely';
import type { UnitScope } from '../../platform/auth/unit-scope.js';
import type { Database } from '../../platform/db/schema.js';
import type { Page } from '../../platform/http/paging.js';
import { selectUsers, type UserRow } from './get-user.js';

export async function findUsers(options: {
  db: Kysely<Database>;
  scope: UnitScope;
  page: { limit: number; offset: number };
}): Promise<Page<UserRow>> {
  const { db, scope, page } = options;
  if (!scope.all && scope.below.length === 0) return { items: [], total: 0 };
  let items = selectUsers(db);
  let count = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (!scope.all) {
    items = items.where('unit_id', 'in', scope.below);
    count = count.where('unit_id', 'in', scope.below);
  }
  const [rows, total] = await Promise.all([
    items.orderBy('id').limit(page.limit).offset(page.offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { items: rows, total: Number(total.n) };
}
