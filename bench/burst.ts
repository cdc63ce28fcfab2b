/**
 * Month-end burst (npx tsx bench/burst.ts [--seconds 60] [--clients 200] [--postgres]): owners
 * all reporting at once on the last days of the month, against the real server process
 * (`src/app/main.ts`, as `npm start` runs it).
 *
 * Data: a fresh synthetic city (`seedSynthetic`: 400 units, 300 plans, 4,000 tasks, 100,000
 * ledger entries, reports for every month before this one) in a temp SQLite file, or with
 * --postgres in the schema `bench_burst` of TEST_POSTGRES_URL (dropped first). Each of the
 * clients logs in as a different owner (several sessions of one owner only when there are fewer
 * owners than clients) and, until time is up, submits this month's progress report for its
 * next task without one, or else enters a ledger entry (台账) on one of its indicators; each
 * client waits for its answer before the next write, as a person at a browser does.
 *
 * Printed: writes per second, p50/p99 latency per kind, failures (aim: none), the server's RSS,
 * and then the proof: after the server stops (SIGTERM, graceful), the rows in the database
 * minus the seeded ones equal the writes the server acknowledged (201), and the audit hash chain
 * verifies. Baseline: GET /api/health from the same number of clients for a sixth of the time,
 * in the same run; _writes/health_ is the ratio of their throughputs. Exits 1 on any failure
 * or any mismatch.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyAuditChain } from '../src/domains/audit/verify-audit-chain.js';
import { seedSynthetic } from '../src/cli/seed/seed-synthetic.js';
import { hashPassword } from '../src/platform/auth/password.js';
import { calendarDate } from '../src/platform/clock.js';
import { migrateToLatest, openStore, type Store } from '../src/platform/db/database.js';
import { adminQuery, schemaUrl } from '../src/test/postgres.js';
import { logIn, percentile, type Session } from './lib/load.js';
import { freePort } from '../src/test/free-port.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PASSWORD = 'bench-burst-password';
const SCHEMA = 'bench_burst';
const today = calendarDate(new Date());
const month = today.slice(0, 7);
const monthNo = Number(today.slice(5, 7));

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

// ---------------------------------------------------------------- database and server

async function freshDatabase(postgres: boolean): Promise<string> {
  if (!postgres) {
    const path = join(tmpdir(), 'duban-bench-burst.sqlite');
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    return `sqlite:${path}`;
  }
  await adminQuery(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await adminQuery(`CREATE SCHEMA ${SCHEMA}`);
  return schemaUrl(SCHEMA);
}

const counts = { units: 400, plans: 300, tasks: 4000, ledger: 100_000 };

async function seed(store: Store): Promise<void> {
  await migrateToLatest(store);
  await seedSynthetic({
    db: store.db,
    kind: store.kind,
    synthetic: {
      ...counts,
      // Every month before this one: this month's reports are what the burst submits.
      reports: counts.tasks * (monthNo - 1),
      seed: 1,
      year: Number(today.slice(0, 4)),
      today,
      root: 'city',
      passwordHash: await hashPassword(PASSWORD),
    },
  });
}

interface Owner {
  username: string;
  tasks: number[];
  indicators: number[];
}

/** Owners with at least one task carrying an indicator, most tasks first. */
async function owners(store: Store): Promise<Owner[]> {
  const rows = await store.db
    .selectFrom('users as u')
    .innerJoin('tasks as t', 't.owner_person_id', 'u.person_id')
    .innerJoin('indicators as i', 'i.task_id', 't.id')
    .select(['u.username', 't.id as task', 'i.id as indicator'])
    .where('u.role', '=', 'owner')
    .orderBy('u.id')
    .execute();
  const byName = new Map<string, Owner>();
  for (const r of rows) {
    const o = byName.get(r.username) ?? { username: r.username, tasks: [], indicators: [] };
    if (!o.tasks.includes(r.task)) o.tasks.push(r.task);
    o.indicators.push(r.indicator);
    byName.set(r.username, o);
  }
  return [...byName.values()].sort((a, b) => b.tasks.length - a.tasks.length);
}

async function startMain(databaseUrl: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode})`);
    const up = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, baseUrl };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not answer /api/health within 60 s');
}

/** Resident set of a process, from /proc (Linux), in MB. */
function rssMB(pid: number | undefined): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

// ---------------------------------------------------------------- the load

interface Tally {
  latencies: { report: number[]; ledger: number[] };
  acknowledged: { report: number; ledger: number };
  failures: { status: number | string; body: string }[];
}

async function client(
  baseUrl: string,
  owner: Owner,
  session: Session,
  until: number,
  tally: Tally,
) {
  const headers = {
    cookie: session.cookie,
    'x-csrf-token': session.csrfToken,
    'content-type': 'application/json',
  };
  let n = 0;
  while (performance.now() < until) {
    const task = owner.tasks.shift();
    const kind = task === undefined ? 'ledger' : 'report';
    const indicator = owner.indicators[n++ % owner.indicators.length];
    const [path, body] =
      task !== undefined
        ? [
            `/api/tasks/${task}/reports`,
            { month, done: `${monthNo}月按计划推进，完成阶段性工作。` },
          ]
        : [
            `/api/indicators/${indicator}/ledger`,
            // A subject on every entry: distinct-subject and per-person indicators require one.
            { entryDate: today, quantity: 1, subject: `${owner.username}走访企业${n}` },
          ];
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      const text = await response.text();
      tally.latencies[kind].push(performance.now() - started);
      if (response.status === 201) tally.acknowledged[kind]++;
      else tally.failures.push({ status: response.status, body: text.slice(0, 200) });
    } catch (error) {
      tally.failures.push({ status: 'error', body: String(error) });
    }
  }
}

async function healthBaseline(baseUrl: string, clients: number, seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const response = await fetch(`${baseUrl}/api/health`);
        await response.arrayBuffer();
        if (response.ok) done++;
      }
    }),
  );
  return done / seconds;
}

// ---------------------------------------------------------------- main

async function rowCounts(store: Store) {
  const count = async (table: 'ledger_entries' | 'progress_reports') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { ledger: await count('ledger_entries'), report: await count('progress_reports') };
}

const round = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const seconds = option('--seconds', 60);
  const clients = option('--clients', 200);
  const postgres = process.argv.includes('--postgres');
  const url = await freshDatabase(postgres);
  let store = openStore(url);
  await seed(store);
  const before = await rowCounts(store);
  const people = await owners(store);
  await store.close();
  if (people.length === 0) throw new Error('no owners with indicators in the synthetic data');

  const { child, baseUrl } = await startMain(url);
  const tally: Tally = {
    latencies: { report: [], ledger: [] },
    acknowledged: { report: 0, ledger: 0 },
    failures: [],
  };
  let health = 0;
  let rss: number | null = null;
  try {
    const picked = Array.from({ length: clients }, (_, i) => people[i % people.length]!);
    const sessions: Session[] = [];
    for (const o of picked) sessions.push(await logIn(baseUrl, o.username, PASSWORD));
    health = await healthBaseline(baseUrl, clients, Math.max(1, seconds / 6));
    const until = performance.now() + seconds * 1000;
    // Owners picked twice share their task list, so no report is submitted twice.
    await Promise.all(
      picked.map((o, i) => client(baseUrl, o, sessions[i] ?? sessions[0]!, until, tally)),
    );
    rss = rssMB(child.pid);
  } finally {
    const code = await stop(child);
    if (code !== 0) console.error(`server exited with ${code}`);
  }

  store = openStore(url);
  const after = await rowCounts(store);
  const chain = await verifyAuditChain({ db: store.db });
  await store.close();

  const written = { report: after.report - before.report, ledger: after.ledger - before.ledger };
  const writes = tally.acknowledged.report + tally.acknowledged.ledger;
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { n: xs.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) };
  };
  const figures = {
    engine: postgres ? 'postgres' : 'sqlite',
    clients,
    owners: Math.min(clients, people.length),
    seconds,
    writesPerSecond: round(writes / seconds),
    healthPerSecond: round(health),
    writesOverHealth: Math.round((writes / seconds / health) * 100) / 100,
    report: stats(tally.latencies.report),
    ledger: stats(tally.latencies.ledger),
    failures: tally.failures.length,
    firstFailures: tally.failures.slice(0, 3),
    acknowledged: tally.acknowledged,
    rowsAdded: written,
    nothingLost:
      written.report === tally.acknowledged.report && written.ledger === tally.acknowledged.ledger,
    auditChain: chain.ok ? `intact (${chain.events} events)` : `broken at ${chain.brokenAt}`,
    rssMB: rss,
  };
  report(figures);
  process.exitCode = figures.failures === 0 && figures.nothingLost && chain.ok ? 0 : 1;
}

function report(f: Record<string, unknown> & { [k: string]: unknown }): void {
  console.log(
    `Month-end burst — Node ${process.version}, ${cpus().length} CPUs; the server is src/app/main.ts`,
  );
  console.log(
    `${String(f.engine)}: ${String(f.clients)} clients as ${String(f.owners)} owners for ${String(f.seconds)} s`,
  );
  console.log(
    `writes/s ${String(f.writesPerSecond)}; GET /api/health/s ${String(f.healthPerSecond)}; writes/health ${String(f.writesOverHealth)}`,
  );
  console.log(`reports ${JSON.stringify(f.report)}; ledger ${JSON.stringify(f.ledger)} (ms)`);
  console.log(
    `failures ${String(f.failures)} ${f.failures ? JSON.stringify(f.firstFailures) : ''}`,
  );
  console.log(
    `acknowledged ${JSON.stringify(f.acknowledged)}; rows added ${JSON.stringify(f.rowsAdded)}; nothing lost: ${String(f.nothingLost)}`,
  );
  console.log(`audit chain ${String(f.auditChain)}; server RSS at the end ${String(f.rssMB)} MB`);
  console.log(JSON.stringify(f));
}

await main();
