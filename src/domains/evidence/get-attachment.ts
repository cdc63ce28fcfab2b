/**
 * One attachment for download: first its description and the task it is evidence for (through
 * its ledger entry's indicator, its report or its completion request; to authorise), then, only
 * once allowed, its bytes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { attachmentColumns, type AttachmentMeta } from './find-attachments.js';

const attachment = { zh: '附件', en: 'attachment' };

export async function getAttachment(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<AttachmentMeta & { task_id: number }> {
  const { db, id } = options;
  const row = await db
    .selectFrom('attachments as a')
    .leftJoin('ledger_entries as e', 'e.id', 'a.ledger_entry_id')
    .leftJoin('indicators as i', 'i.id', 'e.indicator_id')
    .leftJoin('progress_reports as r', 'r.id', 'a.progress_report_id')
    .leftJoin('completion_requests as c', 'c.id', 'a.completion_request_id')
    .select(attachmentColumns.map((column) => `a.${column}` as const))
    .select((eb) => eb.fn.coalesce('i.task_id', 'r.task_id', 'c.task_id').as('task_id'))
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row || row.task_id === null) throw notFound(attachment, id);
  return { ...row, task_id: row.task_id };
}

export async function attachmentContent(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<Buffer> {
  const row = await options.db
    .selectFrom('attachments')
    .select('content')
    .where('id', '=', options.id)
    .executeTakeFirst();
  if (!row) throw notFound(attachment, options.id);
  return row.content;
}
