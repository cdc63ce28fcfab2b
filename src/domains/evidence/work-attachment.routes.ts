/**
 * Attachments of progress reports and completion requests (进展情况、办结申请的附件): the same files,
 * limits, checks and download (GET /api/attachments/:id) as a ledger entry's. Whoever may report on
 * the task (its owners, an administrator) uploads; whoever may read the task lists. Registered
 * inside attachmentRoutes, whose multipart parser it shares.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { getProgressReport } from '../report/get-progress-report.js';
import { getCompletionRequest } from '../review/get-completion-request.js';
import { authorizeTask } from '../task/authorize-task.js';
import { addAttachment } from './add-attachment.js';
import type { OwnerKind } from './attachment-owner.js';
import { presentAttachment } from './evidence.presenter.js';
import { idParams } from './evidence.schema.js';
import { findAttachments } from './find-attachments.js';
import { readUpload } from './read-upload.js';

/** The task a report or completion request is about, for authorising; not_found if it is missing. */
const ownerTask: Record<
  Exclude<OwnerKind, 'ledger_entry'>,
  (db: Kysely<Database>, id: number) => Promise<number>
> = {
  progress_report: async (db, id) => (await getProgressReport({ db, id })).task_id,
  completion_request: async (db, id) => (await getCompletionRequest({ db, id })).task_id,
};

const paths = {
  progress_report: '/api/reports/:id/attachments',
  completion_request: '/api/completion-requests/:id/attachments',
} as const;

export const workAttachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const tags = ['attachments'];

  for (const kind of ['progress_report', 'completion_request'] as const) {
    app.post(
      paths[kind],
      {
        config: { status: 201 },
        schema: { tags, params: idParams, consumes: ['multipart/form-data'] },
      },
      async (request) => {
        const owner = { kind, id: request.params.id };
        const taskId = await ownerTask[kind](db, owner.id);
        const access = await authorizeTask(db, request, taskId, 'report');
        const { fileName, bytes } = await readUpload({ request });
        const row = await addAttachment({
          db,
          actor: access.actor,
          owner,
          fileName,
          bytes,
          now: app.clock(),
        });
        return presentAttachment(row);
      },
    );

    app.get(
      paths[kind],
      { config: { shape: 'list' }, schema: { tags, params: idParams } },
      async (request) => {
        const owner = { kind, id: request.params.id };
        await authorizeTask(db, request, await ownerTask[kind](db, owner.id), 'read');
        const items = await findAttachments({ db, owner });
        return { items: items.map(presentAttachment), total: items.length };
      },
    );
  }
};
