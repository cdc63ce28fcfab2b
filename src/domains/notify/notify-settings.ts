/**
 * The knobs of reminders and webhook delivery, in one place so an office can tune how often
 * people are nagged without reading the rules. Tests pass their own values where timing matters.
 */
export interface ReminderSettings {
  /** Remind the owner this many days before the due date; each entry is one reminder. */
  dueSoonDays: readonly number[];
  /** The last N days of a month (China dates) are when missing progress reports are chased. */
  monthEndDays: number;
  /** Overdue this many days: the department head (部门负责人) is told as well. */
  escalateToHeadDays: number;
  /** Overdue this many days: the supervising leader (分管领导) is told as well. */
  escalateToLeaderDays: number;
  /** An overdue task is reminded again every N days, so it is not forgotten after one message. */
  overdueRepeatDays: number;
}

export const reminderSettings: ReminderSettings = {
  dueSoonDays: [7, 1],
  monthEndDays: 3,
  escalateToHeadDays: 7,
  escalateToLeaderDays: 14,
  overdueRepeatDays: 7,
};

export interface WebhookSettings {
  /** One POST may take this long before it counts as a failed attempt. */
  timeoutMs: number;
  /** After this many failed attempts a delivery is marked failed. */
  maxAttempts: number;
  /** Wait before the 2nd attempt; doubles each time (1 s, 2 s, 4 s …). */
  backoffMs: number;
  /** Deliveries taken per poll: a slow receiver must not hold the sender for long. */
  batchSize: number;
}

export const webhookSettings: WebhookSettings = {
  timeoutMs: 5_000,
  maxAttempts: 5,
  backoffMs: 1_000,
  batchSize: 20,
};

export interface WorkerSettings {
  /** Reminders are computed at start and then this often. */
  reminderEveryMs: number;
  /** Due webhook deliveries are polled this often. */
  sendEveryMs: number;
}

export const workerSettings: WorkerSettings = {
  reminderEveryMs: 60 * 60 * 1000,
  sendEveryMs: 3_000,
};
