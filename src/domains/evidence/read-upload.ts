/**
 * Reads the one file of a multipart upload (field `file`) into memory, refusing anything over the
 * per-file cap with 413 before the rest is buffered. The caller checks type and stores it.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';
import { ATTACHMENT_MAX_BYTES } from './attachment-limits.js';

const tooLarge = () => {
  const mb = Math.round(ATTACHMENT_MAX_BYTES / (1024 * 1024));
  return new AppError('too_large', `文件过大（上限 ${mb} MB）/ file too large (limit ${mb} MB)`, [
    { field: 'file', message: `larger than ${mb} MB` },
  ]);
};

const isFileTooLarge = (error: unknown) =>
  error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE';

export async function readUpload(options: {
  request: FastifyRequest;
}): Promise<{ fileName: string; bytes: Buffer }> {
  const { request } = options;
  if (!request.isMultipart())
    throw new AppError(
      'bad_request',
      '请以 multipart/form-data 上传文件 / upload the file as multipart/form-data',
      [{ field: 'file', message: 'expected multipart/form-data' }],
    );
  const file = await request.file();
  if (!file || file.fieldname !== 'file')
    throw new AppError('bad_request', '缺少文件字段 file / missing the file field', [
      { field: 'file', message: 'required' },
    ]);
  let bytes: Buffer;
  try {
    bytes = await file.toBuffer();
  } catch (error) {
    if (isFileTooLarge(error)) throw tooLarge();
    throw error;
  }
  // busboy may flag truncation only after the last chunk, so toBuffer can return a cut file.
  if (file.file.truncated) throw tooLarge();
  if (bytes.length === 0)
    throw new AppError('unprocessable', '文件为空 / the file is empty', [
      { field: 'file', message: 'empty' },
    ]);
  return { fileName: file.filename, bytes };
}
