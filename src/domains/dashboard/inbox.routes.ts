/**
 * The leader's inbox (待办): what waits for the acting user's review or decision, and which of the
 * tasks they supervise turned red or yellow since they last marked it seen.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { getInbox } from './get-inbox.js';
import { markInboxSeen } from './mark-inbox-seen.js';
import { presentInbox } from './inbox.presenter.js';

export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const tags = ['inbox'];

  app.get('/api/inbox', { schema: { tags } }, async (request) => {
    const access = await accessOf(db, request);
    return presentInbox(await getInbox({ db, access, today: calendarDate(app.clock()) }));
  });

  app.post('/api/inbox/seen', { schema: { tags } }, async (request) => {
    const access = await accessOf(db, request);
    const now = app.clock();
    return markInboxSeen({ db, access, today: calendarDate(now), now });
  });
};
