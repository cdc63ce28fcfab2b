/**
 * POST /api/imports/preview — upload a notice (multipart field `file`) and get the parsed draft
 * back for preview, with the numbered source lines it was read from and the plans already holding
 * the same notice (duplicates). Nothing is stored; only administrators, who import, may preview.
 * (Multipart is registered by the plan routes' plugin scope too; each scope registers its own
 * parser.)
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accessOf } from '../../platform/auth/access.js';
import { findDuplicatePlans } from './find-duplicate-plans.js';
import { assertMayImport, readUploadedDraft } from './import-notice-upload.js';
import { OFFICE_MAX_BYTES } from '../import/readers/limits.js';

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: OFFICE_MAX_BYTES, files: 1, fields: 5 } });

  app.post(
    '/api/imports/preview',
    {
      config: { errors: [429] },
      schema: {
        tags: ['import'],
        consumes: ['multipart/form-data'],
        querystring: z.object({ year: z.coerce.number().int().min(1949).max(2100).optional() }),
      },
    },
    async (request) => {
      const access = await accessOf(app.store.db, request);
      assertMayImport(access.actor);
      const preview = await readUploadedDraft(request, request.query.year);
      const { draft } = preview;
      // Plans already holding this notice: the importer is warned before saving it again.
      const duplicates = await findDuplicatePlans({ db: app.store.db, access, draft });
      return { ...preview, duplicates };
    },
  );
};
