/** The review domain's routes: extension requests, completion requests and month close. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { completionRoutes } from './completion.routes.js';
import { extensionRoutes } from './extension.routes.js';
import { monthRoutes } from './month.routes.js';

export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(extensionRoutes);
  await app.register(completionRoutes);
  await app.register(monthRoutes);
};
