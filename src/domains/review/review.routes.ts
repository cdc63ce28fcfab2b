/** The review domain's routes: extension requests and month close. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { extensionRoutes } from './extension.routes.js';
import { monthRoutes } from './month.routes.js';

export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(extensionRoutes);
  await app.register(monthRoutes);
};
