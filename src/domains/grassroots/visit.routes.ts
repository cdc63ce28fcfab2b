/**
 * Grassroots visits (深入基层): recorded and voided by the person themselves or an administrator
 * of their unit; listed for the people in the reader's scope. Visits are never edited: a
 * correction voids and records again, so each write is one audit event and nothing is versioned.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { findVisits } from './find-visits.js';
import { getGrassrootsPerson } from './get-grassroots-person.js';
import { getVisit } from './get-visit.js';
import { grassrootsPolicy } from './grassroots.policy.js';
import { presentVisit } from './grassroots.presenter.js';
import { idParams, visitBody, visitQuery, voidBody } from './grassroots.schema.js';
import { recordVisit } from './record-visit.js';
import { voidVisit } from './void-visit.js';

const tags = ['grassroots'];

export const visitRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/grassroots/visits',
    { config: { shape: 'list' }, schema: { tags, querystring: visitQuery } },
    async (request) => {
      const access = await accessOf(db, request);
      const page = await findVisits({
        db,
        scope: access.scope,
        query: request.query,
        today: calendarDate(app.clock()),
      });
      return { items: page.items.map(presentVisit), total: page.total };
    },
  );

  app.post(
    '/api/grassroots/visits',
    { config: { status: 201 }, schema: { tags, body: visitBody } },
    async (request) => {
      const access = await accessOf(db, request);
      const person = await getGrassrootsPerson({
        db,
        personId: request.body.personId,
        field: 'body.personId',
      });
      authorize(grassrootsPolicy, access, 'recordVisit', person);
      const row = await recordVisit({
        db,
        actor: access.actor,
        input: request.body,
        now: app.clock(),
      });
      return presentVisit(row);
    },
  );

  app.post(
    '/api/grassroots/visits/:id/void',
    { schema: { tags, params: idParams, body: voidBody } },
    async (request) => {
      const access = await accessOf(db, request);
      const visit = await getVisit({ db, id: request.params.id });
      authorize(grassrootsPolicy, access, 'voidVisit', visit);
      const row = await voidVisit({
        db,
        actor: access.actor,
        id: visit.id,
        reason: request.body.reason,
        now: app.clock(),
      });
      return presentVisit(row);
    },
  );
};
