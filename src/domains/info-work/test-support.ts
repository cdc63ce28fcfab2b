/**
 * For the information-work API tests: the worked example with three county associations under
 * 滁州市科学技术协会, an information officer (信息员) for each, an administrator, a viewer at the
 * association and an administrator of an unrelated city; clock at 2017-09-30 noon in China.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { buildUser, logInClient, unitId, type Client } from '../../test/factories.js';
import { loadSamplePlan } from '../plan/load-sample-plan.js';
import { sampleClock } from '../ledger/test-support.js';

export const counties = { tianchang: '天长市科协', dingyuan: '定远县科协', quanjiao: '全椒县科协' };
type Who = 'admin' | 'viewer' | 'outsider' | keyof typeof counties;

export interface InfoApp {
  t: TestApp;
  db: Kysely<Database>;
  as: Record<Who, Client>;
  unit: Record<keyof typeof counties | 'association', number>;
  /** Audit events about items, adoptions, instructions and schemes. */
  auditCount(): Promise<number>;
}

async function seed(db: Kysely<Database>): Promise<void> {
  await loadSamplePlan({ db });
  const parent = await unitId(db, '滁州市科学技术协会');
  for (const [username, name] of Object.entries(counties)) {
    const row = await db
      .insertInto('units')
      .values({ name, parent_id: parent, kind: 'county' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await buildUser(db, { username, role: 'info_officer', unitId: row.id });
  }
  const elsewhere = await db
    .insertInto('units')
    .values({ name: '合肥市科协', parent_id: null, kind: 'association' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await buildUser(db, { username: 'admin', role: 'admin' });
  await buildUser(db, { username: 'viewer', role: 'viewer', unitId: parent });
  await buildUser(db, { username: 'outsider', role: 'admin', unitId: elsewhere.id });
}

export async function startInfoApp(kind: DatabaseKind): Promise<InfoApp> {
  const t = await startTestApp(kind, ({ store }) => seed(store.db), sampleClock);
  const db = t.testStore.store.db;
  const log = (name: string) => logInClient(t.baseUrl, name);
  return {
    t,
    db,
    as: {
      admin: await log('admin'),
      viewer: await log('viewer'),
      outsider: await log('outsider'),
      tianchang: await log('tianchang'),
      dingyuan: await log('dingyuan'),
      quanjiao: await log('quanjiao'),
    },
    unit: {
      association: await unitId(db, '滁州市科学技术协会'),
      tianchang: await unitId(db, counties.tianchang),
      dingyuan: await unitId(db, counties.dingyuan),
      quanjiao: await unitId(db, counties.quanjiao),
    },
    auditCount: async () => {
      const row = await db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('entity', 'in', [
          'information_item',
          'information_adoption',
          'information_instruction',
          'info_scheme',
        ])
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

async function created(res: Promise<Response>): Promise<number> {
  const r = await res;
  if (r.status !== 201) throw new Error(`expected 201, got ${r.status}: ${await r.text()}`);
  return ((await r.json()) as { id: number }).id;
}

/**
 * A month of information work, all through the API (11 audited writes). September 2017:
 * 天长 3 items (1 + 1 + 1), adopted by 市科协网站 (2) and 市委市政府信息 (5) = 10;
 * 定远 2 items, one adopted by 省科协 (8) = 10 — tied with 天长, first by the higher level;
 * 全椒 1 item with a 批示 (10) = 11. Plus one August item of 天长, entered by the administrator.
 */
export async function enterSeptember(s: InfoApp): Promise<Record<string, number>> {
  const submit = (who: Client, title: string, submittedOn: string, unitId?: number) =>
    created(
      who.send('POST', '/api/info-items', { title, content: `${title}。`, submittedOn, unitId }),
    );
  const adopt = (id: number, level: string, adoptedOn: string) =>
    created(s.as.admin.send('POST', `/api/info-items/${id}/adoptions`, { level, adoptedOn }));
  const { tianchang, dingyuan, quanjiao } = s.as;
  const ids = {
    august: await submit(
      s.as.admin,
      '天长市科协开展科普进社区活动',
      '2017-08-28',
      s.unit.tianchang,
    ),
    tc1: await submit(tianchang, '天长市召开科协工作会议', '2017-09-05'),
    tc2: await submit(tianchang, '天长市科协助力企业创新', '2017-09-12'),
    tc3: await submit(tianchang, '天长市开展全国科普日活动', '2017-09-20'),
    dy1: await submit(dingyuan, '定远县科协组织专家下乡', '2017-09-08'),
    dy2: await submit(dingyuan, '定远县青少年科技创新大赛', '2017-09-18'),
    qj1: await submit(quanjiao, '全椒县建设院士工作站', '2017-09-10'),
  };
  await adopt(ids.tc1, 'unit_website', '2017-09-06');
  await adopt(ids.tc2, 'city_party_government', '2017-09-15');
  await adopt(ids.dy1, 'provincial_association', '2017-09-20');
  await created(
    s.as.admin.send('POST', `/api/info-items/${ids.qj1}/instructions`, {
      by: '市委书记',
      note: '经验做法值得推广',
      on: '2017-09-22',
    }),
  );
  return ids;
}
