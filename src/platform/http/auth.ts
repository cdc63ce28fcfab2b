/**
 * Authentication for /api: a session cookie (httpOnly, SameSite=Strict, Secure behind TLS) or an
 * `Authorization: Bearer` API token. Cookie-authenticated writes must echo the session's CSRF
 * token in `X-CSRF-Token`; token writes need none. Routes opt out with `config: { public: true }`;
 * log-out is public (it answers 204 without a session) but checks the token when it ends one.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { loadActor, type Actor } from '../auth/actor.js';
import { digest, findApiToken, findSession, sessionHours } from '../auth/credentials.js';
import { organisationGeneration } from '../db/generation.js';
import { Lru } from '../lru.js';
import { AppError } from '../errors.js';

export const sessionCookie = 'duban_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    /** The organisation chain's generation when the request began (db/generation.ts). */
    generation: number;
  }
  interface FastifyContextConfig {
    public?: boolean;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Credential {
  generation: number;
  actor: Actor | null;
  csrfToken: string | null;
  expiresAt: string | null;
}

/**
 * Resolved credentials, reused while the organisation's generation is unchanged: revoking a token,
 * disabling a user or logging out is an audited write on its chain and so invalidates every entry;
 * writes to a plan's data leave them be.
 */
const credentials = new Lru<string, Credential>(10_000);

async function resolve(
  app: FastifyInstance,
  kind: 'token' | 'session',
  secret: string,
  generation: number,
): Promise<Credential> {
  const key = `${kind}:${digest(secret)}`;
  const cached = credentials.get(key);
  if (
    cached &&
    cached.generation === generation &&
    (!cached.expiresAt || cached.expiresAt > new Date().toISOString())
  )
    return cached;
  const { db } = app.store;
  let credential: Credential = { generation, actor: null, csrfToken: null, expiresAt: null };
  if (kind === 'token') {
    const token = await findApiToken(db, secret);
    if (token) credential = { ...credential, actor: await loadActor(db, token.user_id, 'token') };
  } else {
    const session = await findSession(db, secret);
    if (session)
      credential = {
        generation,
        actor: await loadActor(db, session.user_id, 'session'),
        csrfToken: session.csrf_token,
        expiresAt: session.expires_at,
      };
  }
  credentials.set(key, credential);
  return credential;
}

async function authenticate(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  request.generation = await organisationGeneration(app.store.db);
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    const { actor } = await resolve(app, 'token', bearer, request.generation);
    if (!actor)
      throw new AppError('unauthenticated', 'API 令牌无效或已撤销 / invalid or revoked API token');
    request.actor = actor;
    return;
  }
  const value = request.cookies[sessionCookie];
  if (!value) return;
  const session = await resolve(app, 'session', value, request.generation);
  request.actor = session.actor;
  request.csrfToken = session.csrfToken;
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('generation', 0);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    await authenticate(app, request);
    if (request.routeOptions.config.public || request.url.startsWith('/api/docs')) return;
    if (!request.actor) throw new AppError('unauthenticated', '请先登录 / please log in');
    assertCsrf(request);
  });
});

/**
 * A write made with the session cookie must echo the session's CSRF token. The hook checks every
 * non-public route; a public route that acts on a session it finds (log-out) calls this itself.
 */
export function assertCsrf(request: FastifyRequest): void {
  if (request.actor?.via !== 'session' || safeMethods.has(request.method)) return;
  if (request.headers['x-csrf-token'] === request.csrfToken) return;
  throw new AppError(
    'forbidden',
    'CSRF 校验失败：缺少或错误的 X-CSRF-Token / missing or wrong X-CSRF-Token',
  );
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
): void {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: sessionHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
}

/** The acting user; only for routes that are not public, where the hook guarantees one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', '请先登录 / please log in');
  return request.actor;
}
