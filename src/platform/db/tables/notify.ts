/** Row types of the notify tables: notifications, webhooks, webhook_deliveries, webhook_attempts. */
import type { Generated } from 'kysely';

type Id = Generated<number>;

/** 站内提醒: one reminder for one account; (user_id, dedupe_key) is unique. */
export interface NotificationTable {
  id: Id;
  user_id: number;
  task_id: number | null;
  /** due_soon | report_missing | overdue | escalated */
  kind: string;
  /** kind:task:bucket, so that re-running the reminder job adds nothing. */
  dedupe_key: string;
  title: string;
  body: string;
  created_at: string;
  read_at: string | null;
}

/** An outgoing webhook: a DingTalk or WeCom group robot, or a generic JSON receiver. */
export interface WebhookTable {
  id: Id;
  name: string;
  url: string;
  /** dingtalk | wecom | json */
  format: string;
  /** JSON array of reminder kinds the webhook is subscribed to. */
  events: string;
  /** DingTalk signing secret (加签), or the HMAC key for JSON receivers. Never shown back. */
  secret: string | null;
  active: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** One reminder to send to one webhook; (webhook_id, dedupe_key) is unique. */
export interface WebhookDeliveryTable {
  id: Id;
  webhook_id: number;
  event: string;
  dedupe_key: string;
  /** JSON: the format-free payload (webhook-formats.ts), rendered at send time. */
  payload: string;
  /** pending | delivered | failed */
  state: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** Every POST made for a delivery, kept for the attempt history. */
export interface WebhookAttemptTable {
  id: Id;
  delivery_id: number;
  attempt: number;
  at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface NotifyTables {
  notifications: NotificationTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
}
