/**
 * The journey of issue-to-acceptance over real HTTP, on both engines: the administrator imports
 * the worked example, publishes it and opens accounts for 柏春艳 (owner) and 张家水 (leader); the
 * owner reports progress on her task; the leader accepts; the audit trail shows every step.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../domains/audit/verify-audit-chain.js';
import { startTestApp, type TestApp } from './app.js';
import { buildUser, logInClient, type Client } from './factories.js';
import { engines } from './stores.js';

const notice = readFileSync(
  new URL('../domains/import/fixtures/chuzhou-cast-2017-workplan.docx', import.meta.url),
);

interface Named {
  id: number;
  name: string;
}

describe.each(engines)('the supervision journey on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let owner: Client;
  let leader: Client;
  const state: {
    planId: number;
    taskId: number;
    reportId: number;
    bai: Named;
    zhang: Named;
    office: number;
    issuer: number;
  } = {
    planId: 0,
    taskId: 0,
    reportId: 0,
    bai: { id: 0, name: '' },
    zhang: { id: 0, name: '' },
    office: 0,
    issuer: 0,
  };
  const json = async <T>(res: Promise<Response>, status: number): Promise<T> => {
    const r = await res;
    const body = (await r.json()) as T;
    expect(r.status, JSON.stringify(body)).toBe(status);
    return body;
  };

  beforeAll(async () => {
    t = await startTestApp(
      kind,
      (s) => buildUser(s.store.db, { username: 'admin', role: 'admin' }),
      () => new Date('2017-05-20T02:00:00Z'),
    );
    admin = await logInClient(t.baseUrl, 'admin');
  });
  afterAll(async () => t.close());

  it('1. the administrator imports the notice as a draft', async () => {
    const form = new FormData();
    form.append('file', new Blob([notice]), '滁科协〔2017〕2号.docx');
    const plan = await json<{ id: number; state: string; warnings: { about: string }[] }>(
      fetch(`${t.baseUrl}/api/plans/import`, { method: 'POST', headers: admin.auth, body: form }),
      201,
    );
    expect(plan.state).toBe('draft');
    expect(plan.warnings.map((w) => w.about)).toEqual(['keyTask 8 vs tableRow 8']);
    state.planId = plan.id;
  });

  it('2. publishes it', async () => {
    await json(
      admin.send('POST', `/api/plans/${state.planId}/publish`, undefined, { 'if-match': '"v1"' }),
      200,
    );
  });

  it('3. opens accounts for 柏春艳 and 张家水, linked to the people the import created', async () => {
    const people = await json<{ items: (Named & { unitId: number })[] }>(
      admin.get('/api/people?limit=100'),
      200,
    );
    const bai = people.items.find((p) => p.name === '柏春艳');
    const zhang = people.items.find((p) => p.name === '张家水');
    expect(bai && zhang).toBeTruthy();
    state.bai = bai ?? state.bai;
    state.zhang = zhang ?? state.zhang;
    await json(
      admin.send('POST', '/api/users', {
        username: 'baichunyan',
        password: 'bai-2017-pass',
        role: 'owner',
        personId: bai?.id,
        unitId: bai?.unitId,
      }),
      201,
    );
    await json(
      admin.send('POST', '/api/users', {
        username: 'zhangjiashui',
        password: 'zhang-2017-pass',
        role: 'leader',
        personId: zhang?.id,
        unitId: zhang?.unitId,
      }),
      201,
    );
    owner = await logInClient(t.baseUrl, 'baichunyan', 'bai-2017-pass');
    leader = await logInClient(t.baseUrl, 'zhangjiashui', 'zhang-2017-pass');
  });

  it('4. the owner finds her task 1 (5月底) among her own', async () => {
    const mine = await json<{
      items: { id: number; no: number; leader: Named; light: { light: string } }[];
    }>(owner.get(`/api/tasks?planId=${state.planId}&ownerId=${state.bai.id}`), 200);
    expect(mine.items.map((x) => x.no)).toEqual([1, 7, 9, 10]);
    const first = mine.items[0];
    expect(first?.leader.name).toBe('张家水');
    expect(first?.light.light).toBe('yellow');
    state.taskId = first?.id ?? 0;
  });

  it('5. the owner reports May progress, which turns the light green', async () => {
    const report = await json<{ id: number; state: string }>(
      owner.send('POST', `/api/tasks/${state.taskId}/reports`, {
        month: '2017-05',
        done: '已形成《深化改革方案》初稿并征求意见',
        problems: '',
        nextSteps: '报党组会审议',
      }),
      201,
    );
    expect(report.state).toBe('submitted');
    state.reportId = report.id;
    const task = await json<{ light: { light: string } }>(
      owner.get(`/api/tasks/${state.taskId}`),
      200,
    );
    expect(task.light.light).toBe('green');
  });

  it('6. the leader sees the report and accepts it', async () => {
    const reports = await json<{ items: { id: number; state: string; version: number }[] }>(
      leader.get(`/api/tasks/${state.taskId}/reports`),
      200,
    );
    expect(reports.items.map((r) => r.state)).toEqual(['submitted']);
    const accepted = await json<{ state: string; reviewComment: string | null }>(
      leader.send(
        'POST',
        `/api/reports/${state.reportId}/accept`,
        { comment: '同意' },
        { 'if-match': `"v${reports.items[0]?.version}"` },
      ),
      200,
    );
    expect(accepted.state).toBe('accepted');
  });

  it('7. the audit trail shows each step, by whom, and its chain is intact', async () => {
    const audit = await json<{
      items: { action: string; entity: string; actor: { username: string } | null }[];
    }>(admin.get('/api/audit?limit=100'), 200);
    const steps = audit.items
      .filter((e) => e.entity !== 'session')
      .map((e) => `${e.actor?.username ?? '-'} ${e.action} ${e.entity}`)
      .reverse();
    expect(steps).toEqual([
      'admin import plan',
      'admin publish plan',
      'admin create user',
      'admin create user',
      'baichunyan submit progress_report',
      'zhangjiashui accept progress_report',
    ]);
    expect(await verifyAuditChain({ db: t.testStore.store.db })).toMatchObject({ ok: true });
  });
});
