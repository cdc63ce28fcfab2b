/**
 * The one download reply: the file's type, its name made safe (path separators become "-") and
 * sent in Content-Disposition with the Chinese name in filename* (RFC 5987), nosniff so a browser
 * never guesses another type, and never kept in a shared cache.
 */
import type { FastifyReply } from 'fastify';
import { contentDisposition } from './content-disposition.js';
import { safeFileName } from './safe-file-name.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Download {
  /** The file name with its extension, as the user should see it (Chinese kept). */
  name: string;
  contentType: string;
  bytes: Buffer | Uint8Array | string;
  /** 'inline' opens in the browser (print views); files download by default. */
  disposition?: 'attachment' | 'inline';
  /**
   * A validator for content that never changes under this address (stored evidence): the browser
   * may keep it and revalidate. Without one the reply is not stored at all.
   */
  etag?: string;
}

export function sendDownload(reply: FastifyReply, file: Download) {
  void reply
    .type(file.contentType)
    .header(
      'Content-Disposition',
      contentDisposition(safeFileName(file.name.replace(/[/\\]/g, '-')), file.disposition),
    )
    .header('X-Content-Type-Options', 'nosniff');
  if (file.etag === undefined) void reply.header('Cache-Control', 'private, no-store');
  else void reply.header('Cache-Control', 'private, no-cache').header('ETag', `"${file.etag}"`);
  return reply.send(file.bytes);
}
