/** Reminders' HTTP side: in-app notifications and webhook administration. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notificationRoutes } from './notification.routes.js';
import { webhookRoutes } from './webhook.routes.js';

export const notifyRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(notificationRoutes);
  await app.register(webhookRoutes);
};
