/** Walks the audit trail in order and reports the first event whose hash or link is wrong. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { hashEvent } from './record-audit.js';

export type ChainReport =
  { ok: true; events: number } | { ok: false; events: number; brokenAt: number; reason: string };

export async function verifyAuditChain(options: {
  db: Kysely<Database>;
  batch?: number;
}): Promise<ChainReport> {
  const batch = options.batch ?? 1000;
  let previous: string | null = null;
  let afterId = 0;
  let events = 0;
  for (;;) {
    const rows = await options.db
      .selectFrom('audit_events')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(batch)
      .execute();
    for (const row of rows) {
      events++;
      if (row.prev_hash !== previous)
        return {
          ok: false,
          events,
          brokenAt: row.id,
          reason: 'previous hash does not match: an earlier event was changed or removed',
        };
      if (row.hash !== hashEvent(row))
        return {
          ok: false,
          events,
          brokenAt: row.id,
          reason: 'hash does not match the content: this event was changed',
        };
      previous = row.hash;
      afterId = row.id;
    }
    if (rows.length < batch) return { ok: true, events };
  }
}
