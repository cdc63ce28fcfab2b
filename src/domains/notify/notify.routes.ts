/** Reminders' HTTP side: in-app notifications and webhook administration. */
import type { FastifyInstance } from 'fastify';
import { notificationRoutes } from './notification.routes.js';
import { webhookRoutes } from './webhook.routes.js';

export async function notifyRoutes(app: FastifyInstance): Promise<void> {
  await app.register(notificationRoutes);
  await app.register(webhookRoutes);
}
