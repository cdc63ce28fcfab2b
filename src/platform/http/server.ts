/**
 * Builds the Fastify application: security headers, zod validation at the boundary with the
 * OpenAPI document generated from the same schemas, authentication, one error shape, and the API
 * routes its caller composes (src/app/routes.ts), registered as one plugin.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { systemClock, type Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Store } from '../db/database.js';
import { limits } from '../limits.js';
import { authPlugin } from './auth.js';
import { errorHandler, frameworkErrors, notFoundHandler } from './error-handler.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerJsonBodyParser } from './json-body.js';
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
  /** The API's routes, every domain's plugin composed by the caller (src/app/routes.ts). */
  routes: FastifyPluginAsync;
  logLevel?: Config['logLevel'];
  trustProxy?: boolean;
  clock?: Clock;
  /** The built web app to serve at `/` (web/dist); none when absent. */
  webRoot?: string;
  /** Time to receive a whole request, headers and body (default 60 s); then 408. */
  requestTimeoutMs?: number;
}

/** 20 MB at 350 KB/s, a slow intranet link, still arrives; a body dripped byte by byte does not. */
const REQUEST_TIMEOUT_MS = 60_000;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const requestTimeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    bodyLimit: limits.bodyBytes,
    trustProxy: options.trustProxy ?? false,
    requestTimeout: requestTimeoutMs,
    // Node applies the timeout only when the server is created with it, and checks it on this
    // interval (30 s by default).
    http: {
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, requestTimeoutMs / 2),
    },
    frameworkErrors,
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
  registerJsonBodyParser(app);

  registerSecurityHeaders(app);
  await app.register(idempotencyPlugin);
  await registerOpenApi(app);
  await app.register(authPlugin);

  app.get('/api/health', { config: { public: true }, schema: { tags: ['health'] } }, async () => {
    await options.store.db.selectFrom('plans').select('id').limit(1).execute();
    return { status: 'ok', db: options.store.kind };
  });
  await app.register(options.routes);
  if (options.webRoot) await registerWebApp(app, options.webRoot);
  return app;
}
