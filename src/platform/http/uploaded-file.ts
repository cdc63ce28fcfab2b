/**
 * Reads the one file of a multipart upload (field `file`) into memory, refusing anything over the
 * cap with 413 (too_large) and a request without the file with 400 naming the field.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

const tooLarge = (maxBytes: number) => {
  const mb = Math.round(maxBytes / (1024 * 1024));
  return new AppError('too_large', `文件过大（上限 ${mb} MB）/ file too large (limit ${mb} MB)`, [
    { field: 'file', message: `larger than ${mb} MB` },
  ]);
};

const isFileTooLarge = (error: unknown) =>
  error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE';

export async function readUploadedFile(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart())
    throw new AppError(
      'bad_request',
      '请以 multipart/form-data 上传文件 / upload the file as multipart/form-data',
      [{ field: 'file', message: 'expected multipart/form-data' }],
    );
  const file = await request.file({ limits: { fileSize: maxBytes } });
  if (!file || file.fieldname !== 'file')
    throw new AppError('bad_request', '缺少文件字段 file / missing the file field', [
      { field: 'file', message: 'required' },
    ]);
  let bytes: Buffer;
  try {
    bytes = await file.toBuffer();
  } catch (error) {
    if (isFileTooLarge(error)) throw tooLarge(maxBytes);
    throw error;
  }
  // busboy may flag truncation only after the last chunk, so toBuffer can return a cut file.
  if (file.file.truncated) throw tooLarge(maxBytes);
  return { fileName: file.filename, bytes };
}
