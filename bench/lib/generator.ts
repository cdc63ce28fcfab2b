/**
 * Choosing the load generator: wrk (bench/lib/wrk.ts) when it is installed, autocannon (in this
 * process) otherwise or with BENCH_LOAD=autocannon. Both take the same LoadOptions and give the
 * same LoadResult, so a bench says which one drove it and does not care further.
 */
import autocannon from 'autocannon';
import { findWrk, runWrk, wrkVersion, type LoadOptions, type LoadResult } from './wrk.js';

/** Drives one timed run. */
export type Generator = (o: LoadOptions) => Promise<LoadResult>;

export interface PickedGenerator {
  run: Generator;
  /** "wrk 4.1.0", or "autocannon (wrk not installed — …)". */
  name: string;
  wrk: string | null;
}

/** One run with autocannon, honouring vary, paths, varyBody and count2xx like the Lua script. */
export async function autocannonRun(o: LoadOptions): Promise<LoadResult> {
  let n = 0;
  const perRequest = o.vary === true || o.varyBody === true || (o.paths?.length ?? 0) > 0;
  const requests: autocannon.Request[] | undefined = perRequest
    ? [
        {
          setupRequest: (req) => {
            n++;
            const base = o.paths?.length ? o.paths[n % o.paths.length]! : (req.path ?? '/');
            const sep = base.includes('?') ? '&' : '?';
            const path = o.vary ? `${base}${sep}n=${n}` : base;
            const body = o.varyBody && o.body ? o.body.replaceAll('{n}', String(n)) : req.body;
            return { ...req, path, ...(body !== undefined ? { body } : {}) };
          },
        },
      ]
    : undefined;
  const r = await autocannon({
    url: o.url,
    headers: o.headers,
    connections: o.connections,
    duration: o.seconds,
    ...(o.method ? { method: o.method as autocannon.Request['method'] } : {}),
    ...(o.body !== undefined ? { body: o.body } : {}),
    ...(requests ? { requests } : {}),
  });
  const { errors, timeouts, non2xx } = r;
  const { p50, p99 } = r.latency;
  return {
    rps: Math.round(r.requests.average),
    p50,
    p99,
    requests: r.requests.total,
    errors,
    timeouts,
    non2xx,
    ...(o.count2xx ? { ok: r['2xx'] } : {}),
  };
}

/** wrk if installed (unless BENCH_LOAD=autocannon), and the words saying which drives the load. */
export async function pickGenerator(): Promise<PickedGenerator> {
  const forced = process.env.BENCH_LOAD === 'autocannon';
  const wrk = forced ? null : findWrk();
  if (wrk) return { run: (o) => runWrk(wrk, o), name: `wrk ${await wrkVersion(wrk)}`, wrk };
  const why = forced ? 'BENCH_LOAD=autocannon' : 'wrk not installed';
  return {
    run: autocannonRun,
    name: `autocannon (${why} — it runs in this process and shares the CPU with the server)`,
    wrk: null,
  };
}
