/**
 * Builds the Fastify application: zod validation at the boundary, one error shape, the store
 * decorated on the instance, and each domain's routes registered as a plugin.
 */
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { importRoutes } from '../../domains/import/import.routes.js';
import { planRoutes } from '../../domains/plan/plan.routes.js';
import type { Config } from '../config.js';
import type { Store } from '../db/database.js';
import { errorHandler, notFoundHandler } from './error-handler.js';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

export interface AppOptions {
  store: Store;
  logLevel?: Config['logLevel'];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    // One line per request only when debugging: at info level they would dominate the log.
    logController: new LogController({
      disableRequestLogging: options.logLevel !== 'debug' && options.logLevel !== 'trace',
    }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('store', options.store);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  app.get('/api/health', async () => {
    await options.store.db.selectFrom('plans').select('id').limit(1).execute();
    return { status: 'ok', db: options.store.kind };
  });
  await app.register(planRoutes);
  await app.register(importRoutes);
  return app;
}
