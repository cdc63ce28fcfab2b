/**
 * A unit's bulletin settings (通报设置) over the real app on the worked example, on both engines:
 * the unit's name until set, set as a whole by an administrator (audited), refused when a field is
 * bad, and framing the next draft of the unit's plans.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../../test/stores.js';
import { startWorkedExampleApp, type ExampleApp } from '../../test/worked-example-app.js';
import { seedSeptember } from './example-data.js';
import { loadFrame } from './load-frame.js';

interface Settings {
  unitId: number;
  unitName: string;
  mastheadName: string;
  issuingOffice: string;
  copyTo: string[];
  printedBy: string;
  version: number;
}

const chosen = {
  mastheadName: '滁州市科协',
  issuingOffice: '滁州市科协办公室',
  copyTo: ['市委办公室', '市政府办公室', '各县（市、区）科协'],
  printedBy: '滁州市科协办公室',
};

describe.each(engines)('bulletin settings on %s', (kind) => {
  let x: ExampleApp;
  let unitId: number;
  let planId: number;
  const path = () => `/api/units/${unitId}/bulletin-settings`;
  const read = async () => (await (await x.as.peng.get(path())).json()) as Settings;

  beforeAll(async () => {
    x = await startWorkedExampleApp(kind, { today: '2017-10-08', audited: ['bulletin_settings'] });
    await seedSeptember(x.db);
    const plan = await x.db
      .selectFrom('plans')
      .select(['id', 'issuing_unit_id'])
      .executeTakeFirstOrThrow();
    planId = plan.id;
    unitId = plan.issuing_unit_id ?? 0;
  });
  afterAll(async () => x.t.close());

  it('reads the unit’s name for every field until they are set', async () => {
    const res = await x.as.peng.get(path());
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v0"']);
    expect(await res.json()).toEqual({
      unitId,
      unitName: '滁州市科学技术协会',
      mastheadName: '滁州市科学技术协会',
      issuingOffice: '滁州市科学技术协会',
      copyTo: [],
      printedBy: '滁州市科学技术协会',
      version: 0,
    });
    expect((await x.as.admin.get('/api/units/999999/bulletin-settings')).status).toBe(404);
  });

  it('refuses bad fields and non-administrators, changing nothing', async () => {
    const before = await read();
    for (const body of [
      { ...chosen, mastheadName: '' },
      { ...chosen, mastheadName: '   ' },
      { ...chosen, issuingOffice: '办'.repeat(41) },
      { ...chosen, copyTo: [''] },
      { ...chosen, copyTo: ['单'.repeat(41)] },
      { ...chosen, copyTo: Array.from({ length: 31 }, (_, i) => `单位${i + 1}`) },
      { ...chosen, copyTo: '市委办公室' },
      { mastheadName: '滁州市科协' },
    ]) {
      const res = await x.as.admin.send('PUT', path(), body);
      expect([res.status, JSON.stringify(body)]).toEqual([400, JSON.stringify(body)]);
    }
    expect((await x.as.peng.send('PUT', path(), chosen)).status).toBe(403);
    expect((await x.as.liu.send('PUT', path(), chosen)).status).toBe(403);
    expect(
      (await x.as.admin.send('PUT', '/api/units/999999/bulletin-settings', chosen)).status,
    ).toBe(404);
    expect(await read()).toEqual(before);
    expect(await x.auditCount()).toBe(0);
  });

  it('sets them as a whole, trimmed, audited, versioned', async () => {
    const res = await x.as.admin.send('PUT', path(), {
      ...chosen,
      mastheadName: ` ${chosen.mastheadName} `,
    });
    expect([res.status, res.headers.get('etag')]).toEqual([200, '"v1"']);
    expect(await res.json()).toEqual({
      unitId,
      unitName: '滁州市科学技术协会',
      ...chosen,
      version: 1,
    });
    expect(await read()).toMatchObject({ ...chosen, version: 1 });
    expect(await x.auditCount()).toBe(1);
    const audit = await x.db
      .selectFrom('audit_events')
      .select(['action', 'entity_id', 'after'])
      .where('entity', '=', 'bulletin_settings')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'update', entity_id: unitId });
    const stale = await x.as.admin.send('PUT', path(), chosen, { 'if-match': '"v0"' });
    expect(stale.status).toBe(412);
    const staleBody = await x.as.admin.send('PUT', path(), { ...chosen, version: 0 });
    expect(staleBody.status).toBe(409);
    const next = await x.as.admin.send('PUT', path(), chosen, { 'if-match': '"v1"' });
    expect([next.status, next.headers.get('etag')]).toEqual([200, '"v2"']);
    expect(await x.auditCount()).toBe(2);
  });

  it('frames the next draft of the unit’s plans with them', async () => {
    const res = await x.as.admin.send('POST', `/api/plans/${planId}/bulletins`, {
      month: '2017-09',
      kind: 'grassroots',
    });
    expect(res.status).toBe(201);
    const draft = (await res.json()) as { id: number; masthead: string };
    expect(draft.masthead).toBe('滁州市科协深入基层工作通报');
    const row = await x.db
      .selectFrom('bulletins')
      .selectAll()
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(await loadFrame(x.db, row)).toEqual({
      masthead: '滁州市科协深入基层工作通报',
      issueNo: 1,
      state: 'draft',
      correction: false,
      issuingOffice: '滁州市科协办公室',
      issueDate: '2017-10-09',
      copyTo: chosen.copyTo,
      printedBy: '滁州市科协办公室',
    });
  });
});
