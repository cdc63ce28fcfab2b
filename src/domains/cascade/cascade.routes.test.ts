/**
 * Cascading plans over HTTP on both engines: 滁州市科协's published worked example as the parent,
 * 天长市科协 and 定远县科协 below it as recipients; 天长 imports, publishes and aligns its plan.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/schema.js';
import { loadSamplePlan } from '../plan/load-sample-plan.js';
import { sampleClock } from '../ledger/test-support.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, personId, unitId, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';

const tianchangNotice =
  '天长市科协2017年工作要点\n一、科普\n1. 新建社区科普馆1个。（责任单位：科普股；完成时限：年底前）';
const dingyuanNotice =
  '定远县科协2017年工作要点\n一、科普\n1. 开展科普日活动。（责任单位：科普股；完成时限：9月底前）';

type Json = Record<string, unknown>;
type ErrorJson = { error: { code: string; details: { field: string }[] } };
type Rollup = {
  keyTasks: { no: number; units: { unitName: string; tasks: Json[]; counts: Json }[] }[];
  missing: { unitName: string }[];
  unaligned: { unitName: string; tasks: number; unaligned: number }[];
};

describe.each(engines)('cascading plans on %s', (kind) => {
  let t: TestApp;
  let db: Kysely<Database>;
  let as: Record<'admin' | 'tianchang' | 'dingyuan' | 'peng' | 'viewer' | 'outsider', Client>;
  const ids = { parent: 0, tianchang: 0, dingyuan: 0, outside: 0, child: 0, draft: 0, task: 0 };
  let writes = 0;
  const counted = (res: Response) => {
    if (res.ok) writes++;
    return res;
  };
  const keyTaskId = async (planId: number, no: number) =>
    (
      await db
        .selectFrom('key_tasks')
        .select('id')
        .where('plan_id', '=', planId)
        .where('no', '=', no)
        .executeTakeFirstOrThrow()
    ).id;
  const field = async (res: Response) =>
    [res.status, ((await res.json()) as ErrorJson).error.details[0]?.field] as const;
  const importPlan = async (client: Client, text: string, query = '') => {
    const form = new FormData();
    form.append('file', new Blob([text]), 'notice.txt');
    const res = await fetch(`${t.baseUrl}/api/plans/import${query}`, {
      method: 'POST',
      headers: client.auth,
      body: form,
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: number }).id;
  };
  const rollup = async (who: Client = as.viewer) =>
    (await (await who.get(`/api/plans/${ids.parent}/rollup`)).json()) as Rollup;

  beforeAll(async () => {
    t = await startTestApp(
      kind,
      async ({ store }) => {
        const d = store.db;
        await loadSamplePlan({ db: d });
        const association = await unitId(d, '滁州市科学技术协会');
        const unit = async (name: string, parent: number | null) =>
          (
            await d
              .insertInto('units')
              .values({ name, parent_id: parent, kind: 'county' })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
        ids.tianchang = await unit('天长市科协', association);
        ids.dingyuan = await unit('定远县科协', association);
        ids.outside = await unit('合肥市科协', null);
        await buildUser(d, { username: 'admin', role: 'admin' });
        await buildUser(d, { username: 'tianchang', role: 'admin', unitId: ids.tianchang });
        await buildUser(d, { username: 'dingyuan', role: 'admin', unitId: ids.dingyuan });
        await buildUser(d, { username: 'outsider', role: 'admin', unitId: ids.outside });
        await buildUser(d, { username: 'viewer', role: 'viewer', unitId: association });
        const peng = await personId(d, '彭国华');
        await buildUser(d, {
          username: 'peng',
          role: 'owner',
          personId: peng,
          unitId: await unitId(d, '学会部'),
        });
      },
      sampleClock,
    );
    db = t.testStore.store.db;
    ids.parent = (await db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    const names = ['admin', 'tianchang', 'dingyuan', 'peng', 'viewer', 'outsider'] as const;
    const clients = await Promise.all(names.map((n) => logInClient(t.baseUrl, n)));
    as = Object.fromEntries(names.map((n, i) => [n, clients[i]])) as typeof as;
  });
  afterAll(async () => t.close());

  it('sets the recipient units of the parent plan; 天长’s administrator may not (403)', async () => {
    const url = `/api/plans/${ids.parent}/recipients`;
    const body = { unitIds: [ids.tianchang, ids.dingyuan, ids.tianchang] };
    expect((await as.tianchang.send('PUT', url, body)).status).toBe(403);
    expect((await as.peng.send('PUT', url, body)).status).toBe(403);
    expect(await field(await as.admin.send('PUT', url, { unitIds: 'x' }))).toEqual([
      400,
      'body.unitIds',
    ]);
    expect(await field(await as.admin.send('PUT', url, { unitIds: [ids.outside] }))).toEqual([
      422,
      'body.unitIds.0',
    ]);
    const res = counted(await as.admin.send('PUT', url, body));
    expect(res.status).toBe(200);
    const listed = (await (await as.viewer.get(url)).json()) as { items: Json[]; total: number };
    expect(listed.total).toBe(2);
    expect(listed.items.map((r) => [r.unitName, r.childPlan])).toEqual([
      ['天长市科协', null],
      ['定远县科协', null],
    ]);
    expect((await as.outsider.get(url)).status).toBe(403);
  });

  it('files 天长’s imported plan under the parent and links 定远’s draft by POST', async () => {
    ids.child = await importPlan(as.tianchang, tianchangNotice, `?parentPlanId=${ids.parent}`);
    const children = `/api/plans/${ids.parent}/children`;
    const again = await as.tianchang.send('POST', children, { childPlanId: ids.child });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ id: ids.child, parentPlanId: ids.parent });
    const published = await as.tianchang.send('POST', `/api/plans/${ids.child}/publish`, {
      version: 1,
    });
    expect(published.status).toBe(200);
    ids.draft = await importPlan(as.dingyuan, dingyuanNotice);
    expect((await as.peng.send('POST', children, { childPlanId: ids.draft })).status).toBe(403);
    expect((await as.tianchang.send('POST', children, { childPlanId: ids.draft })).status).toBe(
      403,
    );
    expect(await field(await as.admin.send('POST', children, { childPlanId: 'x' }))).toEqual([
      400,
      'body.childPlanId',
    ]);
    const self = await as.admin.send('POST', children, { childPlanId: ids.parent });
    expect(await field(self)).toEqual([422, 'body.childPlanId']);
    const linked = counted(await as.dingyuan.send('POST', children, { childPlanId: ids.draft }));
    expect(linked.status).toBe(201);
    const asAdmin = (await (await as.admin.get(children)).json()) as { items: Json[] };
    expect(asAdmin.items.map((c) => [c.id, c.state, c.tasks, c.aligned])).toEqual([
      [ids.child, 'published', 1, 0],
      [ids.draft, 'draft', 1, 0],
    ]);
    const asViewer = (await (await as.viewer.get(children)).json()) as { total: number };
    expect(asViewer.total).toBe(1);
    const recipients = `/api/plans/${ids.parent}/recipients`;
    const answered = async (who: Client) =>
      ((await (await who.get(recipients)).json()) as { items: Json[] }).items.map(
        (r) => (r.childPlan as Json | null)?.state ?? null,
      );
    expect(await answered(as.admin)).toEqual(['published', 'draft']);
    expect(await answered(as.viewer)).toEqual(['published', null]);
  });

  it('counts 天长’s task as unaligned until it is aligned', async () => {
    const r = await rollup();
    expect(r.unaligned).toEqual([
      expect.objectContaining({ unitName: '天长市科协', tasks: 1, unaligned: 1 }),
    ]);
    expect(r.keyTasks.every((k) => k.units.length === 0)).toBe(true);
  });

  it('aligns 天长’s task with key task 6; refuses other plans’ key tasks (422) and bad input (400)', async () => {
    ids.task = (
      await db
        .selectFrom('tasks')
        .select('id')
        .where('plan_id', '=', ids.child)
        .executeTakeFirstOrThrow()
    ).id;
    const url = `/api/tasks/${ids.task}/alignment`;
    const six = await keyTaskId(ids.parent, 6);
    const foreign = await db
      .insertInto('key_tasks')
      .values({ plan_id: ids.draft, no: 1, text: '开展科普日活动' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await field(await as.tianchang.send('PUT', url, { keyTaskId: foreign.id }))).toEqual([
      422,
      'body.keyTaskId',
    ]);
    expect(await field(await as.tianchang.send('PUT', url, { keyTaskId: 'six' }))).toEqual([
      400,
      'body.keyTaskId',
    ]);
    expect((await as.peng.send('PUT', url, { keyTaskId: six })).status).toBe(403);
    expect((await as.dingyuan.send('PUT', url, { keyTaskId: six })).status).toBe(403);
    const res = counted(await as.tianchang.send('PUT', url, { keyTaskId: six }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      taskId: ids.task,
      keyTask: { id: six, no: 6, planId: ids.parent },
    });
  });

  it('rolls up key task 6 by unit with the task’s light; 定远 is missing', async () => {
    const page = (await (await as.tianchang.get(`/api/tasks/${ids.task}`)).json()) as Json;
    const light = page.light as { light: string; reason: string };
    const r = await rollup();
    const six = r.keyTasks.find((k) => k.no === 6);
    expect(six?.units).toEqual([
      {
        unitId: ids.tianchang,
        unitName: '天长市科协',
        counts: { done: 0, green: 0, yellow: 0, red: 0, [light.light]: 1 },
        tasks: [expect.objectContaining({ id: ids.task, content: '新建社区科普馆1个', light })],
      },
    ]);
    expect(r.keyTasks.filter((k) => k.units.length > 0)).toHaveLength(1);
    expect(r.missing).toEqual([{ unitId: ids.dingyuan, unitName: '定远县科协' }]);
    expect(r.unaligned).toEqual([]);
    expect((await as.outsider.get(`/api/plans/${ids.parent}/rollup`)).status).toBe(403);
    const aligned = `/api/plans/${ids.parent}/key-tasks`;
    const listed = (await (await as.viewer.get(`${aligned}/6/aligned`)).json()) as Json;
    expect(listed).toMatchObject({ total: 1, items: [{ id: ids.task, keyTaskNo: 6 }] });
    expect(((await (await as.viewer.get(`${aligned}/5/aligned`)).json()) as Json).total).toBe(0);
    expect((await as.viewer.get(`${aligned}/99/aligned`)).status).toBe(404);
  });

  it('clears an alignment with null and records one audit event per write', async () => {
    const url = `/api/tasks/${ids.task}/alignment`;
    const cleared = counted(await as.tianchang.send('PUT', url, { keyTaskId: null }));
    expect(await cleared.json()).toEqual({ taskId: ids.task, keyTask: null });
    expect((await rollup()).unaligned).toHaveLength(1);
    const six = await keyTaskId(ids.parent, 6);
    counted(await as.tianchang.send('PUT', url, { keyTaskId: six }));
    const row = await db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('action', 'in', ['set_recipients', 'link_parent', 'align'])
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBe(writes);
    expect(writes).toBe(5);
  });
});
