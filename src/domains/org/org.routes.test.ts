/** The org API over real HTTP on both engines: units, people, accounts, tokens, and their guards. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, tokenClient, type Client } from '../../test/factories.js';
import { engines } from '../../test/stores.js';

interface Json {
  id: number;
  version: number;
  [key: string]: unknown;
}
interface ErrorJson {
  error: { code: string; details: { field?: string }[] };
}
interface UnitNode {
  name: string;
  children: UnitNode[];
}

const body = async <T = Json>(res: Response) => (await res.json()) as T;
const fields = async (res: Response) =>
  (await body<ErrorJson>(res)).error.details.map((d) => d.field);

describe.each(engines)('org API on %s', (kind) => {
  let t: TestApp;
  let admin: Client;
  let owner: Client;
  let root: Json;
  let dept: Json;

  const create = async (client: Client, path: string, payload: unknown) => {
    const res = await client.send('POST', path, payload);
    expect(res.status, `${path} ${JSON.stringify(payload)}`).toBe(201);
    return body(res);
  };
  const audit = (entity: string) =>
    t.testStore.store.db
      .selectFrom('audit_events')
      .select(['entity_id', 'action', 'before', 'after'])
      .where('entity', '=', entity)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(kind, async (s) => {
      await buildUser(s.store.db, { username: 'root', role: 'admin' });
      await buildUser(s.store.db, { username: 'owner1', role: 'owner' });
      await buildUser(s.store.db, { username: 'lockme', role: 'viewer' });
    });
    admin = await logInClient(t.baseUrl, 'root');
    owner = await logInClient(t.baseUrl, 'owner1');
    root = await create(admin, '/api/units', {
      name: '市科协',
      parentId: null,
      kind: 'association',
    });
    dept = await create(admin, '/api/units', {
      name: '学会部',
      parentId: root.id,
      kind: 'department',
    });
  });
  afterAll(async () => t.close());

  it('admin creates units that list flat and as a tree, with an ETag on each record', async () => {
    const res = await admin.send('POST', '/api/units', {
      name: ' 南谯区科协 ',
      parentId: root.id,
      kind: 'county',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"v1"');
    expect(await body(res)).toMatchObject({
      name: '南谯区科协',
      parentId: root.id,
      kind: 'county',
      version: 1,
    });
    const flat = await body<{ items: Json[]; total: number }>(await admin.get('/api/units'));
    expect(flat.total).toBe(3);
    expect(flat.items[1]).toMatchObject({ name: '学会部', parentId: root.id, kind: 'department' });
    const tree = await body<{ items: UnitNode[] }>(await admin.get('/api/units?tree=1'));
    expect(tree.items).toHaveLength(1);
    expect(tree.items[0]?.children.map((c) => c.name)).toEqual(['学会部', '南谯区科协']);
    const one = await admin.get(`/api/units/${dept.id}`);
    expect(one.headers.get('etag')).toBe('"v1"');
  });

  it('admin creates a person with spaces removed from the name and finds them by name', async () => {
    const person = await create(admin, '/api/people', {
      name: ' 柳  军 ',
      unitId: dept.id,
      title: '副主席',
    });
    expect(person).toMatchObject({ name: '柳军', unitId: dept.id, title: '副主席', version: 1 });
    const found = await body<{ items: Json[]; total: number }>(
      await admin.get('/api/people?q=柳 军'),
    );
    expect(found).toMatchObject({ total: 1, items: [{ id: person.id }] });
    const none = await body<{ total: number }>(await admin.get(`/api/people?unitId=${root.id}`));
    expect(none.total).toBe(0);
    expect((await admin.get(`/api/people/${person.id}`)).headers.get('etag')).toBe('"v1"');
    expect((await body<{ total: number }>(await admin.get('/api/people?q=%25'))).total).toBe(0);
  });

  it('admin renames and moves a person at the version read', async () => {
    const person = await create(admin, '/api/people', { name: '黄永伟', unitId: dept.id });
    const path = `/api/people/${person.id}`;
    const res = await admin.send(
      'PATCH',
      path,
      { name: '黄 永伟', unitId: root.id, title: null },
      { 'if-match': '"v1"' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"v2"');
    expect(await body(res)).toMatchObject({
      name: '黄永伟',
      unitId: root.id,
      title: null,
      version: 2,
    });
    expect(
      (await admin.send('PATCH', path, { title: '主任' }, { 'if-match': '"v1"' })).status,
    ).toBe(412);
    const lost = await admin.send('PATCH', path, { unitId: 99999, version: 2 });
    expect(lost.status).toBe(404);
    expect(await fields(lost)).toEqual(['body.unitId']);
  });

  it('admin creates a user who logs in and sees their role in /api/me', async () => {
    const res = await admin.send('POST', '/api/users', {
      username: 'peng.gh',
      password: 'a long secret',
      role: 'info_officer',
      unitId: dept.id,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"v1"');
    const user = await body(res);
    expect(user).toMatchObject({
      username: 'peng.gh',
      role: 'info_officer',
      unitId: dept.id,
      disabled: false,
    });
    expect(JSON.stringify(user)).not.toMatch(/hash|secret|scrypt/);
    const client = await logInClient(t.baseUrl, 'peng.gh', 'a long secret');
    const me = await body<{ user: Json }>(await client.get('/api/me'));
    expect(me.user).toMatchObject({ username: 'peng.gh', role: 'info_officer', unitId: dept.id });
    const list = await body<{ items: Json[]; total: number }>(await admin.get('/api/users'));
    expect(list.items.map((u) => u.username)).toContain('peng.gh');
    expect(JSON.stringify(list)).not.toMatch(/password|scrypt/);
  });

  it('authenticates an integration by Bearer token until the token is revoked', async () => {
    const user = await create(admin, '/api/users', {
      username: 'feed',
      password: 'integration1',
      role: 'viewer',
      unitId: dept.id,
    });
    const created = await create(admin, '/api/tokens', { name: '数据对接', userId: user.id });
    expect(created.token).toMatch(/^dbn_/);
    const integration = tokenClient(t.baseUrl, String(created.token));
    const units = await integration.get('/api/units');
    expect(units.status).toBe(200);
    expect((await body<{ items: Json[] }>(units)).items.map((u) => u.name)).toEqual([
      '市科协',
      '学会部',
    ]);
    const list = await admin.get('/api/tokens');
    const text = await list.text();
    expect(text).toContain('数据对接');
    expect(text).not.toContain(String(created.token));
    expect(text).not.toMatch(/hash/i);
    expect((await admin.send('DELETE', `/api/tokens/${created.id}`)).status).toBe(204);
    expect((await integration.get('/api/units')).status).toBe(401);
    const revoked = await body<{ items: Json[] }>(await admin.get('/api/tokens'));
    expect(revoked.items.find((x) => x.id === created.id)?.revokedAt).toEqual(expect.any(String));
  });

  it('answers 403 to a non-admin on every write route and on the account lists', async () => {
    const person = await create(admin, '/api/people', { name: '彭国华', unitId: dept.id });
    const user = await create(admin, '/api/users', {
      username: 'target',
      password: '12345678',
      role: 'viewer',
    });
    const token = await create(admin, '/api/tokens', { name: 'x', userId: user.id });
    const writes: [string, string, unknown][] = [
      ['POST', '/api/units', { name: '新部室', parentId: root.id, kind: 'department' }],
      ['PATCH', `/api/units/${dept.id}`, { name: '改名', version: 1 }],
      ['POST', '/api/people', { name: '张三', unitId: dept.id }],
      ['PATCH', `/api/people/${person.id}`, { name: '李四', version: 1 }],
      ['POST', '/api/users', { username: 'sneaky', password: '12345678', role: 'admin' }],
      ['PATCH', `/api/users/${user.id}`, { role: 'admin', version: 1 }],
      ['POST', '/api/tokens', { name: 'mine', userId: user.id }],
      ['DELETE', `/api/tokens/${token.id}`, undefined],
    ];
    for (const [method, path, payload] of writes) {
      const res = await owner.send(method, path, payload);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect((await owner.get('/api/users')).status).toBe(403);
    expect((await owner.get('/api/tokens')).status).toBe(403);
  });

  it('refuses a cookie write without X-CSRF-Token', async () => {
    const res = await admin.send(
      'POST',
      '/api/units',
      { name: '无令牌', parentId: null, kind: 'society' },
      { 'x-csrf-token': '' },
    );
    expect(res.status).toBe(403);
    const rows = await t.testStore.store.db
      .selectFrom('units')
      .select('id')
      .where('name', '=', '无令牌')
      .execute();
    expect(rows).toEqual([]);
  });

  it('locks optimistically: stale If-Match 412, stale body version 409, no version 428', async () => {
    const unit = await create(admin, '/api/units', {
      name: '组织部',
      parentId: root.id,
      kind: 'department',
    });
    const path = `/api/units/${unit.id}`;
    const ok = await admin.send('PATCH', path, { name: '组织人事部' }, { 'if-match': '"v1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"v2"');
    expect(await body(ok)).toMatchObject({ name: '组织人事部', version: 2 });
    expect((await admin.send('PATCH', path, { name: 'x' }, { 'if-match': '"v1"' })).status).toBe(
      412,
    );
    expect((await admin.send('PATCH', path, { name: 'x', version: 1 })).status).toBe(409);
    expect((await admin.send('PATCH', path, { name: 'x' })).status).toBe(428);
    expect((await admin.send('PATCH', path, { name: '组织部', version: 2 })).status).toBe(200);
  });

  it('names the failing field of bad input: 400 for the schema, 404 unknown parent, 422 cycle', async () => {
    const missing = await admin.send('POST', '/api/units', { parentId: null, kind: 'county' });
    expect(missing.status).toBe(400);
    expect(await fields(missing)).toContain('body.name');
    const role = await admin.send('POST', '/api/users', {
      username: 'bad1',
      password: '12345678',
      role: 'boss',
    });
    expect(role.status).toBe(400);
    expect(await fields(role)).toContain('body.role');
    const short = await admin.send('POST', '/api/users', {
      username: 'bad2',
      password: 'short',
      role: 'viewer',
    });
    expect(short.status).toBe(400);
    expect(await fields(short)).toContain('body.password');
    const name = await admin.send('POST', '/api/users', {
      username: 'a b',
      password: '12345678',
      role: 'viewer',
    });
    expect(await fields(name)).toContain('body.username');
    const blank = await admin.send('POST', '/api/people', { name: '  ', unitId: dept.id });
    expect(await fields(blank)).toContain('body.name');
    const orphan = await admin.send('POST', '/api/units', {
      name: '孤儿',
      parentId: 99999,
      kind: 'department',
    });
    expect(orphan.status).toBe(404);
    expect(await fields(orphan)).toEqual(['body.parentId']);
    const child = await create(admin, '/api/units', {
      name: '学会部一科',
      parentId: dept.id,
      kind: 'department',
    });
    const cycle = await admin.send(
      'PATCH',
      `/api/units/${dept.id}`,
      { parentId: child.id },
      { 'if-match': `"v${dept.version}"` },
    );
    expect(cycle.status).toBe(422);
    expect(await fields(cycle)).toEqual(['body.parentId']);
    const self = await admin.send('PATCH', `/api/units/${dept.id}`, {
      parentId: dept.id,
      version: dept.version,
    });
    expect(self.status).toBe(422);
  });

  it('answers 409 to a username already taken', async () => {
    const res = await admin.send('POST', '/api/users', {
      username: 'owner1',
      password: '12345678',
      role: 'viewer',
    });
    expect(res.status).toBe(409);
    expect(await fields(res)).toEqual(['body.username']);
  });

  it('resets a password: the new one works and the old session ends', async () => {
    const user = await create(admin, '/api/users', {
      username: 'forgetful',
      password: 'first password',
      role: 'viewer',
    });
    const old = await logInClient(t.baseUrl, 'forgetful', 'first password');
    const res = await admin.send('PATCH', `/api/users/${user.id}`, {
      password: 'second password',
      version: 1,
    });
    expect(res.status).toBe(200);
    expect((await old.get('/api/me')).status).toBe(401);
    const fresh = await logInClient(t.baseUrl, 'forgetful', 'second password');
    expect((await fresh.get('/api/me')).status).toBe(200);
  });

  it('refuses an administrator disabling or demoting themselves', async () => {
    const me = await body<{ user: Json }>(await admin.get('/api/me'));
    const current = await body(await admin.get(`/api/users/${me.user.id}`));
    const path = `/api/users/${me.user.id}`;
    const disable = await admin.send('PATCH', path, { disabled: true, version: current.version });
    expect(disable.status).toBe(422);
    expect(await fields(disable)).toEqual(['body.disabled']);
    const demote = await admin.send('PATCH', path, { role: 'viewer', version: current.version });
    expect(demote.status).toBe(422);
    expect(await fields(demote)).toEqual(['body.role']);
  });

  it('ends the sessions and tokens of a disabled user', async () => {
    const user = await create(admin, '/api/users', {
      username: 'leaver',
      password: '12345678',
      role: 'owner',
      unitId: dept.id,
    });
    const token = await create(admin, '/api/tokens', { name: 'leaver-feed', userId: user.id });
    const session = await logInClient(t.baseUrl, 'leaver', '12345678');
    expect((await session.get('/api/me')).status).toBe(200);
    const res = await admin.send(
      'PATCH',
      `/api/users/${user.id}`,
      { disabled: true },
      { 'if-match': '"v1"' },
    );
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({ disabled: true, version: 2 });
    expect((await session.get('/api/me')).status).toBe(401);
    expect((await tokenClient(t.baseUrl, String(token.token)).get('/api/units')).status).toBe(401);
    const sessions = await t.testStore.store.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(sessions).toEqual([]);
    const login = await fetch(`${t.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'leaver', password: '12345678' }),
    });
    expect(login.status).toBe(401);
  });

  it('records an audit event for each write, without secrets', async () => {
    expect((await audit('unit')).map((e) => e.action)).toEqual(
      expect.arrayContaining(['create', 'update']),
    );
    expect((await audit('person')).map((e) => e.action)).toContain('create');
    const users = await audit('user');
    expect(users.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update']));
    const tokens = await audit('api_token');
    expect(tokens.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'revoke']));
    const afters = users.map((e) => JSON.parse(e.after ?? '{}') as Record<string, unknown>);
    const leaver = afters.find((a) => a.username === 'leaver' && a.disabled === 1);
    expect(leaver).toMatchObject({ sessionsEnded: 1, tokensRevoked: 1 });
    const reset = afters.find((a) => a.username === 'forgetful' && a.passwordChanged === true);
    expect(reset).toMatchObject({ sessionsEnded: 1, tokensRevoked: 0 });
    const everything = JSON.stringify([...users, ...tokens]);
    expect(everything).not.toMatch(/password_hash|token_hash|scrypt|dbn_/);
  });

  it('keeps a unit administrator inside their unit', async () => {
    await buildUser(t.testStore.store.db, {
      username: 'deptadmin',
      role: 'admin',
      unitId: dept.id,
    });
    const local = await logInClient(t.baseUrl, 'deptadmin');
    const top = await local.send('POST', '/api/units', {
      name: '顶级',
      parentId: null,
      kind: 'society',
    });
    expect(top.status).toBe(403);
    await create(local, '/api/units', {
      name: '学会部二科',
      parentId: dept.id,
      kind: 'department',
    });
    const global = await local.send('POST', '/api/users', {
      username: 'escalate',
      password: '12345678',
      role: 'admin',
    });
    expect(global.status).toBe(403);
    const users = await body<{ items: Json[] }>(await local.get('/api/users'));
    expect(users.items.map((u) => u.username)).not.toContain('root');
  });

  it('refuses a unit administrator linking an account to a person of a unit above (403)', async () => {
    const cityPerson = await create(admin, '/api/people', { name: '张家水', unitId: root.id });
    const deptPerson = await create(admin, '/api/people', { name: '柏春艳', unitId: dept.id });
    await buildUser(t.testStore.store.db, { username: 'linker', role: 'admin', unitId: dept.id });
    const local = await logInClient(t.baseUrl, 'linker');
    const account = await create(local, '/api/users', {
      username: 'deptowner',
      password: '12345678',
      role: 'owner',
      unitId: dept.id,
    });

    const patched = await local.send('PATCH', `/api/users/${account.id}`, {
      personId: cityPerson.id,
      version: account.version,
    });
    expect(patched.status).toBe(403);
    expect(await fields(patched)).toEqual(['body.personId']);
    const created = await local.send('POST', '/api/users', {
      username: 'borrower',
      password: '12345678',
      role: 'leader',
      unitId: dept.id,
      personId: cityPerson.id,
    });
    expect(created.status).toBe(403);
    const stored = await t.testStore.store.db
      .selectFrom('users')
      .select(['username', 'person_id'])
      .where('username', 'in', ['deptowner', 'borrower'])
      .execute();
    expect(stored).toEqual([{ username: 'deptowner', person_id: null }]);

    const own = await local.send('PATCH', `/api/users/${account.id}`, {
      personId: deptPerson.id,
      version: account.version,
    });
    expect(own.status).toBe(200);
  });

  it('still generates the OpenAPI document with the org routes', async () => {
    const doc = await body<{ paths: Record<string, unknown> }>(
      await fetch(`${t.baseUrl}/api/openapi.json`),
    );
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/units', '/api/people/{id}', '/api/tokens/{id}']),
    );
  });

  it('rate-limits logins: after 5 wrong passwords even the right one gets 429', async () => {
    const attempt = (password: string) =>
      fetch(`${t.baseUrl}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'lockme', password }),
      });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password')).status).toBe(401);
    const sixth = await attempt('correct horse battery');
    expect(sixth.status).toBe(429);
    expect(await body<ErrorJson>(sixth)).toMatchObject({ error: { code: 'rate_limited' } });
  });
});
