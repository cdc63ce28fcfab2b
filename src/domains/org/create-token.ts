/**
 * Issues an API token for an integration acting as an existing, active account. The plain token
 * is returned once, here; only its hash is stored and audited events never see it.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import { createApiToken } from '../../platform/auth/credentials.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { selectTokens, type TokenRow } from './get-token.js';
import { getUser } from './get-user.js';
import type { TokenInput } from './org.schema.js';

export async function createToken(options: {
  db: Kysely<Database>;
  actor: Actor;
  input: TokenInput;
}): Promise<{ row: TokenRow; token: string }> {
  const { db, actor, input } = options;
  const user = await getUser({ db, id: input.userId, field: 'body.userId' });
  if (user.disabled) {
    throw new AppError('unprocessable', '该用户已停用 / this user is disabled', [
      { field: 'body.userId', message: 'user is disabled' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const created = await createApiToken(trx, {
      name: input.name,
      userId: user.id,
      createdBy: actor.userId,
    });
    const row = await selectTokens(trx)
      .where('api_tokens.id', '=', created.id)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      planId: null,
      entity: 'api_token',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return { row, token: created.token };
  });
}
