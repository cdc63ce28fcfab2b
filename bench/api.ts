/**
 * API benchmark (npx tsx bench/api.ts): how many task-list requests per second our HTTP stack
 * answers on loopback, against a bare `node:http` server sending the very same bytes.
 *
 * Set-up: a fresh SQLite file holding the worked example (滁科协〔2017〕2号) grown to 100 tasks
 * (its 10 tasks copied as nos. 11–100 with their indicators, plus ledger entries and progress
 * reports), an admin with an API token, and the app on a fixed clock (2017-09-30). The
 * measured request is `GET /api/plans/:id/tasks?limit=100` with `Authorization: Bearer`: the
 * bearer lookup, the actor, the plan check, the task query with its joins, the status lights
 * (indicators, ledger aggregates, this month's reports) and the JSON of 100 tasks (~53 KB).
 * The bare server answers every request with the bytes and content-type of one such response,
 * so it is the floor: HTTP parsing and writing the same body, nothing else.
 *
 * Each server runs in its own child process, so the load generator (wrk, or autocannon in this
 * process) does not share the servers' event loop; with few cores they still share the CPU, as
 * does anything else. For 10 and then 50 connections, each server gets a 2 s warm-up and then
 * BENCH_SECONDS (default 10) of load.
 *
 * Load generator: wrk (bench/lib/wrk.ts) when `wrk` is installed, autocannon otherwise or with
 * BENCH_LOAD=autocannon; the output names the one used. It matters: on two cores autocannon
 * could not push a bare node:http server past about 7,500 req/s while wrk reaches 20,000+, so
 * with autocannon the bare figure is the generator's limit and every ratio reads too high.
 *
 * How to read it: _req/s_ is the requests completed per second of the run (wrk: total over
 * duration; autocannon: mean of per-second counts); p50/p99 are latencies in ms. **ours/bare**
 * is our req/s over the bare server's at the same connection count: the product aims at >= 0.5
 * on SQLite. Between writes the list is served from the generation-keyed response cache; the
 * **uncached** rows add a changing query parameter so every request computes the list
 * (queries, lights, JSON) — the cost right after each write. The ratio is steadier across
 * machines than raw req/s.
 *
 * RSS is the server process's resident memory before its first warm-up and after its last
 * run; a large growth between them hints at a leak or an unbounded cache. The last line is
 * one JSON object with every figure. Exits 1 if any request errored, timed out or returned
 * non-2xx (warm-ups included); a low ratio is reported, not failed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { apiRoutes } from '../src/app/routes.js';
import { loadSamplePlan } from '../src/domains/plan/load-sample-plan.js';
import { createApiToken } from '../src/platform/auth/credentials.js';
import { migrateToLatest, openStore } from '../src/platform/db/database.js';
import type { Database, NewTask, Task } from '../src/platform/db/schema.js';
import { buildApp } from '../src/platform/http/server.js';
import { buildUser } from '../src/test/factories.js';
import { findWrk, runWrk, wrkVersion, type LoadOptions, type LoadResult } from './lib/wrk.js';

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TASKS = 100;
const CONNECTIONS = [10, 50] as const;
const WARMUP_SECONDS = 2;
const AIM = 0.5;
const clock = () => new Date('2017-09-30T04:00:00Z');

// ---------------------------------------------------------------- messages between processes

/** What a server process tells this one: where it listens, then its RSS when asked. */
const reply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), url: z.string(), token: z.string() }),
  z.object({ type: z.literal('rss'), bytes: z.number() }),
]);
type Reply = z.infer<typeof reply>;

function tell(message: Reply): void {
  if (!process.send) throw new Error('bench/api.ts server role needs an IPC channel');
  process.send(message);
}

/**
 * Answers RSS requests from the parent. Exits cleanly on SIGTERM (so `--cpu-prof` can write its
 * profile) and when the parent goes away, so an interrupted run leaves no server behind.
 */
function answerRss(): void {
  process.on('message', () => tell({ type: 'rss', bytes: process.memoryUsage().rss }));
  process.on('SIGTERM', () => process.exit(0));
  process.on('disconnect', () => process.exit(0));
}

// ---------------------------------------------------------------- seeding (server process)

function copyOf(t: Task, no: number): NewTask {
  return {
    plan_id: t.plan_id,
    no,
    content: t.content,
    key_task_id: t.key_task_id,
    key_task_score: t.key_task_score,
    owner_person_id: t.owner_person_id,
    department_unit_id: t.department_unit_id,
    leader_person_id: t.leader_person_id,
    deadline_text: t.deadline_text,
    start_date: t.start_date,
    due_date: t.due_date,
    recurring: t.recurring,
    notes: t.notes,
    status: t.status,
    updated_at: t.updated_at,
  };
}

/** Copies the example's tasks, with their indicators, as nos. 11..100. */
async function growPlan(db: Kysely<Database>, planId: number): Promise<void> {
  const originals = await db
    .selectFrom('tasks')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('no')
    .execute();
  for (let no = originals.length + 1; no <= TASKS; no++) {
    const template = originals[(no - 1) % originals.length]!;
    const { id } = await db
      .insertInto('tasks')
      .values(copyOf(template, no))
      .returning('id')
      .executeTakeFirstOrThrow();
    await copyIndicators(db, template.id, id);
  }
}

async function copyIndicators(db: Kysely<Database>, from: number, to: number): Promise<void> {
  const indicators = await db
    .selectFrom('indicators')
    .selectAll()
    .where('task_id', '=', from)
    .execute();
  for (const i of indicators) {
    await db
      .insertInto('indicators')
      .values({
        task_id: to,
        comparator: i.comparator,
        value: i.value,
        min_value: i.min_value,
        max_value: i.max_value,
        unit: i.unit,
        subject: i.subject,
        aggregation: i.aggregation,
        per_person_threshold: i.per_person_threshold,
        source_text: i.source_text,
        optional: i.optional,
      })
      .execute();
  }
}

/** 1–5 ledger entries per indicator (one of them voided on every seventh indicator). */
async function addLedger(db: Kysely<Database>, userId: number): Promise<void> {
  const indicators = await db.selectFrom('indicators').select(['id', 'subject']).execute();
  for (const { id, subject } of indicators) {
    const count = 1 + (id % 5);
    for (let k = 1; k <= count; k++) {
      await db
        .insertInto('ledger_entries')
        .values({
          indicator_id: id,
          entry_date: `2017-0${1 + (k % 9)}-15`,
          quantity: 1,
          subject: `${subject}${k}`,
          attributes: '{}',
          entered_by: userId,
          voided_at: id % 7 === 0 && k === 1 ? '2017-09-01T00:00:00.000Z' : null,
          void_reason: id % 7 === 0 && k === 1 ? 'duplicate' : null,
        })
        .execute();
    }
  }
}

/** A September report on every third task (some returned), an accepted August one on every fourth. */
async function addReports(db: Kysely<Database>, planId: number, userId: number): Promise<void> {
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'no'])
    .where('plan_id', '=', planId)
    .execute();
  const report = (taskId: number, month: string, state: string) =>
    db
      .insertInto('progress_reports')
      .values({
        task_id: taskId,
        month,
        done: '按计划推进，已完成阶段性工作。',
        problems: '无',
        next_steps: '继续推进。',
        state,
        submitted_by: userId,
        submitted_at: `${month}-25T02:00:00.000Z`,
      })
      .execute();
  for (const { id, no } of tasks) {
    if (no % 3 === 0) await report(id, '2017-09', no % 9 === 0 ? 'returned' : 'submitted');
    if (no % 4 === 0) await report(id, '2017-08', 'accepted');
  }
}

async function seed(db: Kysely<Database>): Promise<{ planId: number; token: string }> {
  const sample = await loadSamplePlan({ db });
  if (!sample) throw new Error('the store was not empty');
  const userId = await buildUser(db, { username: 'bench-admin', role: 'admin' });
  await db.transaction().execute(async (trx) => {
    await growPlan(trx, sample.planId);
    await addLedger(trx, userId);
    await addReports(trx, sample.planId, userId);
  });
  const { token } = await createApiToken(db, { name: 'bench', userId, createdBy: userId });
  return { planId: sample.planId, token };
}

// ---------------------------------------------------------------- the two servers

const urlOf = (server: Server, path: string): string =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;

/** Child role `ours DIR`: the real app over a seeded SQLite file in DIR. */
async function serveOurs(dir: string): Promise<void> {
  const store = openStore(`sqlite:${join(dir, 'bench.db')}`);
  await migrateToLatest(store);
  const { planId, token } = await seed(store.db);
  const app = await buildApp({ store, routes: apiRoutes, logLevel: 'silent', clock });
  await app.listen({ host: '127.0.0.1', port: 0 });
  answerRss();
  tell({
    type: 'ready',
    url: urlOf(app.server, `/api/plans/${planId}/tasks?limit=${TASKS}`),
    token,
  });
}

/** Child role `bare DIR CONTENT-TYPE`: the same bytes for every request. */
async function serveBare(dir: string, contentType: string): Promise<void> {
  const body = readFileSync(join(dir, 'body'));
  const headers = { 'content-type': contentType, 'content-length': body.length };
  const server = createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  answerRss();
  tell({ type: 'ready', url: urlOf(server, '/'), token: '' });
}

// ---------------------------------------------------------------- driving them (parent)

function nextReply(child: ChildProcess): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`server process exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      const parsed = reply.safeParse(message);
      if (parsed.success) resolve(parsed.data);
      else reject(new Error(`unexpected message ${JSON.stringify(message)}`));
    });
  });
}

async function start(args: string[]): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = fork(SELF, args, {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await nextReply(child);
  if (ready.type !== 'ready') throw new Error('server process did not start');
  return { child, url: ready.url, token: ready.token };
}

async function rssMB(child: ChildProcess): Promise<number> {
  const answer = nextReply(child);
  child.send({ type: 'rss' });
  const message = await answer;
  if (message.type !== 'rss') throw new Error('expected an RSS reply');
  return round(message.bytes / 1024 / 1024, 1);
}

const taskList = z.object({
  total: z.number(),
  items: z.array(z.object({ light: z.object({ light: z.string() }).nullable() })),
});

/** One authenticated request: checks 100 tasks with lights and keeps the exact response. */
async function capture(url: string, token: string) {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${body.toString()}`);
  if (response.headers.get('content-encoding')) throw new Error('response is compressed');
  const list = taskList.parse(JSON.parse(body.toString('utf8')));
  if (list.items.length !== TASKS || list.items.some((t) => t.light === null)) {
    throw new Error(`expected ${TASKS} tasks with lights, got ${list.items.length}`);
  }
  const lights: Record<string, number> = {};
  for (const t of list.items) if (t.light) lights[t.light.light] = (lights[t.light.light] ?? 0) + 1;
  return { body, contentType: response.headers.get('content-type') ?? '', lights };
}

interface Run extends LoadResult {
  /** uncached: ours with a query parameter that changes on every request, so nothing is reused. */
  server: 'ours' | 'uncached' | 'bare';
  connections: number;
  warmupFailures: number;
}

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
const failuresOf = (r: LoadResult): number => r.errors + r.timeouts + r.non2xx;

/** Drives one timed run; wrk when installed, autocannon otherwise (see pickGenerator). */
type Generator = (o: LoadOptions) => Promise<LoadResult>;

async function autocannonRun(o: LoadOptions): Promise<LoadResult> {
  let n = 0;
  // A fresh URL per request defeats the response cache: the cost of computing the list itself.
  const requests: autocannon.Request[] | undefined = o.vary
    ? [{ setupRequest: (req) => ({ ...req, path: `${req.path ?? ''}&n=${n++}` }) }]
    : undefined;
  const r = await autocannon({
    url: o.url,
    headers: o.headers,
    connections: o.connections,
    duration: o.seconds,
    ...(requests ? { requests } : {}),
  });
  const { errors, timeouts, non2xx } = r;
  const { p50, p99 } = r.latency;
  return {
    rps: round(r.requests.average, 0),
    p50,
    p99,
    requests: r.requests.total,
    errors,
    timeouts,
    non2xx,
  };
}

/** wrk if installed (unless BENCH_LOAD=autocannon), and the line saying which drives the load. */
async function pickGenerator(): Promise<{ run: Generator; name: string }> {
  const forced = process.env.BENCH_LOAD === 'autocannon';
  const wrk = forced ? null : findWrk();
  if (wrk) return { run: (o) => runWrk(wrk, o), name: `wrk ${await wrkVersion(wrk)}` };
  const why = forced ? 'BENCH_LOAD=autocannon' : 'wrk not installed';
  return {
    run: autocannonRun,
    name: `autocannon (${why} — ratios against a bare server read high)`,
  };
}

async function measure(
  load: Generator,
  server: Run['server'],
  target: { url: string; token: string },
  connections: number,
  seconds: number,
): Promise<Run> {
  const headers: Record<string, string> = target.token
    ? { authorization: `Bearer ${target.token}` }
    : {};
  const options = { url: target.url, headers, connections, vary: server === 'uncached' };
  const warmup = await load({ ...options, seconds: WARMUP_SECONDS });
  const r = await load({ ...options, seconds });
  return { server, connections, ...r, warmupFailures: failuresOf(warmup) };
}

function benchSeconds(): number {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('BENCH_SECONDS must be > 0');
  return seconds;
}

// ---------------------------------------------------------------- report

const pad = (cells: (string | number)[], widths: number[]): string =>
  cells.map((c, i) => String(c).padStart(widths[i] ?? 8)).join('  ');

function printTable(runs: Run[]): void {
  const widths = [8, 5, 8, 8, 8, 9, 7, 7];
  console.log(
    pad(['server', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'non-2xx'], widths),
  );
  for (const r of runs) {
    const row = [
      r.server,
      r.connections,
      r.rps,
      r.p50,
      r.p99,
      r.requests,
      r.errors + r.timeouts,
      r.non2xx,
    ];
    console.log(pad(row, widths));
  }
}

function ratios(runs: Run[]): Record<string, number> {
  const rps = (server: Run['server'], c: number) =>
    runs.find((r) => r.server === server && r.connections === c)?.rps ?? NaN;
  return Object.fromEntries(
    CONNECTIONS.flatMap((c) => [
      [String(c), round(rps('ours', c) / rps('bare', c))],
      [`${c} uncached`, round(rps('uncached', c) / rps('bare', c))],
    ]),
  );
}

// ---------------------------------------------------------------- main

async function runAll(
  load: Generator,
  ours: { url: string; token: string },
  bare: { url: string; token: string },
  seconds: number,
) {
  const runs: Run[] = [];
  for (const connections of CONNECTIONS) {
    runs.push(await measure(load, 'ours', ours, connections, seconds));
    runs.push(await measure(load, 'uncached', ours, connections, seconds));
    runs.push(await measure(load, 'bare', bare, connections, seconds));
  }
  return runs;
}

interface Rss {
  ours: { before: number; after: number };
  bare: { before: number; after: number };
}

async function main(): Promise<void> {
  const seconds = benchSeconds();
  const generator = await pickGenerator();
  const dir = mkdtempSync(join(tmpdir(), 'duban-bench-api-'));
  const children: ChildProcess[] = [];
  try {
    const ours = await start(['ours', dir]);
    children.push(ours.child);
    const sample = await capture(ours.url, ours.token);
    writeFileSync(join(dir, 'body'), sample.body);
    const bare = await start(['bare', dir, sample.contentType]);
    children.push(bare.child);
    const before = [await rssMB(ours.child), await rssMB(bare.child)];
    const runs = await runAll(generator.run, ours, bare, seconds);
    const rss: Rss = {
      ours: { before: before[0]!, after: await rssMB(ours.child) },
      bare: { before: before[1]!, after: await rssMB(bare.child) },
    };
    const { pathname, search } = new URL(ours.url);
    const { body, ...response } = sample;
    const path = pathname + search;
    const loadGenerator = generator.name;
    report({ path, bodyBytes: body.length, ...response, loadGenerator, seconds, runs, rss });
  } finally {
    await Promise.all(children.map(stop));
    rmSync(dir, { recursive: true, force: true });
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Figures {
  path: string;
  bodyBytes: number;
  contentType: string;
  lights: Record<string, number>;
  loadGenerator: string;
  seconds: number;
  runs: Run[];
  rss: Rss;
}

function report(f: Figures): void {
  console.log(
    `API benchmark — GET ${f.path}: ${TASKS} tasks, ${f.bodyBytes} bytes of ${f.contentType}`,
  );
  console.log(
    `lights ${JSON.stringify(f.lights)}; ${WARMUP_SECONDS} s warm-up + ${f.seconds} s a run`,
  );
  console.log(`Node ${process.version}, ${cpus().length} CPUs; servers in child processes`);
  console.log(`load generator: ${f.loadGenerator}\n`);
  printTable(f.runs);
  const ratio = ratios(f.runs);
  const ratioText = CONNECTIONS.map((c) => `${ratio[String(c)]} at ${c} connections`).join(', ');
  console.log(`\nours/bare req/s: ${ratioText} (aim >= ${AIM})`);
  const coldText = CONNECTIONS.map((c) => `${ratio[`${c} uncached`]} at ${c}`).join(', ');
  console.log(`uncached/bare req/s (every request computed, no response cache): ${coldText}`);
  const { ours, bare } = f.rss;
  console.log(`RSS MB: ours ${ours.before} -> ${ours.after}, bare ${bare.before} -> ${bare.after}`);
  const failures = f.runs.reduce(
    (n, r) => n + r.errors + r.timeouts + r.non2xx + r.warmupFailures,
    0,
  );
  if (failures > 0) console.error(`${failures} requests errored, timed out or returned non-2xx`);
  process.exitCode = failures > 0 ? 1 : 0;
  const extra = {
    tasks: TASKS,
    warmupSeconds: WARMUP_SECONDS,
    node: process.version,
    cpus: cpus().length,
  };
  console.log(JSON.stringify({ ...f, ...extra, ratio, aim: AIM, failures }));
}

const [role, dir = '', contentType = ''] = process.argv.slice(2);
if (role === 'ours') await serveOurs(dir);
else if (role === 'bare') await serveBare(dir, contentType);
else await main();
