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
 * does anything else. Every run is a 2 s warm-up and then BENCH_SECONDS (default 10) of load:
 * the cached list (ours and bare) at 10 and 1 connections; the uncached list at 10; then POST a
 * ledger entry (a different subject each time) at 1, 10 and 50 connections, counting the 2xx
 * answers and comparing them with the rows added to ledger_entries (an answer without a row is
 * lost; rows beyond the answers were in flight when the generator stopped). Then a second
 * server over the same data in the PostgreSQL schema bench_api (TEST_POSTGRES_URL; made afresh,
 * dropped after): the uncached list and the writes again. One summary table in the issue's
 * shape follows the list of runs.
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
 * RSS is each server process's resident memory before its first warm-up and after its last
 * run; a large growth between them hints at a leak or an unbounded cache. The last line is
 * one JSON object with every figure. Exits 1 if any request errored, timed out or returned
 * non-2xx (warm-ups included) or any acknowledged write is lost; a missed aim is reported, not
 * failed.
 */
import { rebuildTotals } from '../src/platform/db/totals/rebuild-totals.js';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { apiRoutes } from '../src/app/routes.js';
import { loadSamplePlan } from '../src/domains/plan/load-sample-plan.js';
import { createApiToken } from '../src/platform/auth/credentials.js';
import { migrateToLatest, openStore, type Store } from '../src/platform/db/database.js';
import type { Database, NewTask, Task } from '../src/platform/db/schema.js';
import { buildApp } from '../src/platform/http/server.js';
import { buildUser } from '../src/test/factories.js';
import { adminQuery, postgresUrl, schemaUrl } from '../src/test/postgres.js';
import { buildOnce } from './lib/child.js';
import { pickGenerator, type Generator } from './lib/generator.js';
import type { LoadResult } from './lib/wrk.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TASKS = 100;
const WARMUP_SECONDS = 2;
const AIM = 0.5;
const clock = () => new Date('2017-09-30T04:00:00Z');

// ---------------------------------------------------------------- messages between processes

/** What a server process tells this one: where it listens, then its RSS when asked. */
const reply = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ready'),
    url: z.string(),
    token: z.string(),
    /** POST here to enter a ledger entry (台账) on the plan's first indicator. */
    ledgerPath: z.string(),
  }),
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
    // Rows written directly, as an import would not: the stored totals are counted afresh.
    await rebuildTotals(trx, { all: true });
  });
  const { token } = await createApiToken(db, { name: 'bench', userId, createdBy: userId });
  return { planId: sample.planId, token };
}

// ---------------------------------------------------------------- the two servers

const urlOf = (server: Server, path: string): string =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;

/** Child role `ours URL`: the real app over a fresh store at URL (SQLite file or PG schema). */
async function serveOurs(url: string): Promise<void> {
  const store = openStore(url);
  await migrateToLatest(store);
  const { planId, token } = await seed(store.db);
  const indicator = await store.db
    .selectFrom('indicators')
    .innerJoin('tasks', 'tasks.id', 'indicators.task_id')
    .select('indicators.id')
    .where('tasks.plan_id', '=', planId)
    .orderBy('indicators.id')
    .executeTakeFirstOrThrow();
  const app = await buildApp({ store, routes: apiRoutes, logLevel: 'silent', clock });
  await app.listen({ host: '127.0.0.1', port: 0 });
  answerRss();
  tell({
    type: 'ready',
    url: urlOf(app.server, `/api/plans/${planId}/tasks?limit=${TASKS}`),
    token,
    ledgerPath: `/api/indicators/${indicator.id}/ledger`,
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
  tell({ type: 'ready', url: urlOf(server, '/'), token: '', ledgerPath: '' });
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

interface Started {
  child: ChildProcess;
  url: string;
  token: string;
  ledgerPath: string;
}

/** The servers run this file compiled, as `npm start` runs the app: no TypeScript loader. */
async function start(args: string[]): Promise<Started> {
  buildOnce();
  const child = fork(join(ROOT, 'dist', 'bench', 'api.js'), args, {
    cwd: ROOT,
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await nextReply(child);
  if (ready.type !== 'ready') throw new Error('server process did not start');
  return { child, url: ready.url, token: ready.token, ledgerPath: ready.ledgerPath };
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

type Engine = 'sqlite' | 'postgres';

interface Run extends LoadResult {
  engine: Engine;
  /**
   * ours: the list, answered from the response cache; uncached: ours with a query parameter that
   * changes on every request, so nothing is reused; bare: the same bytes from node:http;
   * ledger: POST a ledger entry, a different subject each time.
   */
  server: 'ours' | 'uncached' | 'bare' | 'ledger';
  connections: number;
  warmupFailures: number;
  /** ledger: rows added to ledger_entries during the timed run, counted in the database. */
  rowsAdded?: number;
  /** ledger: 2xx answers with no row behind them (should be 0). */
  lost?: number;
}

const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
const failuresOf = (r: LoadResult): number => r.errors + r.timeouts + r.non2xx;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Target {
  url: string;
  token: string;
}

async function measure(
  load: Generator,
  engine: Engine,
  server: Run['server'],
  target: Target,
  connections: number,
  seconds: number,
): Promise<Run> {
  const headers: Record<string, string> = target.token
    ? { authorization: `Bearer ${target.token}` }
    : {};
  const options = { url: target.url, headers, connections, vary: server === 'uncached' };
  const warmup = await load({ ...options, seconds: WARMUP_SECONDS });
  const r = await load({ ...options, seconds });
  return { engine, server, connections, ...r, warmupFailures: failuresOf(warmup) };
}

async function ledgerRows(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The row count once it stops moving: writes in flight when the generator stopped land first. */
async function settledRows(store: Store): Promise<number> {
  let last = await ledgerRows(store);
  for (let i = 0; i < 50; i++) {
    await sleep(200);
    const now = await ledgerRows(store);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/**
 * POSTs ledger entries (each with its own subject) for a warm-up and a timed run, counting the
 * 2xx answers one by one, and compares them with the rows the timed run added. A row may exceed
 * the answers by the requests in flight when the generator stopped (at most one a connection);
 * an answer without a row is a lost write.
 */
async function measureWrites(
  load: Generator,
  engine: Engine,
  target: Started,
  store: Store,
  connections: number,
  seconds: number,
): Promise<Run> {
  const options = {
    url: new URL(target.ledgerPath, target.url).href,
    headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
    connections,
    method: 'POST',
    body: JSON.stringify({ entryDate: '2017-09-15', quantity: 1, subject: '走访企业{n}' }),
    varyBody: true,
    count2xx: true,
  };
  const warmup = await load({ ...options, seconds: WARMUP_SECONDS });
  const before = await settledRows(store);
  const r = await load({ ...options, seconds });
  const rowsAdded = (await settledRows(store)) - before;
  const ok = r.ok ?? 0;
  const lost = Math.max(0, ok - rowsAdded);
  return {
    engine,
    server: 'ledger',
    connections,
    ...r,
    warmupFailures: failuresOf(warmup),
    rowsAdded,
    lost,
  };
}

function benchSeconds(): number {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error('BENCH_SECONDS must be > 0');
  return seconds;
}

// ---------------------------------------------------------------- report

const pad = (cells: (string | number)[], widths: number[]): string =>
  cells.map((c, i) => String(c).padStart(widths[i] ?? 8)).join('  ');

function printRuns(runs: Run[]): void {
  const widths = [8, 8, 5, 8, 8, 8, 9, 7, 7, 6, 6];
  const head = ['engine', 'server', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'requests'];
  console.log(pad([...head, 'errors', 'non-2xx', '2xx', 'rows'], widths));
  for (const r of runs) {
    const row = [r.engine, r.server, r.connections, r.rps, r.p50, r.p99, r.requests];
    const writes = r.server === 'ledger' ? [r.ok ?? '', r.rowsAdded ?? ''] : ['', ''];
    console.log(pad([...row, r.errors + r.timeouts, r.non2xx, ...writes], widths));
  }
}

const find = (runs: Run[], engine: Engine, server: Run['server'], connections: number) =>
  runs.find((r) => r.engine === engine && r.server === server && r.connections === connections);

function ratios(runs: Run[]): Record<string, number> {
  const rps = (engine: Engine, server: Run['server'], c: number) =>
    find(runs, engine, server, c)?.rps ?? NaN;
  const bare = (c: number) => rps('sqlite', 'bare', c);
  const out: Record<string, number> = {};
  for (const c of LIST_CONNECTIONS) out[String(c)] = round(rps('sqlite', 'ours', c) / bare(c));
  const u = UNCACHED_CONNECTIONS;
  out[`${u} uncached`] = round(rps('sqlite', 'uncached', u) / bare(u));
  if (find(runs, 'postgres', 'uncached', u))
    out[`postgres ${u} uncached`] = round(rps('postgres', 'uncached', u) / bare(u));
  return out;
}

interface Rss {
  before: number;
  after: number;
}

/** The table: one row a piece of work, our figure against the bare server's. */
function printSummary(runs: Run[], rss: Partial<Record<Engine | 'bare', Rss>>): void {
  const ratio = ratios(runs);
  const bare = (c: number) => find(runs, 'sqlite', 'bare', c);
  const rows: string[][] = [['work', 'bare node:http', 'Duban', 'ratio']];
  for (const c of LIST_CONNECTIONS) {
    const ours = find(runs, 'sqlite', 'ours', c);
    rows.push([
      `list, cached, ${c} connection${c === 1 ? '' : 's'}`,
      `${bare(c)?.rps ?? '?'} req/s`,
      ours ? `${ours.rps} req/s, p99 ${ours.p99} ms` : '?',
      String(ratio[String(c)]),
    ]);
  }
  const u = UNCACHED_CONNECTIONS;
  const engines: Engine[] = find(runs, 'postgres', 'ledger', 1)
    ? ['sqlite', 'postgres']
    : ['sqlite'];
  for (const engine of engines) {
    const prefix = engine === 'postgres' ? 'PostgreSQL: ' : '';
    const uncached = find(runs, engine, 'uncached', u);
    rows.push([
      `${prefix}list, uncached (after any write), ${u} connections`,
      `${bare(u)?.rps ?? '?'} req/s`,
      uncached ? `${uncached.rps} req/s, p50 ${uncached.p50} ms` : '?',
      String(ratio[engine === 'postgres' ? `postgres ${u} uncached` : `${u} uncached`]),
    ]);
    const writes = WRITE_CONNECTIONS.map((c) => find(runs, engine, 'ledger', c));
    const each = (f: (r: Run) => number) => writes.map((r) => (r ? f(r) : '?')).join(' / ');
    rows.push([
      `${prefix}POST a ledger entry, ${WRITE_CONNECTIONS.join(' / ')} connections`,
      '—',
      `${each((r) => r.rps)} writes/s, errors ${each(failuresOf)}, lost ${each((r) => r.lost ?? 0)}`,
      '—',
    ]);
    const mem = rss[engine];
    rows.push([
      `${prefix}server RSS`,
      '—',
      mem ? `idle after start ${mem.before} MB, after the runs ${mem.after} MB` : '?',
      '—',
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 || i === 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(
    `| ${widths.map((w, i) => (i === 0 || i === 2 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`,
  );
  for (const row of rows.slice(1)) console.log(line(row));
}

/** Each aim of the issue, met or not. */
function aims(runs: Run[], rss: Partial<Record<Engine | 'bare', Rss>>): Record<string, boolean> {
  const ratio = ratios(runs);
  const writes = (engine: Engine) => find(runs, engine, 'ledger', 10)?.rps ?? 0;
  const out: Record<string, boolean> = {};
  for (const c of LIST_CONNECTIONS)
    out[`cached list >= ${AIM} x bare at ${c}`] = ratio[String(c)]! >= AIM;
  out[`uncached list >= ${UNCACHED_AIM} x bare`] =
    ratio[`${UNCACHED_CONNECTIONS} uncached`]! >= UNCACHED_AIM;
  out[`SQLite >= ${WRITE_AIM.sqlite} writes/s at 10`] = writes('sqlite') >= WRITE_AIM.sqlite;
  if (find(runs, 'postgres', 'ledger', 10))
    out[`PostgreSQL >= ${WRITE_AIM.postgres} writes/s at 10`] =
      writes('postgres') >= WRITE_AIM.postgres;
  const ledger = runs.filter((r) => r.server === 'ledger');
  out['no write errors'] = ledger.every((r) => failuresOf(r) + r.warmupFailures === 0);
  out['no write lost'] = ledger.every((r) => (r.lost ?? 0) === 0);
  for (const engine of ['sqlite', 'postgres'] as const) {
    const after = rss[engine]?.after;
    if (after !== undefined)
      out[`${engine} RSS after the runs <= ${RSS_AIM_MB} MB`] = after <= RSS_AIM_MB;
  }
  return out;
}

// ---------------------------------------------------------------- main

const LIST_CONNECTIONS = [10, 1] as const;
const UNCACHED_CONNECTIONS = 10;
const WRITE_CONNECTIONS = [1, 10, 50] as const;
const UNCACHED_AIM = 0.1;
const WRITE_AIM = { sqlite: 2000, postgres: 1000 } as const;
const RSS_AIM_MB = 200;
const PG_SCHEMA = 'bench_api';

/** The list (cached at 10 and 1 connections, against the bare server; uncached) and the writes. */
async function sqliteRuns(
  load: Generator,
  ours: Started,
  bare: Target,
  store: Store,
  seconds: number,
): Promise<Run[]> {
  const runs: Run[] = [];
  for (const connections of LIST_CONNECTIONS) {
    runs.push(await measure(load, 'sqlite', 'ours', ours, connections, seconds));
    runs.push(await measure(load, 'sqlite', 'bare', bare, connections, seconds));
  }
  runs.push(await measure(load, 'sqlite', 'uncached', ours, UNCACHED_CONNECTIONS, seconds));
  for (const c of WRITE_CONNECTIONS)
    runs.push(await measureWrites(load, 'sqlite', ours, store, c, seconds));
  return runs;
}

/** The same data on PostgreSQL (schema bench_api): the uncached list, then the writes. */
async function postgresRuns(
  load: Generator,
  seconds: number,
  children: ChildProcess[],
): Promise<{ runs: Run[]; rss: Rss } | string> {
  try {
    await adminQuery(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
    await adminQuery(`CREATE SCHEMA ${PG_SCHEMA}`);
  } catch (error) {
    return `PostgreSQL not reachable at ${postgresUrl} (${String(error)}): skipped`;
  }
  const url = schemaUrl(PG_SCHEMA);
  const store = openStore(url);
  try {
    const ours = await start(['ours', url]);
    children.push(ours.child);
    await capture(ours.url, ours.token);
    const before = await rssMB(ours.child);
    const runs = [await measure(load, 'postgres', 'uncached', ours, UNCACHED_CONNECTIONS, seconds)];
    for (const c of WRITE_CONNECTIONS)
      runs.push(await measureWrites(load, 'postgres', ours, store, c, seconds));
    const rss = { before, after: await rssMB(ours.child) };
    await stop(ours.child);
    return { runs, rss };
  } finally {
    await store.close();
    await adminQuery(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
  }
}

async function main(): Promise<void> {
  const seconds = benchSeconds();
  const generator = await pickGenerator();
  const dir = mkdtempSync(join(tmpdir(), 'duban-bench-api-'));
  const url = `sqlite:${join(dir, 'bench.db')}`;
  const children: ChildProcess[] = [];
  let store: Store | null = null;
  try {
    const ours = await start(['ours', url]);
    children.push(ours.child);
    store = openStore(url);
    const sample = await capture(ours.url, ours.token);
    writeFileSync(join(dir, 'body'), sample.body);
    const bare = await start(['bare', dir, sample.contentType]);
    children.push(bare.child);
    const before = [await rssMB(ours.child), await rssMB(bare.child)];
    const runs = await sqliteRuns(generator.run, ours, bare, store, seconds);
    const rss: Partial<Record<Engine | 'bare', Rss>> = {
      sqlite: { before: before[0]!, after: await rssMB(ours.child) },
      bare: { before: before[1]!, after: await rssMB(bare.child) },
    };
    // The SQLite server stops first, so it does not hold memory or CPU during the PostgreSQL runs.
    await stop(ours.child);
    const pg = await postgresRuns(generator.run, seconds, children);
    if (typeof pg === 'string') console.error(pg);
    else {
      runs.push(...pg.runs);
      rss.postgres = pg.rss;
    }
    const { pathname, search } = new URL(ours.url);
    const { body, ...response } = sample;
    const path = pathname + search;
    const loadGenerator = generator.name;
    const postgres = typeof pg === 'string' ? pg : 'measured';
    report({
      path,
      ledgerPath: ours.ledgerPath,
      bodyBytes: body.length,
      ...response,
      loadGenerator,
      seconds,
      runs,
      rss,
      postgres,
    });
  } finally {
    await store?.close();
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
  ledgerPath: string;
  bodyBytes: number;
  contentType: string;
  lights: Record<string, number>;
  loadGenerator: string;
  seconds: number;
  runs: Run[];
  rss: Partial<Record<Engine | 'bare', Rss>>;
  postgres: string;
}

function report(f: Figures): void {
  console.log(
    `API benchmark — GET ${f.path}: ${TASKS} tasks, ${f.bodyBytes} bytes of ${f.contentType}`,
  );
  console.log(`POST ${f.ledgerPath} (one ledger entry, its own subject each time)`);
  console.log(
    `lights ${JSON.stringify(f.lights)}; ${WARMUP_SECONDS} s warm-up + ${f.seconds} s a run`,
  );
  console.log(`Node ${process.version}, ${cpus().length} CPUs; servers in child processes`);
  console.log(`load generator: ${f.loadGenerator}\n`);
  printRuns(f.runs);
  console.log('');
  printSummary(f.runs, f.rss);
  const met = aims(f.runs, f.rss);
  const missed = Object.keys(met).filter((k) => !met[k]);
  console.log(`\naims missed: ${missed.length ? missed.join('; ') : 'none'}`);
  const { bare } = f.rss;
  if (bare) console.log(`bare server RSS MB: ${bare.before} -> ${bare.after}`);
  const failures = f.runs.reduce((n, r) => n + failuresOf(r) + r.warmupFailures, 0);
  const lost = f.runs.reduce((n, r) => n + (r.lost ?? 0), 0);
  if (failures > 0) console.error(`${failures} requests errored, timed out or returned non-2xx`);
  if (lost > 0) console.error(`${lost} acknowledged writes have no row`);
  process.exitCode = failures > 0 || lost > 0 ? 1 : 0;
  const extra = {
    tasks: TASKS,
    warmupSeconds: WARMUP_SECONDS,
    node: process.version,
    cpus: cpus().length,
  };
  const ratio = ratios(f.runs);
  console.log(JSON.stringify({ ...f, ...extra, ratio, aim: AIM, aims: met, failures, lost }));
}

const [role, arg = '', contentType = ''] = process.argv.slice(2);
if (role === 'ours') await serveOurs(arg);
else if (role === 'bare') await serveBare(arg, contentType);
else await main();
