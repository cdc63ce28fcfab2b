/** People (人员): owners and leaders of tasks. Everyone reads those in scope; administrators write. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { createPerson } from './create-person.js';
import { findPeople } from './find-people.js';
import { getPerson } from './get-person.js';
import { personPolicy } from './org.policy.js';
import { presentPerson } from './org.presenter.js';
import { idParams, peopleQuery, personBody, personPatch } from './org.schema.js';
import { updatePerson } from './update-person.js';

const tags = ['people'];

export const personRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/people',
    { config: { shape: 'list' }, schema: { tags, querystring: peopleQuery } },
    async (request) => {
      const access = await accessOf(db, request);
      const page = await findPeople({ db, scope: access.scope, filter: request.query });
      return { items: page.items.map(presentPerson), total: page.total };
    },
  );

  app.get('/api/people/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    const access = await accessOf(db, request);
    const person = await getPerson({ db, id: request.params.id });
    authorize(personPolicy, access, 'read', person);
    return sendVersioned(reply, presentPerson(person));
  });

  app.post(
    '/api/people',
    { config: { status: 201 }, schema: { tags, body: personBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      authorize(personPolicy, access, 'create', { unit_id: request.body.unitId });
      const person = await createPerson({ db, actor: access.actor, input: request.body });
      return sendVersioned(reply, presentPerson(person));
    },
  );

  app.patch(
    '/api/people/:id',
    { schema: { tags, params: idParams, body: personPatch } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const person = await getPerson({ db, id: request.params.id });
      authorize(personPolicy, access, 'update', person);
      const { unitId } = request.body;
      if (unitId !== undefined && unitId !== person.unit_id) {
        authorize(personPolicy, access, 'create', { unit_id: unitId });
      }
      const expected = expectedVersion(request, request.body.version);
      const changes = request.body;
      const updated = await updatePerson({
        db,
        actor: access.actor,
        id: person.id,
        changes,
        expected,
      });
      return sendVersioned(reply, presentPerson(updated));
    },
  );
};
