/**
 * The background side of reminders, started by main.ts: the reminder job at start and then
 * hourly, the webhook sender every few seconds. Each loop schedules its next run only after the
 * current one finishes, so a slow receiver never piles up overlapping runs; stop() cancels the
 * timers and waits for a run in progress, so shutdown closes the store after the last write.
 */
import type { Kysely } from 'kysely';
import { calendarDate, type Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import { workerSettings, type WorkerSettings } from './notify-settings.js';
import { runReminders } from './run-reminders.js';
import { sendDueDeliveries } from './webhook-sender.js';

export interface WorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface NotifyWorker {
  stop(): Promise<void>;
}

export function startNotifyWorker(options: {
  db: Kysely<Database>;
  clock: Clock;
  log: WorkerLog;
  settings?: Partial<WorkerSettings>;
}): NotifyWorker {
  const { db, clock, log } = options;
  const settings = { ...workerSettings, ...options.settings };
  let stopped = false;
  const stopping = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const loop = (name: string, everyMs: number, job: () => Promise<void>) => {
    const tick = () => {
      if (stopped) return;
      const run = job()
        .catch((err: unknown) => log.error({ err }, `${name} failed`))
        .finally(() => {
          running.delete(run);
          if (stopped) return;
          const timer = setTimeout(() => {
            timers.delete(timer);
            tick();
          }, everyMs);
          timers.add(timer);
        });
      running.add(run);
    };
    tick();
  };

  loop('reminder run', settings.reminderEveryMs, async () => {
    const counts = await runReminders({ db, today: calendarDate(clock()), now: clock(), log });
    if (counts.notifications + counts.deliveries > 0) log.info(counts, 'reminders sent');
  });
  loop('webhook sender', settings.sendEveryMs, async () => {
    await sendDueDeliveries({ db, now: clock(), signal: stopping.signal });
  });

  return {
    async stop() {
      stopped = true;
      stopping.abort();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}
