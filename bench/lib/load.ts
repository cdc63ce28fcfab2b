/** Logging in over HTTP and timing one endpoint under load with autocannon. */
import autocannon from 'autocannon';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function logIn(baseUrl: string, username: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200)
    throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

export interface Timing {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
}

/**
 * Loads one GET endpoint: a 1 s warm-up, then `seconds` of `connections` concurrent clients.
 * `path(n)` gives the n-th request's path, so a changing path can defeat the response cache.
 */
export async function timeGet(options: {
  name: string;
  baseUrl: string;
  session: Session;
  path: (n: number) => string;
  connections: number;
  seconds: number;
}): Promise<Timing> {
  let n = 0;
  const run = (duration: number) =>
    autocannon({
      url: options.baseUrl,
      headers: { cookie: options.session.cookie },
      connections: options.connections,
      duration,
      requests: [{ setupRequest: (req) => ({ ...req, path: options.path(n++) }) }],
    });
  const warmup = await run(1);
  const r = await run(options.seconds);
  return {
    name: options.name,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    failures: r.errors + r.timeouts + r.non2xx + warmup.errors + warmup.timeouts + warmup.non2xx,
  };
}

/** Latency percentile of sorted samples (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
