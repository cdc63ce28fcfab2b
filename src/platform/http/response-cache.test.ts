/**
 * Caches key on the chains their data lives on: a plan's cached reads stand while other plans are
 * written, and follow at once any write to the plan itself or to people and units.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNotice } from '../../domains/import/parse-notice.js';
import { startSampleApp, type SampleApp } from '../../domains/ledger/test-support.js';
import { saveDraftPlan } from '../../domains/plan/save-draft-plan.js';
import { engines } from '../../test/stores.js';
import { organisationChain } from '../db/audit-chain.js';
import { chainGeneration } from '../db/generation.js';
import { samplePlanPath } from '../paths.js';

describe.each(engines)('generation-keyed caches on %s', (kind) => {
  let s: SampleApp;
  let planId: number;
  let otherPlanId: number;
  const generations = async () => [
    await chainGeneration(s.db, organisationChain),
    await chainGeneration(s.db, planId),
    await chainGeneration(s.db, otherPlanId),
  ];
  const list = () => s.as.admin.get(`/api/plans/${planId}/tasks?limit=100`);
  const ownerOf = async (res: Response, no: number) => {
    const body = (await res.json()) as { items: { no: number; owner: { name: string } | null }[] };
    return body.items.find((t) => t.no === no)?.owner?.name;
  };

  beforeAll(async () => {
    s = await startSampleApp(kind);
    planId = (await s.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    // A second plan from the same notice: its units and people exist, so it joins its own chain.
    const parsed = parseNotice(await readFile(samplePlanPath, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    otherPlanId = (await saveDraftPlan({ db: s.db, draft: parsed.draft, sourceName: 'again.txt' }))
      .planId;
  });
  afterAll(async () => s.t.close());

  it('leaves a plan’s generation and its cached list alone when another plan is written', async () => {
    const first = await list();
    const etag = first.headers.get('etag') ?? '';
    const before = await generations();
    const otherTask = await s.db
      .selectFrom('tasks')
      .select(['id', 'version'])
      .where('plan_id', '=', otherPlanId)
      .orderBy('no')
      .executeTakeFirstOrThrow();
    const patch = await s.as.admin.send('PATCH', `/api/tasks/${otherTask.id}`, {
      version: otherTask.version,
      dueDate: '2017-11-30',
    });
    expect(patch.status).toBe(200);
    const after = await generations();
    expect(after).toEqual([before[0], before[1], (before[2] ?? 0) + 1]);
    expect(
      (await s.as.admin.get(`/api/plans/${planId}/tasks?limit=100`, { 'if-none-match': etag }))
        .status,
    ).toBe(304);
  });

  it('shows a person’s new name at once: people live on the organisation’s chain', async () => {
    const first = await list();
    const etag = first.headers.get('etag') ?? '';
    expect(await ownerOf(first, 1)).toBe('柏春艳');
    const person = await s.db
      .selectFrom('people')
      .select(['id', 'version'])
      .where('name', '=', '柏春艳')
      .executeTakeFirstOrThrow();
    const before = await generations();
    const rename = await s.as.admin.send('PATCH', `/api/people/${person.id}`, {
      version: person.version,
      name: '柏春燕',
    });
    expect(rename.status).toBe(200);
    expect((await generations())[0]).toBe((before[0] ?? 0) + 1);
    const again = await s.as.admin.get(`/api/plans/${planId}/tasks?limit=100`, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(200);
    expect(await ownerOf(again, 1)).toBe('柏春燕');
  });

  it('recomputes the list after a write to the plan itself', async () => {
    const task = await s.db
      .selectFrom('tasks')
      .select(['id', 'version'])
      .where('plan_id', '=', planId)
      .where('no', '=', 2)
      .executeTakeFirstOrThrow();
    const patch = await s.as.admin.send('PATCH', `/api/tasks/${task.id}`, {
      version: task.version,
      dueDate: '2017-12-15',
    });
    expect(patch.status).toBe(200);
    const body = (await (await list()).json()) as {
      items: { no: number; deadline: { due: string } }[];
    };
    expect(body.items.find((t) => t.no === 2)?.deadline.due).toBe('2017-12-15');
  });
});
