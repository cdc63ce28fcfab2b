/**
 * Grassroots contact (联系基层工作制度): visits and contact points (sub-plugins), each person's
 * category, the yearly minimums, and the totals with their pace as of today, and who is behind.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { contactPointRoutes } from './contact-point.routes.js';
import { getGrassrootsPerson } from './get-grassroots-person.js';
import { grassrootsTotals } from './grassroots-totals.js';
import { grassrootsPolicy, minimumsPolicy } from './grassroots.policy.js';
import { presentMinimums } from './grassroots.presenter.js';
import {
  categoryBody,
  minimumsBody,
  personParams,
  totalsQuery,
  yearParams,
} from './grassroots.schema.js';
import { getMinimums, setMinimums } from './minimums.js';
import { setPersonCategory } from './set-person-category.js';
import { visitRoutes } from './visit.routes.js';

const tags = ['grassroots'];

export const grassrootsRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(visitRoutes);
  await app.register(contactPointRoutes);
  const { db } = app.store;
  const today = () => calendarDate(app.clock());
  const totals = async (request: FastifyRequest, year: number | undefined) => {
    const access = await accessOf(db, request);
    const asOf = today();
    const forYear = year ?? Number(asOf.slice(0, 4));
    const items = await grassrootsTotals({ db, scope: access.scope, year: forYear, today: asOf });
    return { year: forYear, today: asOf, items };
  };

  app.get(
    '/api/grassroots/minimums/:year',
    { schema: { tags, params: yearParams } },
    async (request, reply) => {
      authorize(minimumsPolicy, await accessOf(db, request), 'read', null);
      const row = await getMinimums({ db, year: request.params.year });
      return sendVersioned(reply, presentMinimums(row));
    },
  );

  app.put(
    '/api/grassroots/minimums/:year',
    { schema: { tags, params: yearParams, body: minimumsBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      authorize(minimumsPolicy, access, 'set', null);
      const { leading, staff, version } = request.body;
      const sent = request.headers['if-match'] !== undefined || version !== undefined;
      const row = await setMinimums({
        db,
        actor: access.actor,
        year: request.params.year,
        leading,
        staff,
        expected: sent ? expectedVersion(request, version) : null,
        now: app.clock(),
      });
      return sendVersioned(reply, presentMinimums(row));
    },
  );

  app.put(
    '/api/grassroots/people/:personId/category',
    { schema: { tags, params: personParams, body: categoryBody } },
    async (request) => {
      const access = await accessOf(db, request);
      const person = await getGrassrootsPerson({
        db,
        personId: request.params.personId,
        field: 'params.personId',
        missing: 'not_found',
      });
      authorize(grassrootsPolicy, access, 'manage', person);
      return setPersonCategory({
        db,
        actor: access.actor,
        personId: person.person_id,
        category: request.body.category,
        now: app.clock(),
      });
    },
  );

  app.get(
    '/api/grassroots/totals',
    { config: { shape: 'list' }, schema: { tags, querystring: totalsQuery } },
    async (request) => {
      const { items, ...asOf } = await totals(request, request.query.year);
      return { ...asOf, items, total: items.length };
    },
  );

  app.get(
    '/api/grassroots/behind',
    { config: { shape: 'list' }, schema: { tags, querystring: totalsQuery } },
    async (request) => {
      const { items, ...asOf } = await totals(request, request.query.year);
      const behind = items.filter((p) => p.status === 'behind');
      return { ...asOf, items: behind, total: behind.length };
    },
  );
};
