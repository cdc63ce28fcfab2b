/**
 * Optimistic locking over HTTP: responses carry `ETag: "v<version>"`; writes send `If-Match` with
 * it (or `version` in the body). A stale If-Match is 412, a stale body version 409, neither 428.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { ExpectedVersion } from '../versioning.js';
import { positiveInt } from '../positive-int.js';

/** Body of state changes that carry nothing but, optionally, the version (Fastify gives null for none). */
export const versionBody = z.object({ version: positiveInt.optional() }).nullish();

export const etag = (version: number) => `"v${version}"`;

export function sendVersioned<T extends { version: number }>(reply: FastifyReply, body: T): T {
  void reply.header('ETag', etag(body.version));
  return body;
}

export function expectedVersion(request: FastifyRequest, bodyVersion?: number): ExpectedVersion {
  const header = request.headers['if-match'];
  if (typeof header === 'string' && header !== '') {
    const m = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
    if (!m)
      throw new AppError(
        'bad_request',
        'If-Match 格式应为 "v<版本>" / If-Match must be "v<version>"',
        [{ field: 'headers.if-match', message: 'expected "v<version>"' }],
      );
    return { version: Number(m[1]), source: 'if-match' };
  }
  if (bodyVersion !== undefined) return { version: bodyVersion, source: 'body' };
  throw new AppError(
    'precondition_required',
    '修改需要 If-Match 或 version / send If-Match or version with every change',
    [{ field: 'headers.if-match', message: 'required' }],
  );
}
