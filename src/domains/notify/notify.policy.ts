/**
 * Notifications are private: each account reads and marks only its own. Webhooks send reminders
 * about every published plan to outside chat groups, so only an administrator over all units
 * (no unit of their own) may see or configure them.
 */
import type { Rule } from '../../platform/auth/access.js';

export interface NotificationAccessRecord {
  user_id: number;
}

export const notificationPolicy = {
  read: (access, n) => n.user_id === access.actor.userId,
  markRead: (access, n) => n.user_id === access.actor.userId,
} satisfies Record<string, Rule<NotificationAccessRecord>>;

export const webhookPolicy = {
  manage: (access) => access.actor.role === 'admin' && access.scope.all,
} satisfies Record<string, Rule<null>>;
