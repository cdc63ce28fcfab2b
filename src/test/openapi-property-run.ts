/**
 * A bounded, seeded property run against a live server: operation by operation, in rounds, a
 * generated request (a fault in 40% of them, no credentials in 12%) is sent and its answer checked
 * against the document; a cached read that answers 200 with a weak ETag is asked again with
 * If-None-Match. Each case draws from its own random stream (seed, operation, round), so the
 * request a failure names is generated again by the same seed. Slow operations stop after their
 * share of the budget; the whole run stops at the deadline.
 */
import { streamFor } from '../cli/seed/random.js';
import type { IdPool } from './id-pool.js';
import { buildCase, type Case, type Upload } from './openapi-cases.js';
import {
  conformanceProblems,
  operationsOf,
  SchemaValidator,
  type Answer,
  type OpenApiDocument,
  type Operation,
} from './openapi-conformance.js';

/** A failure whose fix belongs elsewhere: one operation (or '*'), one problem, maybe one request. */
export interface KnownFailure {
  operation: string;
  problem: RegExp;
  /** Only requests like this one, when given. */
  request?: RegExp;
  owner: string;
}

export interface RunOptions {
  baseUrl: string;
  doc: OpenApiDocument;
  /** The administrator's API token. */
  token: string;
  seed: number;
  casesPerOperation: number;
  budgetMs: number;
  ids: IdPool;
  uploads: readonly Upload[];
  /** Paths no write may touch (the run's own account and token). */
  protectedPaths: readonly string[];
  knownFailures: readonly KnownFailure[];
}

export interface RunResult {
  operations: number;
  cases: number;
  seconds: number;
  /** Up to three examples of each (operation, kind of problem), with the request that found it. */
  findings: string[];
  excused: Record<string, number>;
  /** Statuses answered, per operation. */
  statuses: Record<string, Record<number, number>>;
}

interface Sent extends Answer {
  etag: string | null;
}

async function send(baseUrl: string, c: Case, token: string | null): Promise<Sent> {
  const res = await fetch(`${baseUrl}${c.url}`, {
    method: c.method,
    headers: { ...c.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(c.body === undefined ? {} : { body: c.body }),
    signal: AbortSignal.timeout(20_000),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const contentType = res.headers.get('content-type') ?? '';
  const text = /json|text|^$/.test(contentType)
    ? bytes.toString('utf8')
    : `(${bytes.length} bytes)`;
  return { status: res.status, contentType, text, etag: res.headers.get('etag') };
}

function describeCase(seed: number, round: number, c: Case, anonymous: boolean): string {
  const who = anonymous ? 'anonymous' : 'admin';
  const headers = Object.keys(c.headers).length > 0 ? ` ${JSON.stringify(c.headers)}` : '';
  const body = c.bodyText ? ` body ${c.bodyText.slice(0, 300)}` : '';
  return `seed ${seed} round ${round}: ${c.method} ${c.url} as ${who}${headers}${body}`;
}

function summarize(findings: { operation: string; problem: string; request: string }[]) {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const f of findings) {
    const kind = `${f.operation} ${f.problem.replace(/\d+/g, 'N').slice(0, 60)}`;
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count <= 3) out.push(`${f.operation}: ${f.problem}\n    ${f.request}`);
  }
  return out;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export async function runProperties(o: RunOptions): Promise<RunResult> {
  const validator = new SchemaValidator(o.doc);
  const operations = operationsOf(o.doc);
  // Four times a fair share, and at least 3 s: the first upload also starts the notice reader.
  const operationBudgetMs = Math.max(3_000, (o.budgetMs / operations.length) * 4);
  const spent = new Map<Operation, number>();
  const findings: { operation: string; problem: string; request: string }[] = [];
  const excused: Record<string, number> = {};
  const statuses: Record<string, Record<number, number>> = {};
  const started = Date.now();
  const deadline = started + o.budgetMs;
  let cases = 0;

  const check = (
    op: Operation,
    answer: Answer,
    request: string,
    fault: string | null,
    anonymous: boolean,
  ) => {
    const operation = `${op.method} ${op.path}`;
    const problems = conformanceProblems(op, answer, validator);
    if (fault && answer.status < 300)
      problems.push(`accepted an invalid request (${fault}) with ${answer.status}`);
    // The credentials the document requires must be required.
    if (anonymous && op.secured && answer.status < 300)
      problems.push(`answered ${answer.status} without credentials`);
    for (const problem of problems) {
      const known = o.knownFailures.find(
        (k) =>
          (k.operation === operation || k.operation === '*') &&
          k.problem.test(problem) &&
          (k.request?.test(request) ?? true),
      );
      const label = known?.operation === '*' ? known.owner : operation;
      if (known) excused[label] = (excused[label] ?? 0) + 1;
      else findings.push({ operation, problem, request });
    }
    const counts = (statuses[operation] ??= {});
    counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  };

  const runCase = async (op: Operation, round: number) => {
    const random = streamFor(o.seed, `${op.method} ${op.path} ${round}`);
    const idsFor = (name: string, path?: string) => o.ids.forField(name, path);
    const c = buildCase(op, random.chance(0.4), { random, idsFor }, validator, o.uploads);
    if (op.method !== 'GET' && o.protectedPaths.includes(c.url.split('?')[0] ?? ''))
      c.url = c.url.replace(/\/\d+(?=[/?]|$)/, '/999999');
    const anonymous = random.chance(0.12);
    const request = describeCase(o.seed, round, c, anonymous);
    const attempt = async (sent: Case, described: string) => {
      cases++;
      try {
        return await send(o.baseUrl, sent, anonymous ? null : o.token);
      } catch (error) {
        const problem = `no answer: ${String(error)}`;
        findings.push({ operation: `${op.method} ${op.path}`, problem, request: described });
        return null;
      }
    };
    const answer = await attempt(c, request);
    if (!answer) return;
    if (process.env.OPENAPI_DEBUG === `${op.method} ${op.path}`)
      console.info(`${request}\n  → ${answer.status} ${answer.text.slice(0, 300)}`);
    check(op, answer, request, c.fault, anonymous);
    if (answer.status < 300 && answer.contentType.startsWith('application/json'))
      o.ids.harvest(op.path, parseJson(answer.text));
    if (op.method === 'GET' && answer.status === 200 && answer.etag?.startsWith('W/')) {
      const again = { ...c, headers: { ...c.headers, 'if-none-match': answer.etag } };
      const described = `${request} If-None-Match ${answer.etag}`;
      const revalidated = await attempt(again, described);
      if (revalidated) check(op, revalidated, described, null, anonymous);
    }
  };

  // The first two rounds always run, so that every operation is tried even on a slow machine.
  const open = (round: number) => round < 2 || Date.now() < deadline;
  for (let round = 0; round < o.casesPerOperation && open(round); round++) {
    for (const op of operations) {
      if (!open(round)) break;
      if (round >= 5 && (spent.get(op) ?? 0) > operationBudgetMs) continue;
      const t0 = Date.now();
      await runCase(op, round);
      spent.set(op, (spent.get(op) ?? 0) + Date.now() - t0);
    }
  }
  return {
    operations: operations.length,
    cases,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    findings: summarize(findings),
    excused,
    statuses,
  };
}
