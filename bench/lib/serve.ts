/**
 * Child process for the benchmarks: the real app (buildApp) over DATABASE URL argv[2] on a
 * loopback port, on the fixed clock argv[3] (ISO instant) when given. Tells the parent where it
 * listens and, when asked, its memory; exits on SIGTERM or when the parent goes away.
 */
import { apiRoutes } from '../../src/app/routes.js';
import { systemClock } from '../../src/platform/clock.js';
import { migrateToLatest, openStore } from '../../src/platform/db/database.js';
import { buildApp } from '../../src/platform/http/server.js';
import type { ServerMessage } from './child.js';

function tell(message: ServerMessage): void {
  if (!process.send) throw new Error('bench/lib/serve.ts needs an IPC channel');
  process.send(message);
}

const [url = '', at] = process.argv.slice(2);
const store = openStore(url);
await migrateToLatest(store);
const clock = at ? () => new Date(at) : systemClock;
const app = await buildApp({ store, routes: apiRoutes, logLevel: 'silent', clock });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.on('message', () => {
  const { rss, heapUsed } = process.memoryUsage();
  tell({ type: 'memory', rss, heapUsed });
});
process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
tell({ type: 'ready', baseUrl: `http://127.0.0.1:${port}` });
