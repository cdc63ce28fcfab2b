/**
 * The inbox (待办) of every role: what waits for the acting user's review or decision, which of the
 * tasks they supervise turned red or yellow since they last marked it seen, what their own tasks
 * need (returned and due reports, deadlines soon) and, for administrators, the office's work.
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
