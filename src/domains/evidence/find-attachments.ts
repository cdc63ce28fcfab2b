/**
 * The attachments of a ledger entry, oldest first, without their bytes: a list must not read
 * megabytes of evidence it does not show. Voided entries keep theirs.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { AttachmentTable } from '../../platform/db/tables/evidence.js';

/** Every column but the content. */
export const attachmentColumns = [
  'id',
  'ledger_entry_id',
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
  entryId: number;
}): Promise<AttachmentMeta[]> {
  return options.db
    .selectFrom('attachments')
    .select(attachmentColumns)
    .where('ledger_entry_id', '=', options.entryId)
    .orderBy('id')
    .execute();
}
