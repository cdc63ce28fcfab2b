/**
 * The September 2017 key-work bulletin of the worked example, for looking at its layout: a fresh
 * SQLite database in a temp folder with the example and the month's activity (seedSeptember), the
 * snapshot as of 30 September, and the frame of 第1期 issued on 9 October 2017.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openStore } from '../../platform/db/database.js';
import { loadSamplePlan } from '../plan/load-sample-plan.js';
import { seedSeptember } from './example-data.js';
import type { BulletinFrame } from './frame.js';
import type { KeyWorkSnapshot } from './snapshot.js';
import { takeSnapshot } from './take-snapshot.js';

export const exampleFrame: BulletinFrame = {
  masthead: '滁州市科协重点工作通报',
  issueNo: 1,
  state: 'issued',
  correction: false,
  issuingOffice: '滁州市科协办公室',
  issueDate: '2017-10-09',
  copyTo: ['市委办公室', '市政府办公室', '省科协办公室'],
  printedBy: '滁州市科协办公室',
};

export async function exampleKeyWorkSnapshot(): Promise<KeyWorkSnapshot> {
  const dir = mkdtempSync(join(tmpdir(), 'duban-bulletin-'));
  const store = openStore(`sqlite:${join(dir, 'example.sqlite')}`);
  try {
    await migrateToLatest(store);
    const loaded = await loadSamplePlan({ db: store.db });
    if (!loaded) throw new Error('the new database already holds a plan');
    await seedSeptember(store.db);
    const plan = await store.db
      .selectFrom('plans')
      .selectAll()
      .where('id', '=', loaded.planId)
      .executeTakeFirstOrThrow();
    const snapshot = await takeSnapshot({ db: store.db, plan, month: '2017-09', kind: 'key-work' });
    if (snapshot.kind !== 'key-work') throw new Error('not a key-work snapshot');
    return snapshot;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
