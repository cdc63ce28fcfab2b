/** Importing, editing, publishing and closing plans over HTTP, on both engines. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, personId, unitId, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';

const notice = readFileSync(
  new URL('../import/fixtures/chuzhou-cast-2017-workplan.docx', import.meta.url),
);

interface PlanJson {
  id: number;
  state: string;
  version: number;
  title: string;
  items: { id: number; no: number; title: string; version: number }[];
  sections: { id: number; heading: string; version: number }[];
  keyTasks: { id: number; no: number; text: string; version: number }[];
}

describe.each(engines)('plan writes on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let owner: Client;
  let plan: PlanJson;

  const upload = async (client: Client, bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return fetch(`${t.baseUrl}/api/plans/import`, {
      method: 'POST',
      headers: client.auth,
      body: form,
    });
  };

  beforeAll(async () => {
    t = await startTestApp(kind, (s) =>
      buildUser(s.store.db, { username: 'admin', role: 'admin' }),
    );
    admin = await logInClient(t.baseUrl, 'admin');
  });
  afterAll(async () => t.close());

  it('imports an uploaded Word notice as a draft plan', async () => {
    const res = await upload(admin, notice, '滁科协2017-2.docx');
    expect(res.status).toBe(201);
    plan = (await res.json()) as PlanJson;
    expect(plan).toMatchObject({ state: 'draft', version: 1, title: '滁州市科协2017年工作要点' });
    expect(plan.items).toHaveLength(17);
  });

  it('writes nothing when the upload is not a notice', async () => {
    const res = await upload(admin, new TextEncoder().encode('just words'), 'x.txt');
    expect(res.status).toBe(422);
    const list = (await (await admin.get('/api/plans')).json()) as { total: number };
    expect(list.total).toBe(1);
  });

  it('hides the draft from everyone but administrators', async () => {
    const db = t.testStore.store.db;
    await buildUser(db, {
      username: 'peng',
      role: 'owner',
      personId: await personId(db, '彭国华'),
      unitId: await unitId(db, '学会部'),
    });
    owner = await logInClient(t.baseUrl, 'peng');
    expect((await owner.get(`/api/plans/${plan.id}`)).status).toBe(403);
    expect(((await (await owner.get('/api/plans')).json()) as { total: number }).total).toBe(0);
  });

  it('refuses imports by non-administrators', async () => {
    expect((await upload(owner, notice, 'a.docx')).status).toBe(403);
  });

  it('corrects an item and a section under If-Match, refusing the stale second write', async () => {
    const item = plan.items[13]!;
    const ok = await admin.send('PATCH', `/api/items/${item.id}`, {
      body: '探索建立科技社团党委。',
      version: item.version,
    });
    expect(ok.status).toBe(200);
    const stale = await admin.send(
      'PATCH',
      `/api/items/${item.id}`,
      { title: 'x' },
      { 'if-match': `"v${item.version}"` },
    );
    expect(stale.status).toBe(412);
    const section = plan.sections[0]!;
    expect(
      (
        await admin.send('PATCH', `/api/sections/${section.id}`, {
          heading: '强化责任意识',
          version: section.version,
        })
      ).status,
    ).toBe(200);
  });

  it('corrects the text of a key task, refusing a stale version and an empty text', async () => {
    const keyTask = plan.keyTasks[7]!;
    const path = `/api/key-tasks/${keyTask.id}`;
    const ok = await admin.send('PATCH', path, { text: '探索建立科技社团党委', version: 1 });
    expect(ok.status).toBe(200);
    const after = (await ok.json()) as PlanJson;
    expect(after.keyTasks[7]).toMatchObject({ text: '探索建立科技社团党委', version: 2 });
    expect((await admin.send('PATCH', path, { text: 'x' }, { 'if-match': '"v1"' })).status).toBe(
      412,
    );
    const empty = await admin.send('PATCH', path, { text: ' ', version: 2 });
    expect(empty.status).toBe(400);
    expect((await owner.send('PATCH', path, { text: 'x', version: 2 })).status).toBe(403);
    const audit = (await (
      await admin.get(`/api/audit?entity=key_task&entityId=${keyTask.id}`)
    ).json()) as {
      items: { action: string }[];
    };
    expect(audit.items.map((e) => e.action)).toEqual(['update']);
  });

  it('publishes the draft, after which the owner sees it', async () => {
    const res = await admin.send('POST', `/api/plans/${plan.id}/publish`, undefined, {
      'if-match': '"v1"',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: 'published', version: 2 });
    expect((await owner.get(`/api/plans/${plan.id}`)).status).toBe(200);
  });

  it('refuses publishing twice (409) and closing with a stale version (412)', async () => {
    expect((await admin.send('POST', `/api/plans/${plan.id}/publish`, { version: 2 })).status).toBe(
      409,
    );
    expect(
      (await admin.send('POST', `/api/plans/${plan.id}/close`, undefined, { 'if-match': '"v1"' }))
        .status,
    ).toBe(412);
  });

  it('closes the plan, which makes it and its tasks read-only', async () => {
    expect((await admin.send('POST', `/api/plans/${plan.id}/close`, { version: 2 })).status).toBe(
      200,
    );
    const tasks = (await (await admin.get(`/api/plans/${plan.id}/tasks`)).json()) as {
      items: { id: number; version: number }[];
    };
    const first = tasks.items[0]!;
    expect(
      (await admin.send('PATCH', `/api/tasks/${first.id}`, { notes: 'x', version: first.version }))
        .status,
    ).toBe(403);
    expect(
      (await admin.send('PATCH', `/api/plans/${plan.id}`, { title: 'x', version: 3 })).status,
    ).toBe(403);
  });

  it('audits import, edits, publish and close in a chain', async () => {
    const audit = (await (
      await admin.get(`/api/audit?entity=plan&entityId=${plan.id}`)
    ).json()) as { items: { action: string }[] };
    expect(audit.items.map((e) => e.action).reverse()).toEqual(['import', 'publish', 'close']);
  });
});
