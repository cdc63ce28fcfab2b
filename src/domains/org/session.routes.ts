/** POST/DELETE /api/session and GET /api/me. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { defaultLimits, LoginThrottle } from '../../platform/auth/login-throttle.js';
import {
  actorOf,
  assertCsrf,
  clearSessionCookie,
  sessionCookie,
  setSessionCookie,
} from '../../platform/http/auth.js';
import { getMe } from './get-me.js';
import { logIn, logOut } from './log-in.js';
import { loginBody, meResponse } from './org.schema.js';

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const throttle = new LoginThrottle(defaultLimits, () => app.clock().getTime());

  app.post(
    '/api/session',
    {
      // 429 after too many failed log-ins (platform/auth/login-throttle).
      config: { public: true, errors: [429] },
      schema: { tags: ['session'], body: loginBody, response: { 200: meResponse } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const session = await logIn({
        db: app.store.db,
        throttle,
        username,
        password,
        address: request.ip,
      });
      setSessionCookie(request, reply, session.token);
      request.actor = null;
      return { user: await getMe(app.store.db, session.userId), csrfToken: session.csrfToken };
    },
  );

  app.delete(
    '/api/session',
    { config: { public: true, status: 204, errors: [403] }, schema: { tags: ['session'] } },
    async (request, reply) => {
      const token = request.cookies[sessionCookie];
      const actor = request.actor;
      // Ending someone's session is a write: a cross-site request must not log them out.
      assertCsrf(request);
      // Audited so that the data generation moves and no cache keeps the session alive.
      if (token && actor?.via === 'session') await logOut({ db: app.store.db, token, actor });
      clearSessionCookie(reply);
      return reply.send();
    },
  );

  app.get(
    '/api/me',
    { schema: { tags: ['session'], response: { 200: meResponse } } },
    async (request) => {
      const actor = actorOf(request);
      const user = await getMe(app.store.db, actor.userId);
      // The role and unit the request acts with, as authorization saw them.
      return {
        user: { ...user, role: actor.role, personId: actor.personId, unitId: actor.unitId },
        csrfToken: request.csrfToken,
      };
    },
  );
};
