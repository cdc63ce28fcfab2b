/**
 * For the notify tests: the worked example app (ledger/test-support.ts) plus the head of 办公室
 * (a leader account placed in the department), and a local HTTP receiver on 127.0.0.1 standing in
 * for DingTalk, WeCom or a JSON endpoint, recording what arrived.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { DatabaseKind } from '../../platform/config.js';
import type { SkipLog } from '../../platform/skipped-rows.js';
import { buildUser, logInClient, unitId, type Client } from '../../test/factories.js';
import { startSampleApp, type SampleApp } from '../ledger/test-support.js';

export interface NotifyApp extends SampleApp {
  head: Client;
  headId: number;
  /** Audit events of one entity. */
  audits(entity: string): Promise<number>;
}

export async function startNotifyApp(kind: DatabaseKind): Promise<NotifyApp> {
  const s = await startSampleApp(kind);
  const headId = await buildUser(s.db, {
    username: 'office-head',
    role: 'leader',
    unitId: await unitId(s.db, '办公室'),
  });
  return {
    ...s,
    headId,
    head: await logInClient(s.t.baseUrl, 'office-head'),
    audits: async (entity) => {
      const row = await s.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('entity', '=', entity)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

/** A log that keeps what jobs warn about, for tests to read. */
export function recordingLog(): SkipLog & { warnings: object[] } {
  const warnings: object[] = [];
  return { warnings, warn: (obj) => warnings.push(obj) };
}

export interface Received {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export type Answer = (n: number) => { status: number; body?: unknown; delayMs?: number };

/** A receiver answering the n-th request (0-based) as `answer` says; 200 {} by default. */
export async function startReceiver(answer: Answer = () => ({ status: 200 })): Promise<Receiver> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const reply = answer(received.length);
      received.push({
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      setTimeout(() => {
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.body ?? {}));
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
