/** Notifications, webhooks and deliveries as JSON; a webhook's secret is never shown back. */
import type { Selectable } from 'kysely';
import type {
  NotificationTable,
  WebhookAttemptTable,
  WebhookDeliveryTable,
  WebhookTable,
} from '../../platform/db/tables/notify.js';
import { parseEvents } from './reminder-inputs.js';

export function presentNotification(row: Selectable<NotificationTable>) {
  return {
    id: row.id,
    kind: row.kind,
    taskId: row.task_id,
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
    read: row.read_at !== null,
    readAt: row.read_at,
  };
}

export function presentWebhook(row: Selectable<WebhookTable>) {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    format: row.format,
    events: parseEvents(row.events),
    hasSecret: row.secret !== null,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** For the audit trail: the record without its secret. */
export function redactWebhook(row: Selectable<WebhookTable>) {
  return { ...row, secret: row.secret === null ? null : '***' };
}

export function presentDelivery(
  row: Selectable<WebhookDeliveryTable>,
  attempts: Selectable<WebhookAttemptTable>[],
) {
  return {
    id: row.id,
    event: row.event,
    key: row.dedupe_key,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.state === 'pending' ? row.next_attempt_at : null,
    lastStatus: row.last_status,
    lastError: row.last_error,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    history: attempts.map((a) => ({
      attempt: a.attempt,
      at: a.at,
      statusCode: a.status_code,
      error: a.error,
      durationMs: a.duration_ms,
    })),
  };
}
