/**
 * API tokens for integrations (`Authorization: Bearer`). The plain token is shown once, in the
 * answer to POST; lists never show it or its hash. Administrators only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { pageQuery } from '../../platform/http/paging.js';
import { createToken } from './create-token.js';
import { findTokens } from './find-tokens.js';
import { getToken } from './get-token.js';
import { getUser } from './get-user.js';
import { accountListPolicy, userPolicy } from './org.policy.js';
import { presentNewToken, presentToken } from './org.presenter.js';
import { idParams, tokenBody } from './org.schema.js';
import { revokeToken } from './revoke-token.js';

const tags = ['tokens'];

export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/tokens',
    { config: { shape: 'list' }, schema: { tags, querystring: pageQuery } },
    async (request) => {
      const access = await accessOf(db, request);
      authorize(accountListPolicy, access, 'listTokens', null);
      const page = await findTokens({ db, scope: access.scope, page: request.query });
      return { items: page.items.map(presentToken), total: page.total };
    },
  );

  app.post(
    '/api/tokens',
    { config: { status: 201 }, schema: { tags, body: tokenBody } },
    async (request) => {
      const access = await accessOf(db, request);
      const user = await getUser({ db, id: request.body.userId, field: 'body.userId' });
      authorize(userPolicy, access, 'issueToken', user);
      const created = await createToken({ db, actor: access.actor, input: request.body });
      return presentNewToken(created);
    },
  );

  app.delete(
    '/api/tokens/:id',
    { config: { status: 204 }, schema: { tags, params: idParams } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const token = await getToken({ db, id: request.params.id });
      authorize(userPolicy, access, 'revokeToken', token);
      await revokeToken({ db, actor: access.actor, id: token.id });
      return reply.send();
    },
  );
};
