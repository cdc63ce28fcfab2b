/**
 * Upload isolation benchmark (npx tsx bench/upload.ts): how long /api/health waits while the
 * server reads hostile and heavy uploads, against the same probe with no upload in the same run.
 * The server runs in its own process (bench/lib/serve.ts) so the probe's own work does not count.
 * Files: a .docx whose XML repeats one tiny paragraph 150,000 times (16 KB on disk), 5 MB of
 * `<p>a</p>`, and a real-looking .docx of 5,000 formatted paragraphs that passes the budgets and
 * keeps the reader busy for seconds. Plain lines, then one JSON line of figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, rezip } from '../src/domains/import/readers/test-support.js';
import { migrateToLatest, openStore } from '../src/platform/db/database.js';
import { buildUser, logInClient, type Client } from '../src/test/factories.js';
import { memoryMB, startServer, stopServer } from './lib/child.js';

const PROBE_EVERY_MS = 10;

const repeatInBody = (paragraph: string, times: number) =>
  rezip(fixture('chuzhou-cast-2017-workplan.docx'), {
    'word/document.xml': (xml) => xml.replace('<w:body>', `<w:body>${paragraph.repeat(times)}`),
  });

const formatted =
  '<w:p><w:pPr><w:spacing w:line="560"/><w:ind w:firstLine="640"/></w:pPr><w:r><w:rPr>' +
  '<w:rFonts w:ascii="仿宋"/><w:sz w:val="32"/></w:rPr><w:t>加强科普工作，开展活动。</w:t></w:r></w:p>';

const files: { label: string; name: string; bytes: Uint8Array }[] = [
  {
    label: 'dense .docx (150,000 tiny paragraphs)',
    name: 'dense.docx',
    bytes: repeatInBody('<w:p><w:r><w:t>a</w:t></w:r></w:p>', 150_000),
  },
  {
    label: '5 MB of <p>a</p>',
    name: 'dense.html',
    bytes: new TextEncoder().encode(`<html><body>${'<p>a</p>'.repeat(600_000)}</body></html>`),
  },
  {
    label: 'heavy .docx (5,000 paragraphs)',
    name: 'heavy.docx',
    bytes: repeatInBody(formatted, 5000),
  },
];

interface Probe {
  p50: number;
  p99: number;
  max: number;
  count: number;
}

/** Probes /api/health every PROBE_EVERY_MS until `until` settles. */
async function probeHealth(baseUrl: string, until: Promise<unknown>): Promise<Probe> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  while (!done) {
    const started = performance.now();
    await fetch(`${baseUrl}/api/health`);
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
  }
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    round(times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? NaN);
  return { p50: at(0.5), p99: at(0.99), max: round(times.at(-1) ?? NaN), count: times.length };
}

async function upload(baseUrl: string, admin: Client, name: string, bytes: Uint8Array) {
  const body = new FormData();
  body.append('file', new Blob([bytes]), name);
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/imports/preview`, {
    method: 'POST',
    headers: admin.auth,
    body,
  });
  const text = await res.text();
  const message = res.ok
    ? 'draft'
    : (JSON.parse(text) as { error: { message: string } }).error.message;
  return { status: res.status, seconds: round((performance.now() - started) / 1000), message };
}

const round = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'duban-bench-upload-'));
  const url = `sqlite:${join(dir, 'bench.sqlite')}`;
  const store = openStore(url);
  await migrateToLatest(store);
  await buildUser(store.db, { username: 'admin', role: 'admin' });
  await store.close();
  const { child, baseUrl } = await startServer(url);
  try {
    const admin = await logInClient(baseUrl, 'admin');
    const idle = await probeHealth(baseUrl, new Promise((resolve) => setTimeout(resolve, 3000)));
    console.log(`health, no upload: p50 ${idle.p50} ms, p99 ${idle.p99} ms, max ${idle.max} ms`);
    const results: Record<string, unknown> = { idle };
    for (const file of files) {
      const result = upload(baseUrl, admin, file.name, file.bytes);
      const health = await probeHealth(baseUrl, result);
      const outcome = await result;
      const { rss } = await memoryMB(child);
      const ratio = round(health.p99 / Math.max(idle.p99, 0.1));
      console.log(
        `${file.label}: ${outcome.status} in ${outcome.seconds} s (${outcome.message.slice(0, 60)}); ` +
          `health p50 ${health.p50} ms, p99 ${health.p99} ms, max ${health.max} ms ` +
          `(${health.count} probes, p99 ${ratio}× idle); server RSS ${rss} MB`,
      );
      results[file.name] = { ...outcome, health, p99VsIdle: ratio, serverRssMb: rss };
    }
    console.log(JSON.stringify({ upload: results }));
  } finally {
    await stopServer(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
