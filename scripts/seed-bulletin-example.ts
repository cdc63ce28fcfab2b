/**
 * Fills a fresh database with the worked example and September 2017 activity (ledger entries,
 * progress reports, a finished task, grassroots visits, information items) so a bulletin of that
 * month has something on every page. Prints the plan id. Used by render-bulletin-png.sh.
 *
 * Run: DATABASE_URL=sqlite:/tmp/x.sqlite npx tsx scripts/seed-bulletin-example.ts
 */
import { seedSeptember } from '../src/domains/bulletin/example-data.js';
import { loadSamplePlan } from '../src/domains/plan/load-sample-plan.js';
import { loadConfig } from '../src/platform/config.js';
import { migrateToLatest, openStore } from '../src/platform/db/database.js';

const store = openStore(loadConfig().databaseUrl);
try {
  await migrateToLatest(store);
  const loaded = await loadSamplePlan({ db: store.db });
  if (!loaded) throw new Error('the database is not empty: give a fresh DATABASE_URL');
  await seedSeptember(store.db);
  process.stdout.write(`${loaded.planId}\n`);
} finally {
  await store.close();
}
