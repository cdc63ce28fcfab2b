/**
 * Reads an evidence attachment upload within the per-file cap; an empty file is refused. The
 * caller checks type and stores it.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { readUploadedFile } from '../../platform/http/uploaded-file.js';
import { ATTACHMENT_MAX_BYTES } from './attachment-limits.js';

export async function readUpload(options: {
  request: FastifyRequest;
}): Promise<{ fileName: string; bytes: Buffer }> {
  const upload = await readUploadedFile(options.request, ATTACHMENT_MAX_BYTES);
  if (upload.bytes.length === 0)
    throw new AppError('unprocessable', '文件为空 / the file is empty', [
      { field: 'file', message: 'empty' },
    ]);
  return upload;
}
