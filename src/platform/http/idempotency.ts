/**
 * Idempotency keys for writes (RFC draft "The Idempotency-Key HTTP Header Field"): an
 * authenticated POST may carry `Idempotency-Key: <1–200 printable characters>`. The key is stored
 * per user inside the write's own transaction (db/idempotency.ts) with a hash of method, path and
 * body, and the response once it is sent. A retry with the same key and request replays that
 * response with `Idempotent-Replayed: true`; the same key with another request is 422; a retry
 * while the first is still running, or whose response a crash lost after the write committed,
 * is 409 naming the record written. The response is stored in onSend, before any byte reaches the
 * client, so an acknowledged write always replays; only text responses (JSON) are stored, a file
 * answer is 409 on retry. Multipart bodies are streamed to the handler, so for uploads the hash
 * covers method and path only. Keys expire after 24 hours.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { idempotentRequests, keyExpiry, type IdempotentRequest } from '../db/idempotency.js';
import type { IdempotencyKeyTable } from '../db/tables/idempotency.js';
import { AppError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: IdempotentRequest | null;
  }
}

const header = 'idempotency-key';
const replayedHeaders = ['content-type', 'etag', 'location'] as const;

/** Documents the header on every keyed route and refuses a malformed key with 400. */
export const idempotencyHeaders = z.looseObject({
  [header]: z
    .string()
    .regex(/^[\x20-\x7e]{1,200}$/, '1–200 printable ASCII characters')
    .optional()
    .meta({
      description:
        '幂等键：重试时携带同一键，不会重复写入 / retries with the same key replay the first response (24 h)',
    }),
});

const storedHeaders = z.record(z.string(), z.string());

const keyed = (route: RouteOptions) => route.method === 'POST' && !route.config?.public;

function requestHash(request: FastifyRequest): string {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
  const body = type === 'multipart/form-data' ? null : (request.body ?? null);
  return createHash('sha256')
    .update(JSON.stringify([request.method, request.url, type, body]))
    .digest('hex');
}

async function findKey(app: FastifyInstance, userId: number, key: string, at: string) {
  return app.store.db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .where('created_at', '>=', keyExpiry(at))
    .executeTakeFirst();
}

function replay(reply: FastifyReply, row: IdempotencyKeyTable, key: string) {
  if (row.status === null || row.body === null) {
    const record = `${row.entity ?? 'record'} ${row.entity_id ?? ''}`.trim();
    throw new AppError(
      'conflict',
      `幂等键 ${key} 的写入已完成（${record}），原响应未保存，请直接读取该记录 / the write of Idempotency-Key ${key} was applied (${record}) but its response was not stored; read the record instead`,
      [{ field: 'headers.idempotency-key', message: `applied: ${record}` }],
    );
  }
  const headers = storedHeaders.parse(JSON.parse(row.headers ?? '{}'));
  return reply
    .status(row.status)
    .headers(headers)
    .header('idempotent-replayed', 'true')
    .send(row.body);
}

async function preHandler(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const key = request.headers[header];
  if (typeof key !== 'string' || !request.actor || request.method !== 'POST') return;
  const at = app.clock().toISOString();
  const hash = requestHash(request);
  const row = await findKey(app, request.actor.userId, key, at);
  if (!row) {
    request.idempotency = {
      userId: request.actor.userId,
      key,
      requestHash: hash,
      at,
      claimed: false,
    };
    return;
  }
  if (row.request_hash !== hash)
    throw new AppError(
      'unprocessable',
      `幂等键 ${key} 已用于另一个请求 / Idempotency-Key ${key} was already used for a different request`,
      [{ field: 'headers.idempotency-key', message: 'reused with a different request' }],
    );
  return replay(reply, row, key);
}

async function storeResponse(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
) {
  const ctx = request.idempotency;
  if (!ctx?.claimed || typeof payload !== 'string') return;
  const headers = Object.fromEntries(
    replayedHeaders.flatMap((name) => {
      const value = reply.getHeader(name);
      return value === undefined ? [] : [[name, String(value)]];
    }),
  );
  await app.store.db
    .updateTable('idempotency_keys')
    .set({ status: reply.statusCode, headers: JSON.stringify(headers), body: payload })
    .where('user_id', '=', ctx.userId)
    .where('key', '=', ctx.key)
    .execute();
}

export const idempotencyPlugin = fp((app: FastifyInstance) => {
  app.decorateRequest('idempotency', null);
  app.addHook('onRoute', (route) => {
    if (!keyed(route)) return;
    route.schema = { ...route.schema, headers: route.schema?.headers ?? idempotencyHeaders };
    const handler = route.handler;
    route.handler = function (request, reply) {
      const ctx = request.idempotency;
      return ctx
        ? idempotentRequests.run(ctx, () => handler.call(this, request, reply))
        : handler.call(this, request, reply);
    };
  });
  app.addHook('preHandler', (request, reply) => preHandler(app, request, reply));
  app.addHook('onSend', async (request, reply, payload) => {
    try {
      await storeResponse(app, request, reply, payload);
    } catch (error) {
      // The write itself committed; a lost response only makes retries answer 409.
      request.log.error({ err: error }, 'idempotency response not stored');
    }
    return payload;
  });
  return Promise.resolve();
});
