/**
 * Loading a URL with wrk (a C load generator) and reading its report. On a 2-core machine
 * autocannon, being JavaScript, tops out near 3,500 req/s against a bare node:http server while
 * wrk reaches 20,000+, so a ratio against such a server is only honest when wrk drives it.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What one timed run yields, whichever generator drove it. Latencies in ms. */
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx answers counted one by one (only when LoadOptions.count2xx asked for them). */
  ok?: number;
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  method?: string;
  body?: string;
  /** Appends `&n=<thread>-<count>` to every request's path, so no two requests share a URL. */
  vary?: boolean;
  /** Paths (with query) to walk in turn instead of the URL's own; each thread starts elsewhere. */
  paths?: string[];
  /** Replaces every `{n}` in `body` with `<thread>-<count>`, so no two requests send one body. */
  varyBody?: boolean;
  /** Counts 2xx answers one by one (LoadResult.ok), for comparing with rows written. */
  count2xx?: boolean;
}

/** The wrk binary: /usr/bin/wrk, else the first `wrk` on PATH, else null. */
export function findWrk(): string | null {
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) {
    const file = join(dir, 'wrk');
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here; try the next directory
    }
  }
  return null;
}

/** "4.1.0" from `wrk --version`, which prints its banner and exits non-zero. */
export async function wrkVersion(wrk: string): Promise<string> {
  const output = await run(wrk, ['--version']).then(
    (r) => r.stdout,
    (error: { stdout?: string }) => error.stdout ?? '',
  );
  return /(\d+\.\d+(?:\.\d+)?)/.exec(output)?.[1] ?? 'of unknown version';
}

/** A long-bracket Lua string literal whose level does not occur in the text. */
export function luaString(text: string): string {
  let eq = '';
  while (text.includes(`]${eq}]`)) eq += '=';
  return `[${eq}[\n${text}]${eq}]`;
}

/**
 * The Lua script for what a plain command line cannot say. Every wrk thread has its own Lua
 * state: `setup` (run in the main state) numbers the threads, to keep varied paths and bodies
 * distinct across them, and keeps them so that `done` can add up their 2xx counters.
 */
export function luaScript(
  o: Pick<LoadOptions, 'method' | 'body' | 'vary' | 'paths' | 'varyBody' | 'count2xx'>,
): string | null {
  const lines: string[] = [];
  if (o.method) lines.push(`wrk.method = ${luaString(o.method)}`);
  if (o.body !== undefined) lines.push(`wrk.body = ${luaString(o.body)}`);
  const varyBody = o.varyBody === true && o.body !== undefined;
  const perRequest = o.vary === true || varyBody || (o.paths?.length ?? 0) > 0;
  if (!perRequest && !o.count2xx) return lines.length ? lines.join('\n') + '\n' : null;
  lines.push(
    'local threads = {}',
    'tid = 0',
    'ok = 0',
    'function setup(thread)',
    '  table.insert(threads, thread)',
    '  thread:set("tid", #threads)',
    'end',
  );
  if (o.paths?.length) {
    lines.push(`local paths = {${o.paths.map(luaString).join(',\n')}}`);
  }
  if (perRequest) {
    lines.push('local n = 0', 'function request()', '  n = n + 1');
    lines.push(
      o.paths?.length
        ? '  local path = paths[((tid - 1) * 7919 + n) % #paths + 1]'
        : '  local path = wrk.path',
    );
    if (o.vary) {
      lines.push(
        '  local sep = string.find(path, "?", 1, true) and "&" or "?"',
        '  path = path .. sep .. "n=" .. tid .. "-" .. n',
      );
    }
    lines.push(
      varyBody
        ? '  local body = string.gsub(wrk.body, "{n}", tid .. "-" .. n)'
        : '  local body = nil',
      '  return wrk.format(nil, path, nil, body)',
      'end',
    );
  }
  if (o.count2xx) {
    lines.push(
      'function response(status, headers, body)',
      '  if status >= 200 and status < 300 then ok = ok + 1 end',
      'end',
      'function done(summary, latency, requests)',
      '  local total = 0',
      '  for _, thread in ipairs(threads) do total = total + (thread:get("ok") or 0) end',
      '  io.write("2xx answers: " .. total .. "\\n")',
      'end',
    );
  }
  return lines.join('\n') + '\n';
}

/** Milliseconds from wrk's "812.00us", "1.23ms", "2.01s" or "1.5m". */
function ms(value: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(value);
  if (!m) throw new Error(`wrk latency "${value}" not understood`);
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60000 }[m[2] as 'us' | 'ms' | 's' | 'm'];
  return Number((Number(m[1]) * scale).toFixed(2));
}

/** The figures of wrk's `--latency` report; the error lines appear only when non-zero. */
export function parseWrk(output: string): LoadResult {
  const need = (re: RegExp, what: string): string => {
    const m = re.exec(output);
    if (!m?.[1]) throw new Error(`no ${what} in wrk's output:\n${output}`);
    return m[1];
  };
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    output,
  );
  const [connect, read, write, timeout] = (socket?.slice(1) ?? []).map(Number);
  const ok = /^2xx answers: (\d+)$/m.exec(output);
  return {
    rps: Math.round(Number(need(/Requests\/sec:\s+([\d.]+)/, 'Requests/sec'))),
    p50: ms(need(/^\s+50%\s+(\S+)/m, '50% latency')),
    p99: ms(need(/^\s+99%\s+(\S+)/m, '99% latency')),
    requests: Number(need(/(\d+) requests in /, 'request count')),
    errors: (connect ?? 0) + (read ?? 0) + (write ?? 0),
    timeouts: timeout ?? 0,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    ...(ok ? { ok: Number(ok[1]) } : {}),
  };
}

/** wrk's thread count for a run: min(connections, 2), as this bench's machine has two cores. */
export const wrkThreads = (connections: number): number => Math.min(connections, 2);

/** One run of wrk with the script for `o` (see luaScript). */
export async function runWrk(wrk: string, o: LoadOptions): Promise<LoadResult> {
  return parseWrk(await runWrkScript(wrk, o, luaScript(o)));
}

/**
 * One run of wrk with the given Lua script (or none), returning wrk's whole output, for scripts
 * whose `done` prints figures of their own.
 */
export async function runWrkScript(
  wrk: string,
  o: Pick<LoadOptions, 'url' | 'headers' | 'connections' | 'seconds'>,
  script: string | null,
): Promise<string> {
  const args = [`-t${wrkThreads(o.connections)}`, `-c${o.connections}`, `-d${o.seconds}s`];
  // autocannon's default timeout, so a slow answer counts as a timeout under either generator.
  args.push('--latency', '--timeout', '10s');
  for (const [name, value] of Object.entries(o.headers)) args.push('-H', `${name}: ${value}`);
  const dir = script ? mkdtempSync(join(tmpdir(), 'duban-wrk-')) : null;
  try {
    if (dir && script) {
      writeFileSync(join(dir, 'load.lua'), script);
      args.push('-s', join(dir, 'load.lua'));
    }
    const { stdout, stderr } = await run(wrk, [...args, o.url], {
      timeout: (o.seconds + 30) * 1000,
      maxBuffer: 16 * 1024 * 1024,
    });
    // A script that does not load leaves wrk sending plain GETs of the URL: refuse the run.
    if (/\.lua:\d+:/.test(stderr)) throw new Error(`wrk's Lua script failed:\n${stderr}`);
    return stdout;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
