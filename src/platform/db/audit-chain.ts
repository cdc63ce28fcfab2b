/**
 * The audit trail is a set of hash chains: one per plan and one for the organisation (chain 0).
 * Each event's hash is sha256(previous hash + sha256 of its own content), so that PostgreSQL can
 * take a chain's step in SQL, in the statement that appends the event; audit_chains holds each
 * chain's head (its last hash, the one before it, and its length). A chain's length moves exactly
 * when an event joins it, which makes it the generation caches of that chain's data key on.
 */
import { createHash } from 'node:crypto';
import type { AuditEventTable } from './schema.js';

export const organisationChain = 0;

export type EventContent = Pick<
  AuditEventTable,
  | 'chain_id'
  | 'at'
  | 'actor_user_id'
  | 'actor_name'
  | 'entity'
  | 'entity_id'
  | 'action'
  | 'before'
  | 'after'
>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function contentHash(e: EventContent): string {
  return sha256(
    JSON.stringify([
      e.chain_id,
      e.at,
      e.actor_user_id,
      e.actor_name,
      e.entity,
      e.entity_id,
      e.action,
      e.before,
      e.after,
    ]),
  );
}

/** The next link: what PostgreSQL computes as sha256(convert_to(prev || content, 'UTF8')). */
export function chainHash(previous: string | null, content: string): string {
  return sha256((previous ?? '') + content);
}
