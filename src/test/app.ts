/** Runs the real application on a loopback port over a test store, for API tests. */
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../platform/clock.js';
import type { DatabaseKind } from '../platform/config.js';
import { apiRoutes } from '../app/routes.js';
import { buildApp, type AppOptions } from '../platform/http/server.js';
import { openTestStore, type TestStore } from './stores.js';

export interface TestApp {
  app: FastifyInstance;
  baseUrl: string;
  testStore: TestStore;
  close(): Promise<void>;
}

export async function startTestApp(
  kind: DatabaseKind,
  seed?: (t: TestStore) => Promise<unknown>,
  clock?: Clock,
  options: Pick<AppOptions, 'requestTimeoutMs'> = {},
): Promise<TestApp> {
  const testStore = await openTestStore(kind);
  if (seed) await seed(testStore);
  const app = await buildApp({
    store: testStore.store,
    routes: apiRoutes,
    logLevel: 'silent',
    ...(clock ? { clock } : {}),
    ...options,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    testStore,
    close: async () => {
      await app.close();
      await testStore.cleanup();
    },
  };
}
