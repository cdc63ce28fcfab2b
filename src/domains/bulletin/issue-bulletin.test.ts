/**
 * Drafts and 签发 at once from two writers, on both engines: two generations of a month leave one
 * draft, and two months issued at the same moment take different 期号.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../platform/db/schema.js';
import { engines, openTestStore, type TestStore } from '../../test/stores.js';
import { loadSamplePlan } from '../plan/load-sample-plan.js';
import { seedSeptember } from './example-data.js';
import { generateBulletin } from './generate-bulletin.js';
import { issueBulletin } from './issue-bulletin.js';

describe.each(engines)('concurrent drafts and issues on %s', (kind) => {
  let t: TestStore;
  let plan: Plan;
  const now = new Date('2017-11-01T04:00:00Z');
  const generate = (month: string) =>
    generateBulletin({ db: t.store.db, actor: null, plan, month, kind: 'key-work', now });

  beforeAll(async () => {
    t = await openTestStore(kind);
    await loadSamplePlan({ db: t.store.db });
    await seedSeptember(t.store.db);
    plan = await t.store.db.selectFrom('plans').selectAll().executeTakeFirstOrThrow();
  });
  afterAll(async () => t.cleanup());

  it('keeps one draft of a month generated twice at once', async () => {
    const [a, b] = await Promise.all([generate('2017-09'), generate('2017-09')]);
    expect(a.id).toBe(b.id);
    const drafts = await t.store.db
      .selectFrom('bulletins')
      .select('id')
      .where('state', '=', 'draft')
      .where('month', '=', '2017-09')
      .execute();
    expect(drafts).toHaveLength(1);
  });

  it('gives two months issued at once different 期号', async () => {
    const september = await generate('2017-09');
    const october = await generate('2017-10');
    const issued = await Promise.all(
      [september, october].map((b) =>
        issueBulletin({ db: t.store.db, actor: null, id: b.id, now }),
      ),
    );
    expect(issued.map((b) => b.issue_no).sort()).toEqual([1, 2]);
    expect(issued.map((b) => b.issue_date)).toEqual(['2017-10-09', '2017-11-01']);
  });
});
