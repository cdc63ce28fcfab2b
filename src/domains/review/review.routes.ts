/** The review domain's routes: extension requests and month close. */
import type { FastifyInstance } from 'fastify';
import { extensionRoutes } from './extension.routes.js';
import { monthRoutes } from './month.routes.js';

export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  await app.register(extensionRoutes);
  await app.register(monthRoutes);
}
