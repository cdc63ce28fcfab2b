import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSampleApp, type SampleApp } from '../../domains/ledger/test-support.js';
import { engines } from '../../test/stores.js';

type Page<T> = { items: T[]; total: number };
type Entry = { id: number; subject: string | null };

describe.each(engines)('Idempotency-Key on %s', (kind) => {
  let s: SampleApp;
  let indicatorId = 0;
  const keyed = (key: string, body: unknown, user: 'peng' | 'admin' = 'peng') =>
    s.as[user].send('POST', `/api/indicators/${indicatorId}/ledger`, body, {
      'idempotency-key': key,
    });
  const entriesWith = async (subject: string) =>
    s.db
      .selectFrom('ledger_entries')
      .select(['id', 'subject'])
      .where('subject', '=', subject)
      .execute();
  const auditsOf = async (ids: number[]) =>
    ids.length === 0
      ? []
      : s.db
          .selectFrom('audit_events')
          .select('id')
          .where('entity', '=', 'ledger_entry')
          .where('entity_id', 'in', ids)
          .execute();

  beforeAll(async () => {
    s = await startSampleApp(kind);
    const page = (await (
      await s.as.admin.get(`/api/tasks/${await s.task(2)}/indicators`)
    ).json()) as Page<{ id: number }>;
    indicatorId = page.items[0]!.id;
  });
  afterAll(async () => s.t.close());

  it('replays the first response to a retry with the same key and writes once', async () => {
    const body = { entryDate: '2017-09-15', subject: '专家甲' };
    const first = await keyed('entry-1', body);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const created = (await first.json()) as Entry;
    const retry = await keyed('entry-1', body);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('content-type')).toMatch(/application\/json/);
    expect((await retry.json()) as Entry).toEqual(created);
    const rows = await entriesWith('专家甲');
    expect(rows.map((r) => r.id)).toEqual([created.id]);
    expect(await auditsOf([created.id])).toHaveLength(1);
  });

  it('refuses the same key with a different body with 422 and writes nothing', async () => {
    await keyed('entry-2', { entryDate: '2017-09-15', subject: '专家乙' });
    const res = await keyed('entry-2', { entryDate: '2017-09-15', subject: '专家丙' });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toContain('Idempotency-Key entry-2 was already used for a different');
    expect(await entriesWith('专家丙')).toHaveLength(0);
  });

  it('keeps keys per user: another user with the same key writes its own record', async () => {
    const body = { entryDate: '2017-09-15', subject: '专家丁' };
    expect((await keyed('shared', body, 'peng')).status).toBe(201);
    const other = await keyed('shared', body, 'admin');
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(await entriesWith('专家丁')).toHaveLength(2);
  });

  it('writes once when the same key arrives many times at once; the others replay or get 409', async () => {
    const body = { entryDate: '2017-09-15', subject: '专家戊' };
    const responses = await Promise.all(Array.from({ length: 8 }, () => keyed('burst', body)));
    const rows = await entriesWith('专家戊');
    expect(rows).toHaveLength(1);
    const fresh = responses.filter(
      (r) => r.status === 201 && r.headers.get('idempotent-replayed') === null,
    );
    expect(fresh).toHaveLength(1);
    for (const res of responses) {
      expect([201, 409]).toContain(res.status);
      const json = (await res.json()) as Entry & { error?: unknown };
      if (res.status === 201) expect(json.id).toBe(rows[0]!.id);
    }
    expect(await auditsOf([rows[0]!.id])).toHaveLength(1);
  });

  it('answers 409 naming the record when the write committed but its response was lost', async () => {
    await s.db
      .insertInto('idempotency_keys')
      .values({
        user_id: s.userIds.peng,
        key: 'lost',
        request_hash: 'not yet compared',
        entity: 'ledger_entry',
        entity_id: 4242,
        status: null,
        headers: null,
        body: null,
        created_at: '2017-09-30T04:00:00.000Z',
      })
      .execute();
    // The hash differs from any real request, so first prove the stored hash is what is compared.
    const other = await keyed('lost', { entryDate: '2017-09-15', subject: '专家己' });
    expect(other.status).toBe(422);
    const probe = await keyed('probe', { entryDate: '2017-09-15', subject: '专家己' });
    const { request_hash } = await s.db
      .selectFrom('idempotency_keys')
      .select('request_hash')
      .where('key', '=', 'probe')
      .executeTakeFirstOrThrow();
    await s.db
      .updateTable('idempotency_keys')
      .set({ request_hash })
      .where('key', '=', 'lost')
      .execute();
    expect(probe.status).toBe(201);
    const res = await keyed('lost', { entryDate: '2017-09-15', subject: '专家己' });
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toContain('was applied (ledger_entry 4242)');
    expect(await entriesWith('专家己')).toHaveLength(1);
  });

  it('forgets keys after 24 hours: the same key then writes again and the old row is removed', async () => {
    const body = { entryDate: '2017-09-16', subject: '专家庚' };
    expect((await keyed('daily', body)).status).toBe(201);
    s.setToday('2017-10-02');
    try {
      const again = await keyed('daily', body);
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBeNull();
      expect(await entriesWith('专家庚')).toHaveLength(2);
      const old = await s.db
        .selectFrom('idempotency_keys')
        .select('key')
        .where('created_at', '<', '2017-10-01')
        .execute();
      expect(old).toEqual([]);
    } finally {
      s.setToday('2017-09-30');
    }
  });

  it('works the same on other create routes: a progress report', async () => {
    const path = `/api/tasks/${await s.task(2)}/reports`;
    const body = { month: '2017-09', done: '召开专家座谈会' };
    const headers = { 'idempotency-key': 'report-1' };
    const first = await s.as.peng.send('POST', path, body, headers);
    expect([200, 201]).toContain(first.status);
    const retry = await s.as.peng.send('POST', path, body, headers);
    expect(retry.status).toBe(first.status);
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await retry.text()).toBe(await first.text());
  });

  it('replays a multipart upload: one attachment however often it is retried', async () => {
    const entry = (await (
      await keyed('for-upload', { entryDate: '2017-09-15', subject: '专家壬' })
    ).json()) as Entry;
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const upload = () => {
      const form = new FormData();
      form.append('file', new Blob([png]), '现场.png');
      return fetch(`${s.t.baseUrl}/api/ledger/${entry.id}/attachments`, {
        method: 'POST',
        headers: { ...s.as.peng.auth, 'idempotency-key': 'upload-1' },
        body: form,
      });
    };
    const first = await upload();
    expect(first.status).toBe(201);
    const retry = await upload();
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    const rows = await s.db
      .selectFrom('attachments')
      .select('id')
      .where('ledger_entry_id', '=', entry.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a malformed key with 400 naming the header, and writes nothing', async () => {
    const res = await keyed('x'.repeat(201), { entryDate: '2017-09-15', subject: '专家辛' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('headers.idempotency-key');
    expect(await entriesWith('专家辛')).toHaveLength(0);
  });

  it('documents the header on create routes in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${s.t.baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    const params = doc.paths['/api/indicators/{id}/ledger']?.post?.parameters ?? [];
    expect(params).toContainEqual(
      expect.objectContaining({ name: 'idempotency-key', in: 'header' }),
    );
  });
});
