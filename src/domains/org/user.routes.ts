/** Accounts (用户): who may log in, with which role and unit. Administrators only. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { accessOf, authorize, type Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { pageQuery } from '../../platform/http/paging.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { createUser, unitOfNewUser } from './create-user.js';
import { findUsers } from './find-users.js';
import { getPerson } from './get-person.js';
import { getUser } from './get-user.js';
import { accountListPolicy, personPolicy, userPolicy } from './org.policy.js';
import { presentUser } from './org.presenter.js';
import { idParams, userBody, userPatch } from './org.schema.js';
import { updateUser } from './update-user.js';

const tags = ['users'];

/** The person an account is to act as must be one the actor administers. */
async function authorizePersonLink(
  db: Kysely<Database>,
  access: Access,
  personId: number | null | undefined,
): Promise<void> {
  if (personId === undefined || personId === null) return;
  const person = await getPerson({ db, id: personId, field: 'body.personId' });
  if (!personPolicy.linkAccount(access, person))
    throw new AppError(
      'forbidden',
      '只能关联本单位及下级单位的人员 / an account can be linked only to a person of a unit you administer',
      [{ field: 'body.personId', message: 'not a person of a unit you administer' }],
    );
}

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/users',
    { config: { shape: 'list' }, schema: { tags, querystring: pageQuery } },
    async (request) => {
      const access = await accessOf(db, request);
      authorize(accountListPolicy, access, 'listUsers', null);
      const page = await findUsers({ db, scope: access.scope, page: request.query });
      return { items: page.items.map(presentUser), total: page.total };
    },
  );

  app.get('/api/users/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    const access = await accessOf(db, request);
    const user = await getUser({ db, id: request.params.id });
    authorize(userPolicy, access, 'read', user);
    return sendVersioned(reply, presentUser(user));
  });

  app.post(
    '/api/users',
    { config: { status: 201 }, schema: { tags, body: userBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      authorize(userPolicy, access, 'create', { unit_id: await unitOfNewUser(db, request.body) });
      await authorizePersonLink(db, access, request.body.personId);
      const user = await createUser({ db, actor: access.actor, input: request.body });
      return sendVersioned(reply, presentUser(user));
    },
  );

  app.patch(
    '/api/users/:id',
    { schema: { tags, params: idParams, body: userPatch } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const user = await getUser({ db, id: request.params.id });
      authorize(userPolicy, access, 'update', user);
      const { unitId } = request.body;
      if (unitId !== undefined && unitId !== user.unit_id) {
        authorize(userPolicy, access, 'create', { unit_id: unitId });
      }
      const { personId } = request.body;
      if (personId !== user.person_id) await authorizePersonLink(db, access, personId);
      const expected = expectedVersion(request, request.body.version);
      const changes = request.body;
      const updated = await updateUser({ db, actor: access.actor, id: user.id, changes, expected });
      return sendVersioned(reply, presentUser(updated));
    },
  );
};
