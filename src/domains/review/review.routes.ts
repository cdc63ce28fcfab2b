/** The review domain's routes: extension requests, month close and the leader's inbox. */
import type { FastifyInstance } from 'fastify';
import { extensionRoutes } from './extension.routes.js';
import { inboxRoutes } from './inbox.routes.js';
import { monthRoutes } from './month.routes.js';

export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  await app.register(extensionRoutes);
  await app.register(monthRoutes);
  await app.register(inboxRoutes);
}
