/**
 * `duban reminders run [--date YYYY-MM-DD]`: the reminder job on demand, e.g. from cron when the
 * server's own hourly run is not wanted, or to replay a day. Webhook deliveries it queues are
 * sent by the running server.
 */
import { runReminders } from '../domains/notify/run-reminders.js';
import { calendarDate } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { openStore } from '../platform/db/database.js';
import type { SkipLog } from '../platform/skipped-rows.js';

/** Skipped rows as JSON lines on stderr, one a row, like the server's log. */
const stderrLog: SkipLog = {
  warn: (obj, msg) => process.stderr.write(`${JSON.stringify({ level: 'warn', ...obj, msg })}\n`),
};

export async function remindersRunCommand(options: { date?: string }): Promise<void> {
  const store = openStore(loadConfig().databaseUrl);
  try {
    const counts = await runReminders({
      db: store.db,
      today: options.date ?? calendarDate(new Date()),
      log: stderrLog,
    });
    process.stdout.write(
      `${counts.today} 提醒 ${counts.reminders} 条，新站内提醒 ${counts.notifications} 条，新推送 ${counts.deliveries} 条 / ` +
        `${counts.reminders} reminders, ${counts.notifications} new notifications, ${counts.deliveries} new deliveries\n`,
    );
    if (counts.skipped > 0)
      process.stdout.write(
        `跳过无法读取的记录 ${counts.skipped} 条，详见标准错误 / ${counts.skipped} unreadable rows skipped, listed on stderr\n`,
      );
  } finally {
    await store.close();
  }
}
