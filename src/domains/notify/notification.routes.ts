/** In-app notifications (站内提醒): each account lists and marks read only its own. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { findNotifications } from './find-notifications.js';
import { getNotification } from './get-notification.js';
import { markAllNotificationsRead } from './mark-all-notifications-read.js';
import { markNotificationRead } from './mark-notification-read.js';
import { notificationPolicy } from './notify.policy.js';
import { presentNotification } from './notify.presenter.js';
import { idParams, notificationListQuery } from './notify.schema.js';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.get(
    '/api/notifications',
    { config: { shape: 'list' }, schema: { tags, querystring: notificationListQuery } },
    async (request) => {
      const access = await accessOf(db, request);
      const { items, total } = await findNotifications({
        db,
        userId: access.actor.userId,
        ...request.query,
      });
      return { items: items.map(presentNotification), total };
    },
  );

  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, params: idParams } },
    async (request) => {
      const access = await accessOf(db, request);
      const notification = await getNotification({ db, id: request.params.id });
      authorize(notificationPolicy, access, 'markRead', notification);
      const read = await markNotificationRead({
        db,
        actor: access.actor,
        id: notification.id,
        now: app.clock(),
      });
      return presentNotification(read);
    },
  );

  app.post('/api/notifications/read-all', { schema: { tags } }, async (request) => {
    const access = await accessOf(db, request);
    return markAllNotificationsRead({ db, actor: access.actor, now: app.clock() });
  });
};
