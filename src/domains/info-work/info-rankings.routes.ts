/**
 * Assessment routes: the yearly scheme (信息工作考核方案), monthly and yearly rankings of units,
 * and the data of the monthly information-work bulletin. Reads are cached per data generation
 * (any audited write, a scheme change included, moves it on).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { cachedJson } from '../../platform/http/response-cache.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { getInfoScheme } from './get-info-scheme.js';
import { buildInfoBulletin } from './info-bulletin.js';
import { infoRankingPolicy, infoSchemePolicy } from './info-work.policy.js';
import { presentInfoScheme } from './info-work.presenter.js';
import {
  bulletinQuery,
  monthParams,
  rankingQuery,
  schemeBody,
  yearParams,
} from './info-work.schema.js';
import { rankInfoUnits, rankingPeriod, rankingRoot } from './rank-info-units.js';
import { saveInfoScheme } from './save-info-scheme.js';

/** Cached reads (cachedJson): a revalidation with their ETag answers 304. */
const cached = { status: [200, 304] } as const;

export const infoRankingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const tags = ['info-work'];
  const schemeOf = ({ scheme }: Awaited<ReturnType<typeof rankInfoUnits>>) => ({
    year: scheme.year,
    version: scheme.version,
    stored: scheme.stored,
  });

  app.get(
    '/api/info-schemes/:year',
    { schema: { tags, params: yearParams } },
    async (request, reply) => {
      authorize(infoSchemePolicy, await accessOf(db, request), 'read', null);
      return sendVersioned(
        reply,
        presentInfoScheme(await getInfoScheme({ db, year: request.params.year })),
      );
    },
  );

  app.put(
    '/api/info-schemes/:year',
    // 201 when the year's first scheme is stored, 200 when it replaces one.
    { config: { status: [201, 200] }, schema: { tags, params: yearParams, body: schemeBody } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      authorize(infoSchemePolicy, access, 'update', null);
      const { version, ...rules } = request.body;
      const { year } = request.params;
      // Parsed now, so that a malformed If-Match is refused even when the scheme is new.
      const sent = request.headers['if-match'] ? expectedVersion(request, version) : null;
      const { created } = await saveInfoScheme({
        db,
        actor: access.actor,
        year,
        rules,
        expected: () => sent ?? expectedVersion(request, version),
        now: app.clock(),
      });
      void reply.status(created ? 201 : 200);
      return sendVersioned(reply, presentInfoScheme(await getInfoScheme({ db, year })));
    },
  );

  app.get(
    '/api/info-rankings',
    { config: cached, schema: { tags, querystring: rankingQuery } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const root = await rankingRoot(db, request.query.unitId, access.actor.unitId);
      authorize(infoRankingPolicy, access, 'read', { root });
      const period = rankingPeriod(request.query, calendarDate(app.clock()));
      return cachedJson(request, reply, { variant: period }, async () => {
        const ranking = await rankInfoUnits({ db, root, period });
        const when =
          request.query.month === undefined ? { year: Number(period) } : { month: period };
        return { ...when, rootUnitId: root, scheme: schemeOf(ranking), ranking: ranking.scores };
      });
    },
  );

  app.get(
    '/api/info-bulletins/:month',
    { config: cached, schema: { tags, params: monthParams, querystring: bulletinQuery } },
    async (request, reply) => {
      const access = await accessOf(db, request);
      const root = await rankingRoot(db, request.query.unitId, access.actor.unitId);
      authorize(infoRankingPolicy, access, 'read', { root });
      const { month } = request.params;
      return cachedJson(request, reply, { variant: '' }, async () => {
        const ranking = await rankInfoUnits({ db, root, period: month });
        const bulletin = buildInfoBulletin(month, ranking.facts, ranking.scores);
        return { ...bulletin, rootUnitId: root, scheme: schemeOf(ranking) };
      });
    },
  );
};
