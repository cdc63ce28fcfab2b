/**
 * `npm start`: read configuration, migrate, make sure there is an administrator and something to
 * show, then serve until SIGTERM/SIGINT, finishing in-flight requests before closing the store.
 */
import { setLightThresholds } from '../domains/progress/light-settings.js';
import { ensureAdmin } from '../domains/org/ensure-admin.js';
import { loadSamplePlan } from '../domains/plan/load-sample-plan.js';
import { startNotifyWorker } from '../domains/notify/notify-worker.js';
import { systemClock } from '../platform/clock.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { migrateToLatest, openStore } from '../platform/db/database.js';
import { buildApp } from '../platform/http/server.js';
import { webDistPath } from '../platform/paths.js';
import { apiRoutes } from './routes.js';

async function main(): Promise<void> {
  const config = loadConfig();
  setLightThresholds(config.lightThresholds);
  const store = openStore(config.databaseUrl);
  await migrateToLatest(store);
  const app = await buildApp({
    store,
    routes: apiRoutes,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    webRoot: webDistPath,
  });

  const admin = await ensureAdmin({ db: store.db, password: config.adminPassword });
  if (admin.generatedPassword) {
    // Shown once, on the console only: it is not logged anywhere else.
    process.stdout.write(
      `\n管理员账号已创建 / admin account created: admin / ${admin.generatedPassword}\n\n`,
    );
  }
  const sample = await loadSamplePlan({ db: store.db });
  if (sample) app.log.info({ planId: sample.planId }, 'sample plan loaded');
  // Reminders at start and hourly, webhook deliveries every few seconds; stopped before closing.
  const worker = startNotifyWorker({ db: store.db, clock: systemClock, log: app.log });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // A client that never reads its response must not keep the process alive forever.
    setTimeout(() => {
      app.log.error('shutdown took over 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    worker
      .stop()
      .then(() => app.close())
      .then(() => store.close())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `启动失败 / start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
