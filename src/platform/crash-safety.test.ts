/**
 * Crash safety: the real server process takes 1,000 keyed writes from 8 keep-alive clients, is
 * killed with SIGKILL after about 400 acknowledgements, restarts on the same database, and every
 * write that was not acknowledged is retried with its Idempotency-Key. Afterwards each write exists
 * exactly once, acknowledged ones under the id they were acknowledged with, each with its audit
 * event, and the audit chain verifies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../domains/audit/verify-audit-chain.js';
import { verifyTotals } from './db/totals/verify-totals.js';
import { logInClient, type Client } from '../test/factories.js';
import { engines, openEmptyStore, type TestStore } from '../test/stores.js';

const adminPassword = 'crash-test-admin';
const ownerPassword = 'crash-test-owner';
const writeCount = 1000;
const killAfter = 400;
const loops = 8;

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

interface Server {
  url: string;
  child: ChildProcess;
  exit: Promise<unknown>;
}

async function startServer(databaseUrl: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: databaseUrl,
      DUBAN_ADMIN_PASSWORD: adminPassword,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const exit = new Promise((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (d: Buffer) => {
      output += d.toString();
      const found = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (found) resolve(found);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then(() => reject(new Error(`server exited before listening:\n${output}`)));
  });
  return { url, child, exit };
}

type Kind = 'entry' | 'report';
interface Write {
  no: number;
  user: 'peng' | 'bai';
  kind: Kind;
  key: string;
  path: string;
  body: Record<string, unknown>;
  /** The id the server acknowledged, or -1 while unacknowledged. */
  ackedId: number;
}

/** The owners of the worked example, their tasks and the indicators of those tasks. */
interface Owner {
  tasks: number[];
  indicators: number[];
}

const marker = (no: number) => `crash-${no}`;

function monthAfter(start: string, months: number): string {
  const [y, m] = start.split('-').map(Number);
  const index = (y ?? 0) * 12 + (m ?? 1) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function planWrites(owners: Record<'peng' | 'bai', Owner>): Write[] {
  const reports = { peng: 0, bai: 0 };
  return Array.from({ length: writeCount }, (_, no) => {
    const user = no % 2 === 0 ? 'peng' : 'bai';
    const owner = owners[user];
    const key = `crash-key-${no}`;
    // One write in 25 is a report (20 for each owner): one per task and month, all inside the
    // plan's year 2017, which takes no report for a month of another year.
    if (no % 25 === 0) {
      const j = reports[user]++;
      const task = owner.tasks[j % owner.tasks.length] ?? 0;
      const month = monthAfter('2017-01', Math.floor(j / owner.tasks.length));
      const body = { month, done: marker(no) };
      return {
        no,
        user,
        kind: 'report',
        key,
        path: `/api/tasks/${task}/reports`,
        body,
        ackedId: -1,
      };
    }
    const indicator = owner.indicators[no % owner.indicators.length] ?? 0;
    const day = String((no % 28) + 1).padStart(2, '0');
    const body = {
      entryDate: `2017-0${(no % 9) + 1}-${day}`,
      subject: marker(no),
      attributes: { write: no },
    };
    return {
      no,
      user,
      kind: 'entry',
      key,
      path: `/api/indicators/${indicator}/ledger`,
      body,
      ackedId: -1,
    };
  });
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function createOwners(url: string): Promise<Record<'peng' | 'bai', Owner>> {
  const admin = await logInClient(url, 'admin', adminPassword);
  const people = await json<{ items: { id: number; name: string; unitId: number }[] }>(
    await admin.get('/api/people?limit=500'),
  );
  const tasks = await json<{ items: { id: number }[] }>(
    await admin.get('/api/plans/1/tasks?limit=500'),
  );
  const owners = {} as Record<'peng' | 'bai', Owner>;
  for (const [username, name] of [
    ['peng', '彭国华'],
    ['bai', '柏春艳'],
  ] as const) {
    const person = people.items.find((p) => p.name === name);
    const created = await admin.send('POST', '/api/users', {
      username,
      password: ownerPassword,
      role: 'owner',
      personId: person?.id,
      unitId: person?.unitId,
    });
    expect(created.status).toBe(201);
    const client = await logInClient(url, username, ownerPassword);
    // A task's presented row names its owners.
    const own = tasks.items.filter((t) => JSON.stringify(t).includes(name)).map((t) => t.id);
    const indicators: number[] = [];
    for (const task of own) {
      const page = await json<{ items: { id: number }[] }>(
        await client.get(`/api/tasks/${task}/indicators`),
      );
      indicators.push(...page.items.map((i) => i.id));
    }
    owners[username] = { tasks: own, indicators };
  }
  return owners;
}

/** Sends each write of the queue in turn; stops at the first connection failure. */
async function runLoop(
  client: Client,
  queue: Write[],
  onAck: (write: Write, res: Response) => Promise<void>,
): Promise<void> {
  for (let write = queue.shift(); write; write = queue.shift()) {
    let res: Response;
    try {
      res = await client.send('POST', write.path, write.body, { 'idempotency-key': write.key });
    } catch {
      return;
    }
    await onAck(write, res);
  }
}

const idOf = async (res: Response) => ((await res.json()) as { id: number }).id;

describe.each(engines)('crash safety on %s', (kind) => {
  let t: TestStore;
  afterAll(async () => t?.cleanup());

  it(
    'keeps every acknowledged write exactly once across a SIGKILL and replays retries by key',
    { timeout: 120_000 },
    async () => {
      t = await openEmptyStore(kind);
      let server = await startServer(t.url);
      const owners = await createOwners(server.url);
      expect(owners.peng.indicators.length).toBeGreaterThan(0);
      expect(owners.bai.indicators.length).toBeGreaterThan(0);
      const writes = planWrites(owners);

      let acks = 0;
      const queues = {
        peng: writes.filter((w) => w.user === 'peng'),
        bai: writes.filter((w) => w.user === 'bai'),
      };
      const firstRun = async (write: Write, res: Response) => {
        expect([200, 201]).toContain(res.status);
        write.ackedId = await idOf(res);
        // A moment later, so that some writes have committed without their answer arriving.
        if (++acks === killAfter) setTimeout(() => server.child.kill('SIGKILL'), 5);
      };
      const clients = await Promise.all(
        Array.from({ length: loops }, (_, i) =>
          logInClient(server.url, i % 2 === 0 ? 'peng' : 'bai', ownerPassword),
        ),
      );
      await Promise.all(
        clients.map((client, i) => runLoop(client, queues[i % 2 === 0 ? 'peng' : 'bai'], firstRun)),
      );
      await server.exit;
      const acknowledged = writes.filter((w) => w.ackedId > 0);
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
      expect(acknowledged.length).toBeLessThan(writeCount);

      server = await startServer(t.url);
      const retried = writes.filter((w) => w.ackedId < 0);
      const outcomes = { fresh: 0, replayed: 0, applied: 0 };
      const retry = async (write: Write, res: Response) => {
        if (res.status === 409) {
          // Committed before the kill, response lost: the write is there, named in the error.
          expect(await res.text()).toContain('was applied');
          outcomes.applied++;
          return;
        }
        expect([200, 201]).toContain(res.status);
        outcomes[res.headers.get('idempotent-replayed') === 'true' ? 'replayed' : 'fresh']++;
        write.ackedId = await idOf(res);
      };
      const retryQueues = {
        peng: retried.filter((w) => w.user === 'peng'),
        bai: retried.filter((w) => w.user === 'bai'),
      };
      const again = await Promise.all(
        Array.from({ length: loops }, (_, i) =>
          logInClient(server.url, i % 2 === 0 ? 'peng' : 'bai', ownerPassword),
        ),
      );
      await Promise.all(
        again.map((client, i) => runLoop(client, retryQueues[i % 2 === 0 ? 'peng' : 'bai'], retry)),
      );
      // Every retry was answered, and the in-flight ones at the kill were either lost or replayed.
      expect(outcomes.fresh + outcomes.replayed + outcomes.applied).toBe(retried.length);
      // A second round of the same keys writes nothing new: all replays (or 409 applied).
      const replays = await Promise.all(
        writes.slice(0, 20).map((w) =>
          again[w.user === 'peng' ? 0 : 1]!.send('POST', w.path, w.body, {
            'idempotency-key': w.key,
          }),
        ),
      );
      for (const res of replays)
        expect(res.headers.get('idempotent-replayed') === 'true' || res.status === 409).toBe(true);
      server.child.kill('SIGTERM');
      await server.exit;

      const db = t.store.db;
      const entries = await db
        .selectFrom('ledger_entries')
        .select(['id', 'subject', 'attributes'])
        .where('subject', 'like', 'crash-%')
        .execute();
      const reports = await db
        .selectFrom('progress_reports')
        .select(['id', 'done', 'month', 'task_id'])
        .where('done', 'like', 'crash-%')
        .execute();
      const rows = new Map<string, number[]>();
      for (const e of entries)
        rows.set(e.subject ?? '', [...(rows.get(e.subject ?? '') ?? []), e.id]);
      for (const r of reports) rows.set(r.done, [...(rows.get(r.done) ?? []), r.id]);
      // Row counts equal the distinct writes: nothing lost, nothing doubled.
      expect(entries.length + reports.length).toBe(writeCount);
      for (const write of writes) {
        const ids = rows.get(marker(write.no)) ?? [];
        expect(ids).toHaveLength(1);
        if (write.ackedId > 0) expect(ids[0]).toBe(write.ackedId);
      }
      for (const e of entries)
        expect(JSON.parse(e.attributes)).toEqual({ write: Number(e.subject?.slice(6)) });
      for (const r of reports) {
        const write = writes[Number(r.done.slice(6))];
        expect(write?.path).toBe(`/api/tasks/${r.task_id}/reports`);
        expect(write?.body.month).toBe(r.month);
      }

      // No half-written rows: each has its audit event, and the chain is intact.
      const audited = async (entity: string, ids: number[]) => {
        const events = await db
          .selectFrom('audit_events')
          .select('entity_id')
          .where('entity', '=', entity)
          .where('entity_id', 'in', ids)
          .execute();
        return events.map((e) => e.entity_id).sort((a, b) => (a ?? 0) - (b ?? 0));
      };
      const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
      expect(
        await audited(
          'ledger_entry',
          entries.map((e) => e.id),
        ),
      ).toEqual(sorted(entries.map((e) => e.id)));
      expect(
        await audited(
          'progress_report',
          reports.map((r) => r.id),
        ),
      ).toEqual(sorted(reports.map((r) => r.id)));
      const chain = await verifyAuditChain({ db });
      expect(chain.ok).toBe(true);
      // The stored totals moved with every entry that committed, and with none that did not.
      expect(await verifyTotals(db)).toMatchObject({ ok: true, differences: [] });
      const keys = await db
        .selectFrom('idempotency_keys')
        .select('key')
        .where('key', 'like', 'crash-key-%')
        .execute();
      expect(keys).toHaveLength(writeCount);
    },
  );
});
