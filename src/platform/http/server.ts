/**
 * Builds the Fastify application: security headers, zod validation at the boundary with the
 * OpenAPI document generated from the same schemas, authentication, one error shape, and each
 * domain's routes registered as a plugin.
 */
import helmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiRoutes } from '../../domains/routes.js';
import { systemClock, type Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Store } from '../db/database.js';
import { limits } from '../limits.js';
import { authPlugin } from './auth.js';
import { errorHandler, notFoundHandler } from './error-handler.js';
import { registerWebApp } from './web-app.js';
import { idempotencyPlugin } from './idempotency.js';
import { registerOpenApi } from './openapi.js';

// Field messages of request validation reach users next to their fields: Chinese first.
z.config(z.locales.zhCN());

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
    clock: Clock;
  }
}

export interface AppOptions {
  store: Store;
  logLevel?: Config['logLevel'];
  trustProxy?: boolean;
  clock?: Clock;
  /** The built web app to serve at `/` (web/dist); none when absent. */
  webRoot?: string;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: limits.bodyBytes,
    trustProxy: options.trustProxy ?? false,
    // One line per request only when debugging: at info level they would dominate the log.
    logController: new LogController({
      disableRequestLogging: options.logLevel !== 'debug' && options.logLevel !== 'trace',
    }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('store', options.store);
  app.decorate('clock', options.clock ?? systemClock);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  await app.register(helmet, {
    global: true,
    // The defaults allow the web app (own scripts, antd's inline styles, data: images); upgrading
    // requests to https would break the plain-http deployments inside an intranet.
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  await app.register(idempotencyPlugin);
  await registerOpenApi(app);
  await app.register(authPlugin);

  app.get('/api/health', { config: { public: true }, schema: { tags: ['health'] } }, async () => {
    await options.store.db.selectFrom('plans').select('id').limit(1).execute();
    return { status: 'ok', db: options.store.kind };
  });
  await app.register(apiRoutes);
  if (options.webRoot) await registerWebApp(app, options.webRoot);
  return app;
}
