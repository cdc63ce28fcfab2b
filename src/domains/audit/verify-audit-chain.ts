/**
 * Walks every audit chain (one per plan, one for the organisation) in order and reports the first
 * event whose hash or link is wrong, or a chain whose head does not match its last event (events
 * removed from its end).
 */
import type { Kysely } from 'kysely';
import { chainHash, contentHash } from '../../platform/db/audit-chain.js';
import type { Database } from '../../platform/db/schema.js';

export type ChainReport =
  | { ok: true; events: number; chains: number }
  | {
      ok: false;
      events: number;
      chains: number;
      /** The plan whose chain broke, 0 for the organisation's. */
      chainId: number;
      brokenAt: number;
      reason: string;
    };

type Broken = Omit<Extract<ChainReport, { ok: false }>, 'ok' | 'events' | 'chains'>;

interface Walk {
  events: number;
  last: { id: number; hash: string | null } | null;
  broken?: Broken;
}

async function walkChain(db: Kysely<Database>, chainId: number, batch: number): Promise<Walk> {
  const walk: Walk = { events: 0, last: null };
  for (let afterId = 0; ;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('chain_id', '=', chainId)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(batch)
      .execute();
    for (const row of rows) {
      walk.events++;
      const broken = (reason: string) => ({
        ...walk,
        broken: { chainId, brokenAt: row.id, reason },
      });
      if (row.prev_hash !== (walk.last?.hash ?? null))
        return broken('previous hash does not match: an earlier event was changed or removed');
      if (row.hash !== chainHash(row.prev_hash, contentHash(row)))
        return broken('hash does not match the content: this event was changed');
      walk.last = { id: row.id, hash: row.hash };
      afterId = row.id;
    }
    if (rows.length < batch) return walk;
  }
}

export async function verifyAuditChain(options: {
  db: Kysely<Database>;
  batch?: number;
}): Promise<ChainReport> {
  const { db } = options;
  const heads = new Map(
    (await db.selectFrom('audit_chains').selectAll().execute()).map((h) => [h.chain_id, h]),
  );
  const inEvents = await db.selectFrom('audit_events').select('chain_id').distinct().execute();
  const chainIds = [...new Set([...heads.keys(), ...inEvents.map((r) => r.chain_id)])].sort(
    (a, b) => a - b,
  );
  let events = 0;
  for (const chainId of chainIds) {
    const walk = await walkChain(db, chainId, options.batch ?? 1000);
    events += walk.events;
    const result = { events, chains: chainIds.length };
    if (walk.broken) return { ok: false, ...result, ...walk.broken };
    const head = heads.get(chainId);
    if (head?.head_hash !== walk.last?.hash || head?.events !== walk.events)
      return {
        ok: false,
        ...result,
        chainId,
        brokenAt: walk.last?.id ?? 0,
        reason: 'the chain head does not match its last event: events at its end were removed',
      };
  }
  return { ok: true, events, chains: chainIds.length };
}
