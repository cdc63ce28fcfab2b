import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { runReminders } from './run-reminders.js';
import { sendDueDeliveries } from './webhook-sender.js';
import {
  recordingLog,
  startNotifyApp,
  startReceiver,
  type Answer,
  type NotifyApp,
  type Receiver,
} from './test-support.js';

const t0 = new Date('2017-05-24T01:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const fast = { backoffMs: 1_000, maxAttempts: 5, timeoutMs: 2_000 };

type Delivery = {
  state: string;
  attempts: number;
  lastStatus: number | null;
  history: {
    attempt: number;
    statusCode: number | null;
    error: string | null;
    durationMs: number;
  }[];
};

describe.each(engines)('webhook sender on %s', (kind) => {
  let s: NotifyApp;
  let receiver: Receiver | null = null;

  /** A receiver, webhooks on it and one reminder queued for each (task 1 due soon). */
  const setUp = async (
    answer: Answer,
    hooks: { format: string; secret?: string; path?: string }[],
  ) => {
    receiver = await startReceiver(answer);
    await s.db.deleteFrom('webhooks').execute();
    const ids: number[] = [];
    for (const { path = '/hook', ...hook } of hooks) {
      const res = await s.as.admin.send('POST', '/api/webhooks', {
        name: '督办群',
        events: ['due_soon'],
        ...hook,
        url: `${receiver.url}${path}`,
      });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: number }).id);
    }
    // The reminder is old news to the app by the second scenario, but new to the new webhooks.
    const counts = await runReminders({
      db: s.db,
      today: '2017-05-24',
      now: t0,
      log: recordingLog(),
    });
    expect(counts.deliveries).toBe(hooks.length);
    return ids;
  };
  const deliveries = async (id: number) =>
    (
      (await (await s.as.admin.get(`/api/webhooks/${id}/deliveries`)).json()) as {
        items: Delivery[];
      }
    ).items;

  beforeAll(async () => {
    s = await startNotifyApp(kind);
  });
  afterEach(async () => {
    await receiver?.close();
    receiver = null;
  });
  afterAll(async () => s.t.close());

  it('delivers to DingTalk (signed), WeCom and JSON receivers in their own shapes, in Chinese', async () => {
    const [ding, wecom, json] = await setUp(
      () => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } }),
      [
        { format: 'dingtalk', secret: 'SECabc', path: '/robot/send?access_token=tok' },
        { format: 'wecom', path: '/cgi-bin/webhook/send?key=k1' },
        { format: 'json', secret: 'json-key', path: '/events' },
      ],
    );
    const counts = await sendDueDeliveries({ db: s.db, now: t0, settings: fast });
    expect(counts).toEqual({ attempted: 3, delivered: 3, retrying: 0, failed: 0 });
    const got = receiver!.received;
    const byPath = (p: string) => got.find((r) => r.path === p)!;

    const dt = byPath('/robot/send');
    expect(dt.query.get('access_token')).toBe('tok');
    const timestamp = dt.query.get('timestamp')!;
    expect(timestamp).toBe(String(t0.getTime()));
    const sign = createHmac('sha256', 'SECabc').update(`${timestamp}\nSECabc`).digest('base64');
    expect(dt.query.get('sign')).toBe(sign);
    const dtBody = JSON.parse(dt.body) as {
      msgtype: string;
      markdown: { title: string; text: string };
    };
    expect(dtBody.msgtype).toBe('markdown');
    expect(dtBody.markdown.title).toBe('督办提醒：任务即将到期 / task due soon');
    expect(dtBody.markdown.text).toContain(
      '【督办提醒】任务“尽快草拟《滁州市科协系统深化改革方案》”将于 2017-05-31 到期',
    );
    expect(dtBody.markdown.text).toContain('提醒对象 / to: 柏春艳');
    expect(dt.headers['content-type']).toContain('application/json');

    const wc = byPath('/cgi-bin/webhook/send');
    expect(wc.query.get('key')).toBe('k1');
    expect(wc.query.has('sign')).toBe(false);
    const wcBody = JSON.parse(wc.body) as { msgtype: string; markdown: { content: string } };
    expect(wcBody.msgtype).toBe('markdown');
    expect(wcBody.markdown.content).toMatch(
      /^\*\*督办提醒：任务即将到期 \/ task due soon\*\*\n【督办提醒】/,
    );

    const js = byPath('/events');
    expect(JSON.parse(js.body)).toEqual({
      event: 'due_soon',
      task: {
        id: await s.task(1),
        no: 1,
        content: '尽快草拟《滁州市科协系统深化改革方案》',
        due: '2017-05-31',
      },
      recipients: [{ userId: s.userIds.bai, name: '柏春艳', role: 'owner' }],
      at: t0.toISOString(),
      text: expect.stringContaining('将于 2017-05-31 到期') as unknown,
    });
    const hmac = createHmac('sha256', 'json-key').update(js.body).digest('hex');
    expect(js.headers['x-duban-signature']).toBe(`sha256=${hmac}`);

    for (const id of [ding!, wecom!, json!])
      expect(await deliveries(id)).toMatchObject([
        {
          state: 'delivered',
          attempts: 1,
          lastStatus: 200,
          history: [{ attempt: 1, statusCode: 200, error: null }],
        },
      ]);
    expect(await sendDueDeliveries({ db: s.db, now: at(60_000), settings: fast })).toMatchObject({
      attempted: 0,
    });
  });

  it('retries after a 500 with backoff, then succeeds', async () => {
    const [id] = await setUp(
      (n) => (n === 0 ? { status: 500, body: { error: 'boom' } } : { status: 200 }),
      [{ format: 'json' }],
    );
    expect(await sendDueDeliveries({ db: s.db, now: t0, settings: fast })).toMatchObject({
      retrying: 1,
    });
    // Not yet due: the first retry waits 1 s.
    expect(await sendDueDeliveries({ db: s.db, now: at(500), settings: fast })).toMatchObject({
      attempted: 0,
    });
    expect(await sendDueDeliveries({ db: s.db, now: at(1_000), settings: fast })).toMatchObject({
      delivered: 1,
    });
    expect(receiver!.received).toHaveLength(2);
    const [d] = await deliveries(id!);
    expect(d).toMatchObject({ state: 'delivered', attempts: 2, lastStatus: 200 });
    expect(d!.history.map((h) => [h.attempt, h.statusCode])).toEqual([
      [1, 500],
      [2, 200],
    ]);
    expect(d!.history[0]!.error).toContain('HTTP 500');
  });

  it('gives up after the retry limit (1 s, 2 s, 4 s, 8 s apart) with every attempt recorded', async () => {
    const [id] = await setUp(() => ({ status: 503 }), [{ format: 'wecom' }]);
    const send = async (ms: number) =>
      (await sendDueDeliveries({ db: s.db, now: at(ms), settings: fast })).attempted;
    expect(await send(0)).toBe(1);
    let clock = 0;
    for (const wait of [1_000, 2_000, 4_000, 8_000]) {
      expect(await send(clock + wait - 1)).toBe(0);
      clock += wait;
      expect(await send(clock)).toBe(1);
    }
    expect(
      await sendDueDeliveries({ db: s.db, now: at(clock + 3_600_000), settings: fast }),
    ).toMatchObject({
      attempted: 0,
    });
    expect(receiver!.received).toHaveLength(5);
    const [d] = await deliveries(id!);
    expect(d).toMatchObject({ state: 'failed', attempts: 5, lastStatus: 503 });
    expect(d!.history.map((h) => h.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(d!.history.every((h) => h.statusCode === 503 && h.durationMs >= 0)).toBe(true);
  });

  it('counts a robot’s 200 with errcode != 0 as a failure, and a timeout or refused connection too', async () => {
    const [ding, slow] = await setUp(
      (n) =>
        n === 0
          ? { status: 200, body: { errcode: 310000, errmsg: 'sign not match' } }
          : { status: 200, delayMs: 1_000 },
      [{ format: 'dingtalk' }, { format: 'json', path: '/slow' }],
    );
    const counts = await sendDueDeliveries({
      db: s.db,
      now: t0,
      settings: { ...fast, timeoutMs: 200 },
    });
    expect(counts).toMatchObject({ attempted: 2, retrying: 2 });
    expect((await deliveries(ding!))[0]).toMatchObject({
      state: 'pending',
      lastStatus: 200,
      history: [{ statusCode: 200, error: 'errcode 310000: sign not match' }],
    });
    expect((await deliveries(slow!))[0]).toMatchObject({
      history: [{ statusCode: null, error: '超时 / timed out after 200 ms' }],
    });
    await receiver!.close();
    await sendDueDeliveries({ db: s.db, now: at(1_000), settings: fast });
    const [refused] = await deliveries(ding!);
    expect(refused!.history[1]).toMatchObject({ attempt: 2, statusCode: null });
    expect(refused!.history[1]!.error).toMatch(/fetch failed|ECONNREFUSED/);
  });
  it('fails a delivery whose stored payload is not JSON and still sends the others', async () => {
    const [bad, good] = await setUp(
      () => ({ status: 200 }),
      [{ format: 'json' }, { format: 'json' }],
    );
    await s.db
      .updateTable('webhook_deliveries')
      .set({ payload: '{"event":' })
      .where('webhook_id', '=', bad!)
      .execute();
    const counts = await sendDueDeliveries({ db: s.db, now: t0, settings: fast });
    expect(counts).toMatchObject({ attempted: 2, delivered: 1, retrying: 1 });
    expect(receiver!.received).toHaveLength(1);
    expect((await deliveries(bad!))[0]).toMatchObject({
      history: [{ statusCode: null, error: '无效的投递内容 / invalid payload' }],
    });
    expect((await deliveries(good!))[0]).toMatchObject({ state: 'delivered' });
  });
});
