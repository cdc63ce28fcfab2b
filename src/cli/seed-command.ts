/**
 * `duban seed-synthetic`: migrates DATABASE_URL and fills it, if empty, with a synthetic
 * organisation of the given size (see seedSynthetic). A progress bar goes to stderr, the summary
 * and the shared password of the synthetic users to stdout.
 */
import { SingleBar } from 'cli-progress';
import { generatePassword, hashPassword } from '../platform/auth/password.js';
import { calendarDate } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { migrateToLatest, openStore } from '../platform/db/database.js';
import type { SyntheticRoot } from './seed/units.js';
import { seedSynthetic, type SeedProgress } from './seed/seed-synthetic.js';

export interface SeedCommandOptions {
  units: number;
  plans: number;
  tasks: number;
  ledger: number;
  reports: number;
  seed: number;
  year?: number;
  root: SyntheticRoot;
  password?: string;
}

export async function seedSyntheticCommand(options: SeedCommandOptions): Promise<void> {
  const store = openStore(loadConfig().databaseUrl);
  const today = calendarDate(new Date());
  const password = options.password ?? generatePassword();
  const started = performance.now();
  try {
    await migrateToLatest(store);
    const summary = await seedSynthetic({
      db: store.db,
      kind: store.kind,
      synthetic: {
        ...options,
        year: options.year ?? Number(today.slice(0, 4)),
        today,
        passwordHash: await hashPassword(password),
      },
      progress: progressBar(),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const lines = Object.entries(summary).map(([table, rows]) => `  ${table.padEnd(18)} ${rows}`);
    process.stdout.write(
      `合成数据已写入 / synthetic data written in ${seconds} s:\n${lines.join('\n')}\n` +
        `所有合成用户（admin、u00001…）的密码 / password of every synthetic user (admin, u00001…): ${password}\n`,
    );
  } finally {
    await store.close();
  }
}

function progressBar(): SeedProgress {
  const bar = new SingleBar({
    format: '{bar} {percentage}% | {value}/{total} rows | {table}',
    stream: process.stderr,
    hideCursor: true,
  });
  let done = 0;
  return {
    start: (totals) =>
      bar.start(
        Object.values(totals).reduce((a, b) => a + b, 0),
        0,
        { table: '' },
      ),
    advance: (table, rows) => {
      done += rows;
      bar.update(done, { table });
      if (done >= bar.getTotal()) bar.stop();
    },
  };
}
