/**
 * Authentication for /api: a session cookie (httpOnly, SameSite=Strict, Secure behind TLS) or an
 * `Authorization: Bearer` API token. Cookie-authenticated writes must echo the session's CSRF
 * token in `X-CSRF-Token`; token writes need none. Routes opt out with `config: { public: true }`.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { loadActor, type Actor } from '../auth/actor.js';
import { findApiToken, findSession, sessionHours } from '../auth/credentials.js';
import { AppError } from '../errors.js';

export const sessionCookie = 'duban_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    public?: boolean;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

async function authenticate(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    const token = await findApiToken(app.store.db, bearer);
    if (!token)
      throw new AppError('unauthenticated', 'API 令牌无效或已撤销 / invalid or revoked API token');
    request.actor = await loadActor(app.store.db, token.user_id, 'token');
    return;
  }
  const value = request.cookies[sessionCookie];
  if (!value) return;
  const session = await findSession(app.store.db, value);
  if (!session) return;
  request.actor = await loadActor(app.store.db, session.user_id, 'session');
  request.csrfToken = session.csrf_token;
}

export const authPlugin = fp(async (app: FastifyInstance) => {
  await app.register(cookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    await authenticate(app, request);
    if (request.routeOptions.config.public || request.url.startsWith('/api/docs')) return;
    if (!request.actor) throw new AppError('unauthenticated', '请先登录 / please log in');
    const header = request.headers['x-csrf-token'];
    if (
      request.actor.via === 'session' &&
      !safeMethods.has(request.method) &&
      header !== request.csrfToken
    ) {
      throw new AppError(
        'forbidden',
        'CSRF 校验失败：缺少或错误的 X-CSRF-Token / missing or wrong X-CSRF-Token',
      );
    }
  });
});

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
