/**
 * The reminder job: applies the reminder rules to today's tasks, writes each recipient's in-app
 * notification and queues a delivery for every active webhook subscribed to the reminder's kind,
 * all in one transaction. Unique keys make it idempotent: a second run the same day adds nothing.
 * The system is the writer, so the run is audited once with no actor, and only when it wrote.
 * Tasks it cannot read (a start or due date that does not exist) are skipped and logged.
 */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { NotificationTable, WebhookDeliveryTable } from '../../platform/db/tables/notify.js';
import { logSkippedRows, type SkipLog } from '../../platform/skipped-rows.js';
import { recordAudit } from '../audit/record-audit.js';
import { reminderSettings, type ReminderSettings } from './notify-settings.js';
import { loadReminderInputs } from './reminder-inputs.js';
import { reminderMessage } from './reminder-messages.js';
import { recipientsOf } from './reminder-recipients.js';
import { computeReminders } from './reminder-rules.js';
import type { DeliveryPayload } from './webhook-formats.js';

export interface ReminderRunCounts {
  today: string;
  reminders: number;
  notifications: number;
  deliveries: number;
  /** Rows left out because they could not be read; each is logged. */
  skipped: number;
}

const chunk = <T>(rows: T[], size = 200): T[][] =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
    rows.slice(i * size, (i + 1) * size),
  );

export async function runReminders(options: {
  db: Kysely<Database>;
  /** Today as a China calendar date, YYYY-MM-DD. */
  today: string;
  now?: Date;
  settings?: ReminderSettings;
  /** Where skipped rows are reported. */
  log: SkipLog;
}): Promise<ReminderRunCounts> {
  const { db, today } = options;
  const at = (options.now ?? new Date()).toISOString();
  const { tasks, users, webhooks, skipped } = await loadReminderInputs(db, today);
  logSkippedRows(options.log, 'reminder run', skipped);
  const reminders = computeReminders(tasks, today, options.settings ?? reminderSettings);
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const notifications: Insertable<NotificationTable>[] = [];
  const deliveries: Insertable<WebhookDeliveryTable>[] = [];
  for (const reminder of reminders) {
    const task = byId.get(reminder.taskId);
    if (!task) continue;
    const recipients = recipientsOf(task, reminder.audiences, users);
    const { title, text } = reminderMessage(reminder, task, recipients);
    for (const r of recipients)
      notifications.push({
        user_id: r.userId,
        task_id: task.id,
        kind: reminder.kind,
        dedupe_key: reminder.key,
        title,
        body: text,
        created_at: at,
      });
    const payload: DeliveryPayload = {
      event: reminder.kind,
      task: { id: task.id, no: task.no, content: task.content, due: task.due },
      recipients,
      at,
      title,
      text,
    };
    for (const webhook of webhooks.filter((w) => w.events.includes(reminder.kind)))
      deliveries.push({
        webhook_id: webhook.id,
        event: reminder.kind,
        dedupe_key: reminder.key,
        payload: JSON.stringify(payload),
        state: 'pending',
        next_attempt_at: at,
        created_at: at,
      });
  }
  return db.transaction().execute(async (trx) => {
    let notified = 0;
    let queued = 0;
    for (const rows of chunk(notifications)) {
      const inserted = await trx
        .insertInto('notifications')
        .values(rows)
        .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
        .returning('id')
        .execute();
      notified += inserted.length;
    }
    for (const rows of chunk(deliveries)) {
      const inserted = await trx
        .insertInto('webhook_deliveries')
        .values(rows)
        .onConflict((oc) => oc.columns(['webhook_id', 'dedupe_key']).doNothing())
        .returning('id')
        .execute();
      queued += inserted.length;
    }
    const counts = {
      today,
      reminders: reminders.length,
      notifications: notified,
      deliveries: queued,
      skipped: skipped.length,
    };
    if (notified + queued > 0)
      await recordAudit(trx, {
        actor: null,
        planId: null,
        entity: 'reminder_run',
        entityId: null,
        action: 'run',
        after: counts,
      });
    return counts;
  });
}
