/**
 * Reads what the reminder rules need: open tasks of published plans with their reports for the
 * month, the active accounts (with their people's names) and the active webhooks. A task whose
 * start or due date does not exist in the calendar, or a webhook whose event list is not JSON,
 * is left out and returned in `skipped`, so that one bad row does not stop every reminder.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { impossibleDate, parseJson, type SkippedRow } from '../../platform/skipped-rows.js';
import type { DirectoryUser } from './reminder-recipients.js';
import type { ReminderTask } from './reminder-rules.js';
import { reportCounts } from '../progress/counted-reports.js';

export interface ReminderInputTask extends ReminderTask {
  no: number;
  content: string;
  ownerPersonId: number | null;
  leaderPersonId: number | null;
  departmentUnitId: number | null;
}

export interface ActiveWebhook {
  id: number;
  events: string[];
}

export async function loadReminderInputs(db: Kysely<Database>, today: string) {
  const rows = await db
    .selectFrom('tasks')
    .innerJoin('plans', 'plans.id', 'tasks.plan_id')
    .select([
      'tasks.id',
      'tasks.no',
      'tasks.content',
      'tasks.status',
      'tasks.start_date',
      'tasks.due_date',
      'tasks.owner_person_id',
      'tasks.leader_person_id',
      'tasks.department_unit_id',
      'plans.state as plan_state',
      'plans.year as plan_year',
    ])
    .where('plans.state', '=', 'published')
    .where('tasks.status', '=', 'open')
    .orderBy('tasks.id')
    .execute();
  const reported = await db
    .selectFrom('progress_reports')
    .innerJoin('tasks', 'tasks.id', 'progress_reports.task_id')
    .innerJoin('plans', 'plans.id', 'tasks.plan_id')
    .select('progress_reports.task_id')
    .where('plans.state', '=', 'published')
    .where('progress_reports.month', '=', today.slice(0, 7))
    .where(reportCounts)
    .execute();
  const reportedIds = new Set(reported.map((r) => r.task_id));
  const skipped: SkippedRow[] = [];
  const readable = rows.filter((r) => {
    const bad = impossibleDate('tasks', r.id, { start_date: r.start_date, due_date: r.due_date });
    if (bad) skipped.push(bad);
    return bad === null;
  });
  const tasks = readable.map((r): ReminderInputTask => ({
    id: r.id,
    no: r.no,
    content: r.content,
    status: r.status,
    planState: r.plan_state,
    planYear: r.plan_year,
    start: r.start_date,
    due: r.due_date,
    reportedThisMonth: reportedIds.has(r.id),
    ownerPersonId: r.owner_person_id,
    leaderPersonId: r.leader_person_id,
    departmentUnitId: r.department_unit_id,
  }));
  const users = (
    await db
      .selectFrom('users')
      .leftJoin('people', 'people.id', 'users.person_id')
      .select(['users.id', 'users.username', 'users.role', 'users.person_id', 'users.unit_id'])
      .select('people.name as person_name')
      .where('users.disabled', '=', 0)
      .orderBy('users.id')
      .execute()
  ).map((u): DirectoryUser => ({
    id: u.id,
    name: u.person_name ?? u.username,
    role: u.role,
    personId: u.person_id,
    unitId: u.unit_id,
  }));
  const webhooks: ActiveWebhook[] = [];
  for (const w of await db
    .selectFrom('webhooks')
    .select(['id', 'events'])
    .where('active', '=', 1)
    .execute()) {
    const events = eventsOf(parseJson(w.events));
    if (events) webhooks.push({ id: w.id, events });
    else skipped.push({ table: 'webhooks', id: w.id, column: 'events', value: w.events });
  }
  return { tasks, users, webhooks, skipped };
}

/** The event names of a stored JSON array (other entries ignored); null for anything else. */
function eventsOf(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string') : null;
}

/** The stored JSON array of event names; anything else subscribes to nothing. */
export function parseEvents(text: string): string[] {
  return eventsOf(parseJson(text)) ?? [];
}
