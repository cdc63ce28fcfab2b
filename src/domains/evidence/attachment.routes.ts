/**
 * Attachment routes: whoever may add ledger entries to a task (taskPolicy 'report') uploads files
 * to its entries (and to its reports and completion requests: work-attachment.routes.ts); whoever may read the task lists and downloads them. There is no delete: evidence
 * is never removed, and a voided entry's files stay readable. Downloads are always served as
 * attachments with the checked type and nosniff, so a browser never runs an uploaded file.
 */
import multipart from '@fastify/multipart';
import { authorizeTask } from '../task/authorize-task.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getLedgerEntry } from '../ledger/get-ledger-entry.js';
import { addAttachment } from './add-attachment.js';
import { ALLOWED_TYPES, ATTACHMENT_MAX_BYTES } from './attachment-limits.js';
import { presentAttachment } from './evidence.presenter.js';
import { sendDownload } from '../documents/download.js';
import { idParams } from './evidence.schema.js';
import { findAttachments } from './find-attachments.js';
import { attachmentContent, getAttachment } from './get-attachment.js';
import { readUpload } from './read-upload.js';
import { workAttachmentRoutes } from './work-attachment.routes.js';

/** A download is served with the type its upload was checked as. */
const attachmentTypes = [...new Set(Object.values(ALLOWED_TYPES).map((t) => t.contentType))];

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  await app.register(multipart, {
    limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5, parts: 6 },
  });
  const tags = ['attachments'];
  await app.register(workAttachmentRoutes);

  app.post(
    '/api/ledger/:id/attachments',
    {
      config: { status: 201 },
      schema: { tags, params: idParams, consumes: ['multipart/form-data'] },
    },
    async (request) => {
      const entry = await getLedgerEntry({ db, id: request.params.id });
      const access = await authorizeTask(db, request, entry.task_id, 'report');
      const { fileName, bytes } = await readUpload({ request });
      const row = await addAttachment({
        db,
        actor: access.actor,
        owner: { kind: 'ledger_entry', id: entry.id },
        fileName,
        bytes,
        now: app.clock(),
      });
      return presentAttachment(row);
    },
  );

  app.get(
    '/api/ledger/:id/attachments',
    { config: { shape: 'list' }, schema: { tags, params: idParams } },
    async (request) => {
      const entry = await getLedgerEntry({ db, id: request.params.id });
      await authorizeTask(db, request, entry.task_id, 'read');
      const items = await findAttachments({ db, owner: { kind: 'ledger_entry', id: entry.id } });
      return { items: items.map(presentAttachment), total: items.length };
    },
  );

  app.get(
    '/api/attachments/:id',
    { config: { produces: attachmentTypes }, schema: { tags, params: idParams } },
    async (request, reply) => {
      const attachment = await getAttachment({ db, id: request.params.id });
      await authorizeTask(db, request, attachment.task_id, 'read');
      const content = await attachmentContent({ db, id: attachment.id });
      return sendDownload(reply, {
        name: attachment.name,
        contentType: attachment.content_type,
        bytes: content,
        etag: attachment.sha256,
      });
    },
  );
};
