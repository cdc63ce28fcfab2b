/** API tokens of the accounts an administrator manages, newest first, a page at a time. */
import type { Kysely } from 'kysely';
import type { UnitScope } from '../../platform/auth/unit-scope.js';
import type { Database } from '../../platform/db/schema.js';
import type { Page } from '../../platform/http/paging.js';
import { selectTokens, type TokenRow } from './get-token.js';

export async function findTokens(options: {
  db: Kysely<Database>;
  scope: UnitScope;
  page: { limit: number; offset: number };
}): Promise<Page<TokenRow>> {
  const { db, scope, page } = options;
  if (!scope.all && scope.below.length === 0) return { items: [], total: 0 };
  let items = selectTokens(db);
  let count = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select((eb) => eb.fn.countAll<number>().as('n'));
  if (!scope.all) {
    items = items.where('users.unit_id', 'in', scope.below);
    count = count.where('users.unit_id', 'in', scope.below);
  }
  const [rows, total] = await Promise.all([
    items.orderBy('api_tokens.id', 'desc').limit(page.limit).offset(page.offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { items: rows, total: Number(total.n) };
}
