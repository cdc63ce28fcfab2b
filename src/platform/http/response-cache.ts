/**
 * Caches the JSON of expensive reads (task lists with their lights) per data generation, viewer
 * scope and URL. A hit costs one or two small queries (the generations) instead of the whole
 * computation. A read of one plan keys on that plan's chain and the organisation's, so writes to
 * other plans leave it cached; any other read keys on the newest event of all (db/generation.ts).
 * Read permissions depend only on role and unit, which the key includes. The ETag lets a browser
 * revalidate with a 304. The cache holds at most 32 MB of JSON text, and keeps a response the second
 * time its key is asked for (SecondHitLru): one-off reads are answered but not stored.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { chainGeneration, dataGeneration } from '../db/generation.js';
import { SecondHitLru } from '../lru.js';
import { actorOf } from './auth.js';

interface Entry {
  body: string;
  etag: string;
}

const maxBytes = 32 * 1024 * 1024;
// A JavaScript string holds two bytes a character.
const entries = new SecondHitLru<string, Entry>({
  capacity: maxBytes,
  weigh: (e) => 2 * e.body.length + 64,
  remembered: 10_000,
});

export interface CacheKey {
  /** Anything else the response depends on, e.g. today's date for status lights. */
  variant: string;
  /** The one plan the read shows, if it reads no other plan's data. */
  planId?: number;
}

const planGenerations = new WeakMap<FastifyRequest, Map<number, number>>();

/**
 * A plan's generation together with the organisation's (read as the request began, http/auth.ts),
 * read once per request.
 */
export async function planGeneration(request: FastifyRequest, planId: number): Promise<string> {
  let read = planGenerations.get(request);
  if (!read) planGenerations.set(request, (read = new Map<number, number>()));
  let generation = read.get(planId);
  if (generation === undefined) {
    generation = await chainGeneration(request.server.store.db, planId);
    read.set(planId, generation);
  }
  return `plan:${planId}:${request.generation}:${generation}`;
}

async function generationOf(request: FastifyRequest, planId: number | undefined) {
  if (planId === undefined) return `all:${await dataGeneration(request.server.store.db)}`;
  return planGeneration(request, planId);
}

export async function cachedJson(
  request: FastifyRequest,
  reply: FastifyReply,
  { variant, planId }: CacheKey,
  compute: () => Promise<unknown>,
): Promise<string | undefined> {
  const actor = actorOf(request);
  const generation = await generationOf(request, planId);
  const key = [generation, actor.role, actor.unitId ?? '', variant, request.url].join('|');
  let entry = entries.get(key);
  if (!entry) {
    const body = JSON.stringify(await compute());
    entry = {
      body,
      etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
    };
    entries.offer(key, entry);
  }
  void reply.header('ETag', entry.etag).type('application/json; charset=utf-8');
  if (request.headers['if-none-match'] === entry.etag) {
    void reply.status(304);
    return undefined;
  }
  return entry.body;
}
