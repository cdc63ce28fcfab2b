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
 * Load: wrk when installed (one run of `clients` connections with a Lua script in which every
 * request carries its owner's cookie and CSRF token; reports first, then ledger entries),
 * otherwise (or with BENCH_LOAD=autocannon) one fetch loop per client in this process.
 *
 * Printed as a table: writes per second, p50/p99 latency (per kind with the fetch clients, all
 * writes together with wrk), failures (aim: none), the server's RSS, and then the proof: after
 * the server stops (SIGTERM, graceful), every 201 has its row (rows minus the seeded ones may
 * exceed the 201s only by requests wrk left in flight at the end, at most one a client), and the
 * audit hash chain verifies. Baseline: GET /api/health from the same number of clients for a sixth of the time,
 * in the same run; _writes/health_ is the ratio of their throughputs. Exits 1 on any failure
 * or any mismatch.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyAuditChain } from '../src/domains/audit/verify-audit-chain.js';
import { verifyTotals } from '../src/platform/db/totals/verify-totals.js';
import { seedSynthetic } from '../src/cli/seed/seed-synthetic.js';
import { hashPassword } from '../src/platform/auth/password.js';
import { calendarDate } from '../src/platform/clock.js';
import { migrateToLatest, openStore, type Store } from '../src/platform/db/database.js';
import { adminQuery, schemaUrl } from '../src/test/postgres.js';
import { pickGenerator } from './lib/generator.js';
import { logIn, percentile, type Session } from './lib/load.js';
import { luaString, parseWrk, runWrk, runWrkScript, wrkThreads } from './lib/wrk.js';
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

// ---------------------------------------------------------------- the load under wrk

/**
 * The burst as one wrk Lua script. wrk cannot give each connection its own person, so every
 * request carries the cookie and CSRF token of the owner it writes for: the reports (each task
 * once, round-robin over the owners) come first, split between wrk's threads, and then ledger
 * entries round-robin over the clients' indicators, each with its own subject. `response` counts
 * the 201s by kind (a ledger entry's JSON has `entryDate`) and keeps the first failures; `done`
 * prints the sums over the threads.
 */
function burstScript(picked: Owner[], sessions: Session[], threads: number): string {
  const reportsOf = new Map<string, { session: number; tasks: number[] }>();
  picked.forEach((o, i) => {
    if (!reportsOf.has(o.username)) reportsOf.set(o.username, { session: i, tasks: [...o.tasks] });
  });
  const reports: [number, number][] = [];
  for (let k = 0, more = true; more; k++) {
    more = false;
    for (const { session, tasks } of reportsOf.values()) {
      const task = tasks[k];
      if (task === undefined) continue;
      reports.push([session, task]);
      more = true;
    }
  }
  const ledger: [number, number][] = [];
  for (let k = 0; k < 10; k++)
    picked.forEach((o, i) => ledger.push([i, o.indicators[k % o.indicators.length]!]));
  const list = (rows: [number, number][]) =>
    `{${rows.map(([a, b]) => `{${a + 1},${b}}`).join(',')}}`;
  const sessionRows = picked.map((o, i) => {
    const s = sessions[i] ?? sessions[0]!;
    // JSON up to the subject's variable end: `{"entryDate":…,"subject":"<owner>走访企业`
    const prefix = JSON.stringify({
      entryDate: today,
      quantity: 1,
      subject: `${o.username}走访企业`,
    });
    return `{${luaString(s.cookie)},${luaString(s.csrfToken)},${luaString(prefix.slice(0, -2))}}`;
  });
  const reportBody = JSON.stringify({ month, done: `${monthNo}月按计划推进，完成阶段性工作。` });
  return `
local T = ${threads}
local sessions = {${sessionRows.join(',\n')}}
local reports = ${list(reports)}
local ledger = ${list(ledger)}
local reportBody = ${luaString(reportBody)}
local threads = {}
tid = 0
acked_report = 0
acked_ledger = 0
failed = 0
first_failures = ""
function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end
local ri = 0
local li = 0
local n = 0
function request()
  n = n + 1
  local i = tid + ri * T
  local s, path, body
  if i <= #reports then
    ri = ri + 1
    s = sessions[reports[i][1]]
    path = "/api/tasks/" .. reports[i][2] .. "/reports"
    body = reportBody
  else
    local l = ledger[(tid - 1 + li * T) % #ledger + 1]
    li = li + 1
    s = sessions[l[1]]
    path = "/api/indicators/" .. l[2] .. "/ledger"
    body = s[3] .. tid .. "-" .. n .. '"}'
  end
  local headers = { ["Cookie"] = s[1], ["X-CSRF-Token"] = s[2], ["Content-Type"] = "application/json" }
  return wrk.format("POST", path, headers, body)
end
function response(status, headers, body)
  if status == 201 then
    if string.find(body, '"entryDate"', 1, true) then acked_ledger = acked_ledger + 1
    else acked_report = acked_report + 1 end
  else
    failed = failed + 1
    if failed <= 3 then
      first_failures = first_failures .. "burst failure: " .. status .. " " .. string.sub(body or "", 1, 200):gsub("\\n", " ") .. "\\n"
    end
  end
end
function done(summary, latency, requests)
  local r, l, f, ff = 0, 0, 0, ""
  for _, t in ipairs(threads) do
    r = r + t:get("acked_report")
    l = l + t:get("acked_ledger")
    f = f + t:get("failed")
    ff = ff .. t:get("first_failures")
  end
  io.write("burst acknowledged: " .. r .. " " .. l .. "\\n")
  io.write("burst failed: " .. f .. "\\n")
  io.write(ff)
end
`;
}

interface WrkBurst {
  acknowledged: { report: number; ledger: number };
  failures: { status: number | string; body: string }[];
  writes: { n: number; p50: number; p99: number };
}

async function wrkBurst(
  wrk: string,
  baseUrl: string,
  picked: Owner[],
  sessions: Session[],
  seconds: number,
): Promise<WrkBurst> {
  const options = { url: baseUrl, headers: {}, connections: picked.length, seconds };
  const script = burstScript(picked, sessions, wrkThreads(picked.length));
  const output = await runWrkScript(wrk, options, script);
  const r = parseWrk(output);
  const acked = /^burst acknowledged: (\d+) (\d+)$/m.exec(output);
  const failed = Number(/^burst failed: (\d+)$/m.exec(output)?.[1] ?? NaN);
  if (!acked || !Number.isFinite(failed)) throw new Error(`wrk's burst script said:\n${output}`);
  const failures: WrkBurst['failures'] = [...output.matchAll(/^burst failure: (\d+) (.*)$/gm)].map(
    (m) => ({ status: Number(m[1]), body: m[2] ?? '' }),
  );
  // Socket errors and timeouts are failures too; wrk reports only their number.
  for (let i = 0; i < r.timeouts; i++) failures.push({ status: 'timeout', body: 'none in 10 s' });
  for (let i = 0; i < r.errors; i++) failures.push({ status: 'error', body: 'socket error' });
  while (failures.length < failed + r.errors + r.timeouts)
    failures.push({ status: 'non-201', body: '' });
  const report = Number(acked[1]);
  const ledger = Number(acked[2]);
  return {
    acknowledged: { report, ledger },
    failures,
    writes: { n: r.requests, p50: r.p50, p99: r.p99 },
  };
}

async function wrkHealth(wrk: string, baseUrl: string, clients: number, seconds: number) {
  const r = await runWrk(wrk, {
    url: `${baseUrl}/api/health`,
    headers: {},
    connections: clients,
    seconds: Math.max(1, Math.round(seconds / 6)),
  });
  return r.rps;
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
  const generator = await pickGenerator();
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
  let wrkWrites: WrkBurst['writes'] | null = null;
  try {
    const picked = Array.from({ length: clients }, (_, i) => people[i % people.length]!);
    const sessions: Session[] = [];
    for (const o of picked) sessions.push(await logIn(baseUrl, o.username, PASSWORD));
    if (generator.wrk) {
      health = await wrkHealth(generator.wrk, baseUrl, clients, seconds);
      const w = await wrkBurst(generator.wrk, baseUrl, picked, sessions, seconds);
      tally.acknowledged = w.acknowledged;
      tally.failures = w.failures;
      wrkWrites = w.writes;
    } else {
      health = await healthBaseline(baseUrl, clients, Math.max(1, seconds / 6));
      const until = performance.now() + seconds * 1000;
      // Owners picked twice share their task list, so no report is submitted twice.
      await Promise.all(
        picked.map((o, i) => client(baseUrl, o, sessions[i] ?? sessions[0]!, until, tally)),
      );
    }
    rss = rssMB(child.pid);
  } finally {
    const code = await stop(child);
    if (code !== 0) console.error(`server exited with ${code}`);
  }

  store = openStore(url);
  const after = await rowCounts(store);
  const chain = await verifyAuditChain({ db: store.db });
  const totals = await verifyTotals(store.db);
  await store.close();

  const written = { report: after.report - before.report, ledger: after.ledger - before.ledger };
  const writes = tally.acknowledged.report + tally.acknowledged.ledger;
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { n: xs.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)) };
  };
  // Under wrk the requests in flight when time was up may be written without a 201 being
  // counted (at most one a client); an acknowledged write without its row is a lost one.
  const lost = {
    report: Math.max(0, tally.acknowledged.report - written.report),
    ledger: Math.max(0, tally.acknowledged.ledger - written.ledger),
  };
  const inFlight = writtenTotal(written) - writes;
  const all = wrkWrites ?? stats([...tally.latencies.report, ...tally.latencies.ledger]);
  const figures: Figures = {
    engine: postgres ? 'postgres' : 'sqlite',
    loadGenerator: generator.wrk ? generator.name : 'fetch clients in this process (wrk not used)',
    clients,
    owners: Math.min(clients, people.length),
    seconds,
    writesPerSecond: round(writes / seconds),
    healthPerSecond: round(health),
    writesOverHealth: Math.round((writes / seconds / health) * 100) / 100,
    writes: { n: all.n, p50: round(all.p50), p99: round(all.p99) },
    report: wrkWrites ? null : stats(tally.latencies.report),
    ledger: wrkWrites ? null : stats(tally.latencies.ledger),
    failures: tally.failures.length,
    firstFailures: tally.failures.slice(0, 3),
    failuresByKind: countBy(tally.failures.map((x) => String(x.status))),
    acknowledged: tally.acknowledged,
    rowsAdded: written,
    unacknowledgedInFlight: inFlight,
    lost,
    nothingLost: lost.report === 0 && lost.ledger === 0 && inFlight >= 0 && inFlight <= clients,
    auditChain: chain.ok ? `intact (${chain.events} events)` : `broken at ${chain.brokenAt}`,
    storedTotals: totals.ok
      ? `agree with the ledger (${totals.indicators} indicators)`
      : `${totals.differences.length} differences`,
    rssMB: rss,
  };
  report(figures);
  process.exitCode = figures.failures === 0 && figures.nothingLost && chain.ok && totals.ok ? 0 : 1;
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

const writtenTotal = (w: { report: number; ledger: number }) => w.report + w.ledger;

interface Latency {
  n: number;
  p50: number;
  p99: number;
}

interface Figures {
  engine: string;
  loadGenerator: string;
  clients: number;
  owners: number;
  seconds: number;
  writesPerSecond: number;
  healthPerSecond: number;
  writesOverHealth: number;
  /** Every write's latency (ms); per kind only with the fetch clients (wrk cannot tell). */
  writes: Latency;
  report: Latency | null;
  ledger: Latency | null;
  failures: number;
  firstFailures: { status: number | string; body: string }[];
  /** Failures by status (or `timeout`, `error` for a socket error). */
  failuresByKind: Record<string, number>;
  acknowledged: { report: number; ledger: number };
  rowsAdded: { report: number; ledger: number };
  unacknowledgedInFlight: number;
  lost: { report: number; ledger: number };
  nothingLost: boolean;
  auditChain: string;
  storedTotals: string;
  rssMB: number | null;
}

function report(f: Figures): void {
  console.log(
    `Month-end burst — Node ${process.version}, ${cpus().length} CPUs; the server is src/app/main.ts`,
  );
  console.log(
    `${f.engine}: ${f.clients} clients as ${f.owners} owners for ${f.seconds} s; load generator: ${f.loadGenerator}\n`,
  );
  const latency = (l: Latency | null) => (l ? `${l.p50} / ${l.p99} ms (${l.n})` : '—');
  const rows: [string, string][] = [
    ['work', 'Duban'],
    ['writes (reports + ledger entries) /s', String(f.writesPerSecond)],
    ['GET /api/health /s, same clients (baseline)', String(f.healthPerSecond)],
    ['writes / health', String(f.writesOverHealth)],
    ['all writes p50 / p99 (requests)', latency(f.writes)],
    ['reports p50 / p99 (requests)', latency(f.report)],
    ['ledger entries p50 / p99 (requests)', latency(f.ledger)],
    ['reports: 201 answers / rows added', `${f.acknowledged.report} / ${f.rowsAdded.report}`],
    [
      'ledger entries: 201 answers / rows added',
      `${f.acknowledged.ledger} / ${f.rowsAdded.ledger}`,
    ],
    [
      'rows written without an answer counted (in flight at the end)',
      String(f.unacknowledgedInFlight),
    ],
    ['acknowledged writes lost', String(f.lost.report + f.lost.ledger)],
    ['failures (non-201, socket errors, timeouts)', String(f.failures)],
    ['audit chain', f.auditChain],
    ['stored totals (duban verify-totals)', f.storedTotals],
    ['server RSS at the end', `${String(f.rssMB)} MB`],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  const line = ([a, b]: [string, string]) => `| ${a.padEnd(w0)} | ${b.padStart(w1)} |`;
  console.log(line(rows[0]!));
  console.log(`| ${'-'.repeat(w0)} | ${'-'.repeat(w1 - 1)}: |`);
  for (const r of rows.slice(1)) console.log(line(r));
  if (f.failures) {
    console.log(`failures by kind ${JSON.stringify(f.failuresByKind)}`);
    console.log(`first failures ${JSON.stringify(f.firstFailures)}`);
  }
  console.log(`nothing lost: ${String(f.nothingLost)}`);
  console.log(JSON.stringify(f));
}

await main();
