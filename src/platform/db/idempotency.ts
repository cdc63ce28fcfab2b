/**
 * The write side of idempotency keys. The HTTP layer runs a keyed request inside
 * `idempotentRequests.run(context, …)`; recordAudit, which every write calls inside its
 * transaction, then calls claimIdempotencyKey with that transaction. So the key row commits
 * exactly when the write does: a crash can lose the stored response but never let a retry write
 * twice. A second request with the same key that reaches its transaction finds the row and is
 * rolled back with 409.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import { AppError } from '../errors.js';
import type { Database } from './schema.js';

export interface IdempotentRequest {
  userId: number;
  key: string;
  requestHash: string;
  /** ISO time of the request (the app clock). */
  at: string;
  /** Set once this request's key row has been written in a transaction. */
  claimed: boolean;
}

export const idempotentRequests = new AsyncLocalStorage<IdempotentRequest>();

/** Keys are kept this long; older rows are deleted by the next keyed write. */
export const idempotencyKeyHours = 24;

export function keyExpiry(at: string): string {
  return new Date(Date.parse(at) - idempotencyKeyHours * 3_600_000).toISOString();
}

export const keyInFlight = (key: string) =>
  new AppError(
    'conflict',
    `幂等键 ${key} 的请求正在处理 / a request with Idempotency-Key ${key} is already in progress`,
    [{ field: 'headers.idempotency-key', message: 'in progress' }],
  );

/** Records the current request's key in the caller's transaction; a no-op without one. */
export async function claimIdempotencyKey(
  trx: Kysely<Database>,
  record: { entity: string; entityId: number | null },
): Promise<void> {
  const request = idempotentRequests.getStore();
  if (!request || request.claimed) return;
  await trx
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', keyExpiry(request.at))
    .execute();
  const result = await trx
    .insertInto('idempotency_keys')
    .values({
      user_id: request.userId,
      key: request.key,
      request_hash: request.requestHash,
      entity: record.entity,
      entity_id: record.entityId,
      status: null,
      headers: null,
      body: null,
      created_at: request.at,
    })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) throw keyInFlight(request.key);
  request.claimed = true;
}
