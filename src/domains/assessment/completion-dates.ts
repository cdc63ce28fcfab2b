/**
 * When each done task was completed, in China calendar days: taken from its audited `complete`
 * event, whose after-image carries the task's updated_at as set by the application clock (the
 * event's own `at` is the wall clock). The latest completion wins; tasks without one are absent.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { calendarDate } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';

const afterImage = z.object({ updated_at: z.string() });

function stampOf(after: string | null, at: string): string {
  const parsed = afterImage.safeParse(after === null ? null : JSON.parse(after));
  return parsed.success ? parsed.data.updated_at : at;
}

export async function completionDates(
  db: Kysely<Database>,
  taskIds: number[],
): Promise<Map<number, string>> {
  if (taskIds.length === 0) return new Map();
  const events = await db
    .selectFrom('audit_events')
    .select(['entity_id', 'after', 'at'])
    .where('entity', '=', 'task')
    .where('action', '=', 'complete')
    .where('entity_id', 'in', taskIds)
    .orderBy('id')
    .execute();
  const dates = new Map<number, string>();
  for (const e of events) {
    if (e.entity_id !== null)
      dates.set(e.entity_id, calendarDate(new Date(stampOf(e.after, e.at))));
  }
  return dates;
}
