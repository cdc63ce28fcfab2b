/**
 * POST /api/imports/preview — upload a notice (multipart field `file`) and get the parsed draft
 * back for preview, with the numbered source lines it was read from. Nothing is stored; only
 * administrators, who import, may preview. (Multipart is registered by the plan routes' plugin
 * scope too; each scope registers its own parser.)
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http/auth.js';
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
      assertMayImport(actorOf(request));
      return readUploadedDraft(request, request.query.year);
    },
  );
};
