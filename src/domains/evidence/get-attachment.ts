/**
 * One attachment for download: first its description and the task it is evidence for (to
 * authorise), then, only once allowed, its bytes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/errors.js';
import { getLedgerEntry } from '../ledger/get-ledger-entry.js';
import { attachmentColumns, type AttachmentMeta } from './find-attachments.js';

const attachment = { zh: '附件', en: 'attachment' };

export async function getAttachment(options: {
  db: Kysely<Database>;
  id: number;
}): Promise<AttachmentMeta & { task_id: number }> {
  const { db, id } = options;
  const row = await db
    .selectFrom('attachments')
    .select(attachmentColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(attachment, id);
  const entry = await getLedgerEntry({ db, id: row.ledger_entry_id });
  return { ...row, task_id: entry.task_id };
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
