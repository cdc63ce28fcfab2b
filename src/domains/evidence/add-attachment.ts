/**
 * Attaches a file to a ledger entry as evidence. Guard clauses first: the type must match both
 * extension and content (422 naming `file`), the entry must exist and not be voided (evidence for
 * a voided entry belongs on its replacement), and an entry holds at most ATTACHMENTS_PER_ENTRY
 * files. The count is checked inside the transaction with the entry locked on PostgreSQL, so two
 * concurrent uploads cannot both take the last place.
 */
import { createHash } from 'node:crypto';
import { PostgresAdapter, type Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { ATTACHMENT_NAME_LENGTH, ATTACHMENTS_PER_ENTRY } from './attachment-limits.js';
import { checkFileType } from './file-type.js';
import { attachmentColumns, type AttachmentMeta } from './find-attachments.js';
import { safeFileName } from '../documents/safe-file-name.js';

export async function addAttachment(options: {
  db: Kysely<Database>;
  actor: Actor;
  entryId: number;
  fileName: string;
  bytes: Buffer;
  now: Date;
}): Promise<AttachmentMeta> {
  const { actor, entryId, bytes } = options;
  const name = safeFileName(options.fileName, ATTACHMENT_NAME_LENGTH);
  const type = checkFileType(name, bytes);
  if (!type.ok)
    throw new AppError('unprocessable', type.message, [{ field: 'file', message: type.reason }]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return options.db.transaction().execute(async (trx) => {
    let entry = trx
      .selectFrom('ledger_entries')
      .select(['id', 'voided_at'])
      .where('id', '=', entryId);
    if (trx.getExecutor().adapter instanceof PostgresAdapter) entry = entry.forUpdate();
    const found = await entry.executeTakeFirst();
    if (!found) throw notFound({ zh: '台账记录', en: 'ledger entry' }, entryId);
    if (found.voided_at !== null)
      throw new AppError(
        'conflict',
        `台账记录 ${entryId} 已作废，请附在更正后的记录上 / ledger entry ${entryId} is voided; attach to its replacement`,
      );
    const counted = await trx
      .selectFrom('attachments')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('ledger_entry_id', '=', entryId)
      .executeTakeFirstOrThrow();
    if (Number(counted.n) >= ATTACHMENTS_PER_ENTRY)
      throw new AppError(
        'unprocessable',
        `每条台账最多 ${ATTACHMENTS_PER_ENTRY} 个附件 / at most ${ATTACHMENTS_PER_ENTRY} attachments per entry`,
        [{ field: 'file', message: `at most ${ATTACHMENTS_PER_ENTRY} per entry` }],
      );
    const row = await trx
      .insertInto('attachments')
      .values({
        ledger_entry_id: entryId,
        name,
        size: bytes.length,
        content_type: type.contentType,
        sha256,
        content: bytes,
        uploaded_by: actor.userId,
        created_at: options.now.toISOString(),
      })
      .returning(attachmentColumns)
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor,
      entity: 'attachment',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}
