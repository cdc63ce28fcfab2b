/** Sends a workbook as a download with its Chinese name (RFC 5987 filename*), never cached. */
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../evidence/content-disposition.js';
import { safeFileName } from '../evidence/safe-file-name.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function sendXlsx(reply: FastifyReply, name: string, bytes: Buffer) {
  return reply
    .type(XLSX_TYPE)
    .header(
      'Content-Disposition',
      contentDisposition(safeFileName(`${name.replace(/[/\\]/g, '-')}.xlsx`)),
    )
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .send(bytes);
}
