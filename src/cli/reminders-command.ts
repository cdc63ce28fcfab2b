/**
 * `duban reminders run [--date YYYY-MM-DD]`: the reminder job on demand, e.g. from cron when the
 * server's own hourly run is not wanted, or to replay a day. Webhook deliveries it queues are
 * sent by the running server.
 */
import { runReminders } from '../domains/notify/run-reminders.js';
import { calendarDate } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { openStore } from '../platform/db/database.js';

export async function remindersRunCommand(options: { date?: string }): Promise<void> {
  const store = openStore(loadConfig().databaseUrl);
  try {
    const counts = await runReminders({
      db: store.db,
      today: options.date ?? calendarDate(new Date()),
    });
    process.stdout.write(
      `${counts.today} 提醒 ${counts.reminders} 条，新站内提醒 ${counts.notifications} 条，新推送 ${counts.deliveries} 条 / ` +
        `${counts.reminders} reminders, ${counts.notifications} new notifications, ${counts.deliveries} new deliveries\n`,
    );
  } finally {
    await store.close();
  }
}
