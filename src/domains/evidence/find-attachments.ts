/**
 * The attachments of one owner (a ledger entry, a progress report or a completion request), oldest
 * first, without their bytes: a list must not read megabytes of evidence it does not show. Voided
 * entries, returned reports and decided requests keep theirs.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { AttachmentTable } from '../../platform/db/tables/evidence.js';
import { ownerColumn, type AttachmentOwner } from './attachment-owner.js';

/** Every column but the content. */
export const attachmentColumns = [
  'id',
  'ledger_entry_id',
  'progress_report_id',
  'completion_request_id',
  'name',
  'size',
  'content_type',
  'sha256',
  'uploaded_by',
  'created_at',
] as const;

export type AttachmentMeta = Pick<Selectable<AttachmentTable>, (typeof attachmentColumns)[number]>;

export async function findAttachments(options: {
  db: Kysely<Database>;
  owner: AttachmentOwner;
}): Promise<AttachmentMeta[]> {
  return options.db
    .selectFrom('attachments')
    .select(attachmentColumns)
    .where(ownerColumn[options.owner.kind], '=', options.owner.id)
    .orderBy('id')
    .execute();
}
