/** Information work (信息工作): items, adoptions and instructions; schemes, rankings, bulletins. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { infoItemRoutes } from './info-items.routes.js';
import { infoRankingRoutes } from './info-rankings.routes.js';

export const infoWorkRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(infoItemRoutes);
  await app.register(infoRankingRoutes);
};
