/** Units, people, users and API tokens: one plugin per resource, registered together. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { passwordRoutes } from './password.routes.js';
import { personRoutes } from './person.routes.js';
import { tokenRoutes } from './token.routes.js';
import { unitRoutes } from './unit.routes.js';
import { userRoutes } from './user.routes.js';

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(unitRoutes);
  await app.register(personRoutes);
  await app.register(userRoutes);
  await app.register(tokenRoutes);
  await app.register(passwordRoutes);
};
