/**
 * The completion requests (办结申请) waiting in a reviewer's inbox (待办): pending requests on the
 * tasks the inbox covers (inbox-tasks.ts), oldest first.
 */
import type { Kysely } from 'kysely';
import type { Access } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { completionRows, type CompletionRow } from '../review/get-completion-request.js';
import { inboxTaskRows } from './inbox-tasks.js';

export async function inboxCompletions(
  db: Kysely<Database>,
  access: Access,
): Promise<CompletionRow[]> {
  const taskIds = inboxTaskRows(db, access).clearSelect().select('tasks.id');
  return completionRows(db)
    .where('c.task_id', 'in', taskIds)
    .where('c.state', '=', 'pending')
    .orderBy('c.requested_at')
    .orderBy('c.id')
    .execute();
}
