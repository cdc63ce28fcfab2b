/**
 * Passwords: POST /api/me/password (one's own, the current one first; wrong guesses are throttled
 * like log-ins) and POST /api/users/:id/password (an administrator of the user's unit sets a new
 * one, to be changed at the next log-in). Both end the account's other sessions.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { defaultLimits, LoginThrottle } from '../../platform/auth/login-throttle.js';
import { AppError } from '../../platform/errors.js';
import { actorOf, sessionCookie } from '../../platform/http/auth.js';
import { changeOwnPassword, resetPassword } from './change-password.js';
import { getUser } from './get-user.js';
import { userPolicy } from './org.policy.js';
import { idParams, passwordChangeBody, passwordResetBody } from './org.schema.js';

export const passwordRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const throttle = new LoginThrottle(defaultLimits, () => app.clock().getTime());

  app.post(
    '/api/me/password',
    {
      config: { status: 204, errors: [429] },
      schema: { tags: ['session'], body: passwordChangeBody },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      if (actor.via !== 'session')
        throw new AppError(
          'forbidden',
          '只能在登录后修改自己的密码，API 令牌不能修改 / an API token cannot change a password',
        );
      const key = `password:${actor.userId}`;
      const wait = throttle.retryAfter(key, request.ip);
      if (wait > 0)
        throw new AppError(
          'rate_limited',
          `当前密码错误次数过多，请 ${wait} 秒后再试 / too many wrong passwords, retry in ${wait} s`,
          [],
          wait,
        );
      try {
        await changeOwnPassword({
          db,
          actor,
          ...request.body,
          sessionToken: request.cookies[sessionCookie] ?? null,
        });
      } catch (error) {
        if (error instanceof AppError && error.details[0]?.field === 'body.currentPassword')
          throttle.fail(key, request.ip);
        throw error;
      }
      throttle.succeed(key, request.ip);
      return reply.send();
    },
  );

  app.post(
    '/api/users/:id/password',
    {
      config: { status: 204 },
      schema: { tags: ['users'], params: idParams, body: passwordResetBody },
    },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const user = await getUser({ db, id: request.params.id });
      authorize(userPolicy, access, 'update', user);
      await resetPassword({
        db,
        actor: access.actor,
        userId: user.id,
        password: request.body.password,
        sessionToken:
          access.actor.via === 'session' ? (request.cookies[sessionCookie] ?? null) : null,
      });
      return reply.send();
    },
  );
};
