/**
 * Contact points (常委联系服务点) of standing-committee members: listed for the members in the
 * reader's scope; created and edited (If-Match) by an administrator of the member's unit.
 * Reassigning a point needs that right over both the old and the new member.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { createContactPoint } from './create-contact-point.js';
import { findContactPoints } from './find-contact-points.js';
import { getContactPoint } from './get-contact-point.js';
import { getGrassrootsPerson } from './get-grassroots-person.js';
import { grassrootsPolicy } from './grassroots.policy.js';
import { presentContactPoint } from './grassroots.presenter.js';
import { contactPointBody, contactPointPatch, idParams } from './grassroots.schema.js';
import { updateContactPoint } from './update-contact-point.js';

const tags = ['grassroots'];

export const contactPointRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const member = (personId: number) =>
    getGrassrootsPerson({ db, personId, field: 'body.personId' });

  app.get(
    '/api/grassroots/contact-points',
    { config: { shape: 'list' }, schema: { tags } },
    async (request) => {
      const access = await accessOf(db, request);
      const page = await findContactPoints({ db, scope: access.scope });
      return { items: page.items.map(presentContactPoint), total: page.total };
    },
  );

  app.post(
    '/api/grassroots/contact-points',
    { config: { status: 201 }, schema: { tags, body: contactPointBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      authorize(grassrootsPolicy, access, 'manage', await member(request.body.personId));
      const row = await createContactPoint({ db, actor: access.actor, input: request.body });
      return sendVersioned(reply, presentContactPoint(row));
    },
  );

  app.patch(
    '/api/grassroots/contact-points/:id',
    { schema: { tags, params: idParams, body: contactPointPatch } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const current = await getContactPoint({ db, id: request.params.id });
      authorize(grassrootsPolicy, access, 'manage', current.member);
      const { personId } = request.body;
      if (personId !== undefined && personId !== current.point.person_id)
        authorize(grassrootsPolicy, access, 'manage', await member(personId));
      const expected = expectedVersion(request, request.body.version);
      const row = await updateContactPoint({
        db,
        actor: access.actor,
        id: current.point.id,
        expected,
        changes: request.body,
      });
      return sendVersioned(reply, presentContactPoint(row));
    },
  );
};
