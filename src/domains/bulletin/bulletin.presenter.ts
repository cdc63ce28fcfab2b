/**
 * Bulletins as JSON: camelCase, the API kind (key-work…), the 期号, masthead and dates of their
 * frame (for a draft, those it would be issued with now), the snapshot parsed.
 */
import type { Bulletin } from '../../platform/db/schema.js';
import type { BulletinSummary } from './find-bulletins.js';
import type { BulletinFrame } from './frame.js';
import { kindOfStored, type BulletinSnapshot } from './snapshot.js';

export function presentBulletinSummary(b: BulletinSummary, frame: BulletinFrame) {
  const issued = b.state === 'issued';
  return {
    id: b.id,
    planId: b.plan_id,
    month: b.month,
    kind: kindOfStored(b.kind),
    version: b.version,
    state: issued ? ('issued' as const) : ('draft' as const),
    issueNo: frame.issueNo,
    correction: frame.correction,
    issueDate: issued ? frame.issueDate : null,
    defaultIssueDate: frame.issueDate,
    masthead: frame.masthead,
    createdBy: b.created_by,
    createdAt: b.created_at,
    issuedBy: b.issued_by,
    issuedAt: b.issued_at,
  };
}

export function presentBulletin(b: Bulletin, frame: BulletinFrame) {
  // Written by generateBulletin from a BulletinSnapshot; never edited.
  const snapshot = JSON.parse(b.snapshot) as BulletinSnapshot;
  return { ...presentBulletinSummary(b, frame), snapshot };
}
