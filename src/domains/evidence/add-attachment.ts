/**
 * Attaches a file to its owner (a ledger entry, a progress report or a completion request) as
 * evidence. Guard clauses first: the type must match both extension and content (422 naming
 * `file`), the owner must exist and still take files (attachment-owner.ts), and an owner holds at
 * most ATTACHMENTS_PER_ENTRY files. The count is checked inside the transaction with the owner
 * locked on PostgreSQL, so two concurrent uploads cannot both take the last place.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import { ATTACHMENT_NAME_LENGTH, ATTACHMENTS_PER_ENTRY } from './attachment-limits.js';
import { assertOwnerTakesFiles, ownerColumn, type AttachmentOwner } from './attachment-owner.js';
import { checkFileType } from './file-type.js';
import { attachmentColumns, type AttachmentMeta } from './find-attachments.js';
import { safeFileName } from '../documents/safe-file-name.js';

const tooMany = () =>
  new AppError(
    'unprocessable',
    `每条记录最多 ${ATTACHMENTS_PER_ENTRY} 个附件 / at most ${ATTACHMENTS_PER_ENTRY} attachments per record`,
    [{ field: 'file', message: `at most ${ATTACHMENTS_PER_ENTRY} per record` }],
  );

export async function addAttachment(options: {
  db: Kysely<Database>;
  actor: Actor;
  owner: AttachmentOwner;
  fileName: string;
  bytes: Buffer;
  now: Date;
}): Promise<AttachmentMeta> {
  const { actor, owner, bytes } = options;
  const name = safeFileName(options.fileName, ATTACHMENT_NAME_LENGTH);
  const type = checkFileType(name, bytes);
  if (!type.ok)
    throw new AppError('unprocessable', type.message, [{ field: 'file', message: type.reason }]);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const column = ownerColumn[owner.kind];
  return options.db.transaction().execute(async (trx) => {
    const planId = await assertOwnerTakesFiles(trx, owner);
    const counted = await trx
      .selectFrom('attachments')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(column, '=', owner.id)
      .executeTakeFirstOrThrow();
    if (Number(counted.n) >= ATTACHMENTS_PER_ENTRY) throw tooMany();
    const row = await trx
      .insertInto('attachments')
      .values({
        [column]: owner.id,
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
      planId,
      entity: 'attachment',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}
