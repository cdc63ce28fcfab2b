/** Bulletins as JSON: camelCase, the API kind (key-work…), the snapshot parsed. */
import type { Bulletin } from '../../platform/db/schema.js';
import type { BulletinSummary } from './find-bulletins.js';
import { kindOfStored, type BulletinSnapshot } from './snapshot.js';

export function presentBulletinSummary(b: BulletinSummary) {
  return {
    id: b.id,
    planId: b.plan_id,
    month: b.month,
    kind: kindOfStored(b.kind),
    version: b.version,
    createdBy: b.created_by,
    createdAt: b.created_at,
  };
}

export function presentBulletin(b: Bulletin) {
  // Written by generateBulletin from a BulletinSnapshot; never edited.
  const snapshot = JSON.parse(b.snapshot) as BulletinSnapshot;
  return { ...presentBulletinSummary(b), snapshot };
}
