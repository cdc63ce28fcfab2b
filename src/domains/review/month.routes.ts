/**
 * Month-close routes (月结): an administrator over the whole system closes a past or current month;
 * anyone logged in may list the closed months.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { chinaMonth } from '../report/report-month.js';
import { closeMonth } from './close-month.js';
import { findClosedMonths } from './find-closed-months.js';
import { presentMonthClose } from './review.presenter.js';
import { monthPolicy } from './review.policy.js';
import { monthParams } from './review.schema.js';

export const monthRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const tags = ['months'];

  app.get('/api/months', { config: { shape: 'list' }, schema: { tags } }, async (request) => {
    authorize(monthPolicy, await accessOf(db, request), 'read', null);
    const items = await findClosedMonths({ db });
    return { items: items.map(presentMonthClose), total: items.length };
  });

  app.post(
    '/api/months/:month/close',
    { config: { status: 201 }, schema: { tags, params: monthParams } },
    async (request) => {
      const access = await accessOf(db, request);
      authorize(monthPolicy, access, 'close', null);
      const now = app.clock();
      const row = await closeMonth({
        db,
        actor: access.actor,
        month: request.params.month,
        currentMonth: chinaMonth(now),
        now,
      });
      return presentMonthClose(row);
    },
  );
};
