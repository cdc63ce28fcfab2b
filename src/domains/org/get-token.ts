/**
 * API tokens without their hash, with the unit of the account they act as (which decides who
 * administers them); one by id or not_found.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';

export const selectTokens = (db: Kysely<Database>) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.user_id',
      'api_tokens.created_by',
      'api_tokens.created_at',
      'api_tokens.revoked_at',
      'api_tokens.last_used_at',
      'users.unit_id',
    ]);

export type TokenRow = Awaited<
  ReturnType<ReturnType<typeof selectTokens>['executeTakeFirstOrThrow']>
>;

export async function getToken(options: { db: Kysely<Database>; id: number }): Promise<TokenRow> {
  const { db, id } = options;
  const token = await selectTokens(db).where('api_tokens.id', '=', id).executeTakeFirst();
  if (!token) throw notFound({ zh: 'API 令牌', en: 'API token' }, id);
  return token;
}
