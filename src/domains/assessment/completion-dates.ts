/**
 * When each done task was completed, in China calendar days: taken from its audited `complete`
 * event, whose after-image carries the task's updated_at as set by the application clock (the
 * event's own `at` is the wall clock). The latest completion wins; tasks without one are absent.
 * A stamp that names no instant falls back to `at`; an event with neither readable is passed over
 * (the task then counts as completed by its other events, or not at all), never fatal.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { calendarDate } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import { parseInstant, parseJson } from '../../platform/skipped-rows.js';

const afterImage = z.object({ updated_at: z.string() });

function completedAt(after: string | null, at: string): Date | null {
  const parsed = afterImage.safeParse(after === null ? null : parseJson(after));
  return (parsed.success ? parseInstant(parsed.data.updated_at) : null) ?? parseInstant(at);
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
    const at = completedAt(e.after, e.at);
    if (e.entity_id !== null && at !== null) dates.set(e.entity_id, calendarDate(at));
  }
  return dates;
}
