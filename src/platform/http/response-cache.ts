/**
 * Caches the JSON of expensive reads (task lists with their lights) per data generation, viewer
 * scope and URL. A hit costs one small query (the generation) instead of the whole computation;
 * any audited write moves the generation on, so nothing stale is served. Read permissions depend
 * only on role and unit, which the key includes. The ETag lets a browser revalidate with a 304.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Lru } from '../lru.js';
import { actorOf } from './auth.js';

interface Entry {
  body: string;
  etag: string;
}

const entries = new Lru<string, Entry>(500);

export async function cachedJson(
  request: FastifyRequest,
  reply: FastifyReply,
  /** Anything else the response depends on, e.g. today's date for status lights. */
  variant: string,
  compute: () => Promise<unknown>,
): Promise<string | undefined> {
  const actor = actorOf(request);
  const key = [request.generation, actor.role, actor.unitId ?? '', variant, request.url].join('|');
  let entry = entries.get(key);
  if (!entry) {
    const body = JSON.stringify(await compute());
    entry = {
      body,
      etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
    };
    entries.set(key, entry);
  }
  void reply.header('ETag', entry.etag).type('application/json; charset=utf-8');
  if (request.headers['if-none-match'] === entry.etag) {
    void reply.status(304);
    return undefined;
  }
  return entry.body;
}
