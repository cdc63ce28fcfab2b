/**
 * Completion requests (办结申请) as read: every column, with the names of who asked and who decided
 * (the linked person's name, else the account's). One by id, or not_found; routes use its task_id
 * to authorise.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { CompletionRequestTable } from '../../platform/db/tables/completion.js';
import { foundById } from '../../platform/errors.js';

export type CompletionRecord = Selectable<CompletionRequestTable>;
export type CompletionRow = CompletionRecord & {
  requested_by_name: string | null;
  decided_by_name: string | null;
};

export const completionName = { zh: '办结申请', en: 'completion request' };

/** Completion requests with the names of their requester and decider. */
export function completionRows(db: Kysely<Database>) {
  return db
    .selectFrom('completion_requests as c')
    .leftJoin('users as ru', 'ru.id', 'c.requested_by')
    .leftJoin('people as rp', 'rp.id', 'ru.person_id')
    .leftJoin('users as du', 'du.id', 'c.decided_by')
    .leftJoin('people as dp', 'dp.id', 'du.person_id')
    .selectAll('c')
    .select((eb) => [
      eb.fn.coalesce('rp.name', 'ru.username').as('requested_by_name'),
      eb.fn.coalesce('dp.name', 'du.username').as('decided_by_name'),
    ]);
}

export async function getCompletionRequest(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<CompletionRow> {
  const row = await completionRows(options.db).where('c.id', '=', options.id).executeTakeFirst();
  return foundById(row, completionName, options.id);
}
