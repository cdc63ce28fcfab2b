/** Audit events as JSON, with before/after parsed back into objects. */
import type { Selectable } from 'kysely';
import type { AuditEventTable } from '../../platform/db/schema.js';

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

export function presentAuditEvent(e: Selectable<AuditEventTable>) {
  return {
    id: e.id,
    at: e.at,
    actor: e.actor_user_id === null ? null : { id: e.actor_user_id, username: e.actor_name },
    entity: e.entity,
    entityId: e.entity_id,
    action: e.action,
    before: parse(e.before),
    after: parse(e.after),
    hash: e.hash,
  };
}
