/**
 * POST /api/imports/preview — upload a notice (multipart field `file`) and get the parsed draft
 * back for preview. Nothing is stored; the size caps of readers/limits.ts apply to the upload.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors.js';
import { draftFromFile } from './draft-from-file.js';
import { OFFICE_MAX_BYTES } from './readers/limits.js';

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: OFFICE_MAX_BYTES, files: 1, fields: 5 } });

  app.post(
    '/api/imports/preview',
    {
      schema: {
        tags: ['import'],
        consumes: ['multipart/form-data'],
        querystring: z.object({ year: z.coerce.number().int().min(1949).max(2100).optional() }),
      },
    },
    async (request) => {
      if (!request.isMultipart()) {
        throw new AppError(
          'bad_request',
          '请以 multipart/form-data 上传文件 / upload the file as multipart/form-data',
          [{ field: 'file', message: 'expected multipart/form-data' }],
        );
      }
      const file = await request.file();
      if (!file || file.fieldname !== 'file') {
        throw new AppError('bad_request', '缺少文件字段 file / missing the file field', [
          { field: 'file', message: 'required' },
        ]);
      }
      const bytes = await file.toBuffer();
      // busboy may flag truncation only after the last chunk, so toBuffer can return a cut file.
      if (file.file.truncated) {
        throw new AppError('too_large', '文件过大（上限 20 MB）/ file too large (limit 20 MB)', [
          { field: 'file', message: 'too large' },
        ]);
      }
      const { year } = request.query;
      const draft = await draftFromFile({
        name: file.filename,
        bytes,
        ...(year === undefined ? {} : { year }),
      });
      return { fileName: file.filename, draft };
    },
  );
};
