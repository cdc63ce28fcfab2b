/**
 * The leader's inbox (待办): progress reports waiting for their review (not of a closed month,
 * which can no longer be reviewed), extension and completion requests waiting for their decision,
 * and the tasks they supervise whose light turned red or yellow since they last marked it seen;
 * for every role besides, what waits on their own tasks (inbox-owner.ts) and, for administrators,
 * on the office (inbox-office.ts).
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import type { ProgressReportRow } from '../report/get-progress-report.js';
import type { TaskRow } from '../task/task-rows.js';
import type { ExtensionRow } from '../review/get-extension.js';
import type { CompletionRow } from '../review/get-completion-request.js';
import { inboxCompletions } from './inbox-completions.js';
import { changedLights, parseSeenLights, type LightChange } from './inbox-rules.js';
import { inboxLights, inboxTaskRows } from './inbox-tasks.js';
import { officeInbox, type OfficeInbox } from './inbox-office.js';
import { ownerInbox, type OwnerInbox } from './inbox-owner.js';

export interface Inbox {
  tasks: Map<number, TaskRow>;
  reports: ProgressReportRow[];
  extensions: ExtensionRow[];
  completions: CompletionRow[];
  changes: LightChange[];
  seenAt: string | null;
  /** What the actor must do on their own tasks (as 责任人). */
  own: OwnerInbox;
  /** What an administrator's office must do: missing reports, months to close, the bulletin. */
  office: OfficeInbox;
}

export async function getInbox(options: {
  db: Kysely<Database>;
  access: Access;
  today: string;
}): Promise<Inbox> {
  const { db, access } = options;
  const taskIds = inboxTaskRows(db, access).clearSelect().select('tasks.id');
  const { tasks, current } = await inboxLights(options);
  const known = new Map(tasks.map((t) => [t.id, t]));
  const reports = await db
    .selectFrom('progress_reports')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .where('state', '=', 'submitted')
    .where('month', 'not in', db.selectFrom('month_closes').select('month'))
    .orderBy('submitted_at')
    .orderBy('id')
    .execute();
  const extensions = await db
    .selectFrom('extension_requests')
    .selectAll()
    .where('task_id', 'in', taskIds)
    .where('state', '=', 'pending')
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
  const completions = await inboxCompletions(db, access);
  const view = await db
    .selectFrom('inbox_views')
    .selectAll()
    .where('user_id', '=', access.actor.userId)
    .executeTakeFirst();
  const own = await ownerInbox(options);
  const office = await officeInbox(options);
  return {
    tasks: known,
    // A task added between the two reads is left for the next look.
    reports: reports.filter((r) => known.has(r.task_id)),
    extensions: extensions.filter((e) => known.has(e.task_id)),
    completions: completions.filter((c) => known.has(c.task_id)),
    changes: changedLights(parseSeenLights(view?.lights ?? null), current),
    seenAt: view?.seen_at ?? null,
    own,
    office,
  };
}
