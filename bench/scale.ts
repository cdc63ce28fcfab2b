/**
 * Scale benchmark (npx tsx bench/scale.ts [--scale city|province|both] [--reseed]): how the
 * pages people open most answer on a city on SQLite and a province on PostgreSQL.
 *
 * Data: `seedSynthetic` (the same generator as `duban seed-synthetic`) as of 2026-11-29.
 * - city, SQLite: 100 units rooted at one city association, 80 plans, 2,000 tasks, 100,000
 *   ledger entries, 20,000 progress reports; kept in the temp folder between runs.
 * - province, PostgreSQL: 2,000 units, 2,000 plans, 50,000 tasks, 1,000,000 ledger entries,
 *   500,000 progress reports; kept in the schema `bench_scale` of TEST_POSTGRES_URL.
 * A database already holding exactly these counts is reused; --reseed (or other counts) builds
 * it again. Seeding writes in audited batches, so the audit chain of the bench data verifies.
 *
 * The app (buildApp) runs in a child process on the clock 2026-11-29 12:00 Beijing time; this
 * process logs in as `admin` (session cookie) and loads each endpoint with wrk when installed
 * (autocannon otherwise, or with BENCH_LOAD=autocannon; the output says which) at
 * BENCH_CONNECTIONS (default 1: the latency one user at a time sees, queueing aside) for
 * BENCH_SECONDS (default 5) after a 1 s warm-up. Plan 1 is
 * the root plan (the province's or the city's), whose children are every plan one level down.
 * "uncached" rows change a query parameter on every request so the generation-keyed response
 * cache never answers: the cost right after a write. GET /api/health (one tiny query) is the
 * baseline; _x health_ is the baseline's req/s over the endpoint's in the same run (how many
 * health checks one request costs). Memory is
 * the server's RSS and V8 heap after all runs. The aim is p99 < 100 ms (city) and < 200 ms
 * (province) uncached; misses are reported, not failed. Exits 1 on any failed request.
 */
import { rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSynthetic, type SyntheticOptions } from '../src/cli/seed/seed-synthetic.js';
import { hashPassword } from '../src/platform/auth/password.js';
import { migrateToLatest, openStore, type Store } from '../src/platform/db/database.js';
import { adminQuery, schemaUrl } from '../src/test/postgres.js';
import { memoryMB, startServer, stopServer } from './lib/child.js';
import { pickGenerator, type Generator } from './lib/generator.js';
import { logIn, percentile, type Session, type Timing } from './lib/load.js';
import type { LoadResult } from './lib/wrk.js';

const TODAY = '2026-11-29';
const CLOCK = '2026-11-29T04:00:00.000Z';
const PASSWORD = 'bench-scale-password';
const SCHEMA = 'bench_scale';

interface Scale {
  name: 'city' | 'province';
  url: string;
  aimMs: number;
  synthetic: Omit<SyntheticOptions, 'passwordHash'>;
}

const common = { seed: 1, year: 2026, today: TODAY };
const scales: Scale[] = [
  {
    name: 'city',
    url: `sqlite:${join(tmpdir(), 'duban-bench-scale-city.sqlite')}`,
    aimMs: 100,
    synthetic: {
      ...common,
      root: 'city',
      units: 100,
      plans: 80,
      tasks: 2000,
      ledger: 100_000,
      reports: 20_000,
    },
  },
  {
    name: 'province',
    url: schemaUrl(SCHEMA),
    aimMs: 200,
    synthetic: {
      ...common,
      root: 'province',
      units: 2000,
      plans: 2000,
      tasks: 50_000,
      ledger: 1_000_000,
      reports: 500_000,
    },
  },
];

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const numberEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be > 0`);
  return value;
};

// ---------------------------------------------------------------- the seeded database

async function count(store: Store, table: 'plans' | 'progress_reports'): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function wipe(scale: Scale): Promise<void> {
  if (scale.name === 'city') {
    const path = scale.url.slice('sqlite:'.length);
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    return;
  }
  await adminQuery(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
}

/** Reuses a database holding exactly this scale's counts; otherwise builds it afresh. */
async function prepare(scale: Scale, reseed: boolean): Promise<number | null> {
  if (reseed) await wipe(scale);
  if (scale.name === 'province') await adminQuery(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
  let store = openStore(scale.url);
  try {
    await migrateToLatest(store);
    const { plans, reports } = scale.synthetic;
    if (
      (await count(store, 'plans')) === plans &&
      (await count(store, 'progress_reports')) === reports
    )
      return null;
    await store.close();
    await wipe(scale);
    if (scale.name === 'province') await adminQuery(`CREATE SCHEMA ${SCHEMA}`);
    store = openStore(scale.url);
    await migrateToLatest(store);
    const started = performance.now();
    let done = 0;
    let total = 0;
    let shown = -1;
    await seedSynthetic({
      db: store.db,
      kind: store.kind,
      synthetic: { ...scale.synthetic, passwordHash: await hashPassword(PASSWORD) },
      progress: {
        start: (totals) => (total = Object.values(totals).reduce((a, b) => a + b, 0)),
        advance: (table, rows) => {
          done += rows;
          const percent = Math.floor((100 * done) / total / 10) * 10;
          if (percent !== shown)
            process.stderr.write(`seeding ${scale.name}: ${(shown = percent)}% (${table})\n`);
        },
      },
    });
    return Math.round((performance.now() - started) / 100) / 10;
  } finally {
    await store.close();
  }
}

// ---------------------------------------------------------------- the endpoints

interface Endpoint {
  name: string;
  path: string;
  /** Adds a query parameter that changes on every request: the response cache never answers. */
  vary?: boolean;
  /** Paths walked in turn instead of `path`. */
  paths?: string[];
}

function endpoints(tasks: number): Endpoint[] {
  // Walks the tasks in a scattered order, so pages are not served from warm rows only.
  const task = (n: number) => `/api/tasks/${1 + ((n * 7919) % tasks)}`;
  const taskPaths = Array.from({ length: Math.min(tasks, 10_000) }, (_, n) => task(n));
  return [
    { name: 'health (baseline)', path: '/api/health' },
    { name: 'dashboard, cached', path: '/api/plans/1/dashboard' },
    { name: 'dashboard', path: '/api/plans/1/dashboard', vary: true },
    { name: 'tasks page 1, cached', path: '/api/plans/1/tasks?limit=50' },
    { name: 'tasks page 1', path: '/api/plans/1/tasks?limit=50', vary: true },
    {
      name: 'tasks red by due',
      path: '/api/plans/1/tasks?light=red&sort=due&limit=50',
      vary: true,
    },
    {
      name: 'tasks of a department',
      path: '/api/plans/1/tasks?departmentId=2&limit=50',
      vary: true,
    },
    { name: 'task page', path: task(0), paths: taskPaths },
    { name: 'roll-up of plan 1', path: '/api/plans/1/rollup', vary: true },
  ];
}

/** One endpoint with the session's cookie: a 1 s warm-up, then `seconds` of load. */
async function timeEndpoint(
  load: Generator,
  e: Endpoint,
  o: { baseUrl: string; session: Session; connections: number; seconds: number },
): Promise<Timing> {
  const options = {
    url: `${o.baseUrl}${e.path}`,
    headers: { cookie: o.session.cookie },
    connections: o.connections,
    ...(e.vary ? { vary: true } : {}),
    ...(e.paths ? { paths: e.paths } : {}),
  };
  const failures = (r: LoadResult) => r.errors + r.timeouts + r.non2xx;
  const warmup = await load({ ...options, seconds: 1 });
  const r = await load({ ...options, seconds: o.seconds });
  const { rps, p50, p99, requests } = r;
  return { name: e.name, rps, p50, p99, requests, failures: failures(r) + failures(warmup) };
}

/** A month's bulletin, where the server has the route: timed one request after another. */
async function timeBulletin(
  baseUrl: string,
  session: Session,
  runs: number,
): Promise<Timing | string> {
  const post = () =>
    fetch(`${baseUrl}/api/plans/1/bulletins`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ month: '2026-10', kind: 'key-work' }),
    });
  const probe = await post();
  if (probe.status === 404 && (await probe.text()).includes('Route POST'))
    return 'POST /api/plans/:id/bulletins is not in this build';
  if (probe.status >= 300)
    return `POST /api/plans/1/bulletins answered ${probe.status}: ${await probe.text()}`;
  const samples: number[] = [];
  let failures = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const response = await post();
    await response.arrayBuffer();
    samples.push(performance.now() - started);
    if (response.status >= 300) failures++;
  }
  samples.sort((a, b) => a - b);
  const total = samples.reduce((a, b) => a + b, 0);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    name: 'bulletin of 2026-10 (POST)',
    rps: round((1000 * runs) / total),
    p50: round(percentile(samples, 50)),
    p99: round(percentile(samples, 99)),
    requests: runs,
    failures,
  };
}

// ---------------------------------------------------------------- one scale

interface ScaleResult {
  scale: string;
  engine: string;
  seededSeconds: number | null;
  timings: Timing[];
  bulletin: Timing | string;
  memoryMB: { rss: number; heap: number };
  aimMs: number;
  misses: string[];
}

async function runScale(scale: Scale, reseed: boolean, load: Generator): Promise<ScaleResult> {
  const seededSeconds = await prepare(scale, reseed);
  const { child, baseUrl } = await startServer(scale.url, CLOCK);
  try {
    const session = await logIn(baseUrl, 'admin', PASSWORD);
    const connections = numberEnv('BENCH_CONNECTIONS', 1);
    const seconds = numberEnv('BENCH_SECONDS', 5);
    const timings: Timing[] = [];
    for (const e of endpoints(scale.synthetic.tasks))
      timings.push(await timeEndpoint(load, e, { baseUrl, session, connections, seconds }));
    const bulletin = await timeBulletin(baseUrl, session, 20);
    const memory = await memoryMB(child);
    const measured = typeof bulletin === 'string' ? timings : [...timings, bulletin];
    const misses = measured
      .filter((t) => !t.name.includes('cached') && t.p99 >= scale.aimMs)
      .map((t) => t.name);
    return {
      scale: scale.name,
      engine: scale.url.split(':')[0] ?? '',
      seededSeconds,
      timings,
      bulletin,
      memoryMB: memory,
      aimMs: scale.aimMs,
      misses,
    };
  } finally {
    await stopServer(child);
  }
}

function print(r: ScaleResult): void {
  const { synthetic } = scales.find((s) => s.name === r.scale) ?? scales[0]!;
  console.log(
    `\n${r.scale} on ${r.engine}: ${synthetic.units} units, ${synthetic.plans} plans, ${synthetic.tasks} tasks, ` +
      `${synthetic.ledger} ledger entries, ${synthetic.reports} reports` +
      (r.seededSeconds === null ? ' (reused)' : ` (seeded in ${r.seededSeconds} s)`),
  );
  const base = r.timings[0]?.rps ?? 1;
  const widths = [28, 7, 8, 8, 9, 8];
  const row = (cells: (string | number)[]) =>
    console.log(
      cells
        .map((c, i) => (i ? String(c).padStart(widths[i] ?? 8) : String(c).padEnd(widths[0] ?? 28)))
        .join(' '),
    );
  row(['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'x health', 'failed']);
  const all = typeof r.bulletin === 'string' ? r.timings : [...r.timings, r.bulletin];
  for (const t of all)
    row([t.name, t.rps, t.p50, t.p99, Math.round((base / t.rps) * 10) / 10, t.failures]);
  if (typeof r.bulletin === 'string') console.log(`bulletin: ${r.bulletin}`);
  console.log(`server memory after the runs: RSS ${r.memoryMB.rss} MB, heap ${r.memoryMB.heap} MB`);
  console.log(
    r.misses.length
      ? `p99 at or over ${r.aimMs} ms: ${r.misses.join(', ')}`
      : `every uncached p99 under ${r.aimMs} ms`,
  );
}

async function main(): Promise<void> {
  const which = argument('--scale') ?? 'both';
  if (!['city', 'province', 'both'].includes(which))
    throw new Error('--scale must be city, province or both');
  const reseed = process.argv.includes('--reseed');
  const generator = await pickGenerator();
  console.log(
    `Scale benchmark — Node ${process.version}, ${cpus().length} CPUs; app in a child process`,
  );
  console.log(`load generator: ${generator.name}`);
  const results: ScaleResult[] = [];
  for (const scale of scales.filter((s) => which === 'both' || s.name === which)) {
    const result = await runScale(scale, reseed, generator.run);
    print(result);
    results.push(result);
  }
  const failures = results.flatMap((r) => r.timings).reduce((n, t) => n + t.failures, 0);
  process.exitCode = failures > 0 ? 1 : 0;
  console.log(JSON.stringify({ loadGenerator: generator.name, results, failures }));
}

await main();
