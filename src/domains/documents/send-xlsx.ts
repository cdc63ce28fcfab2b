/** Sends a workbook as a download with its Chinese name, never cached. */
import type { FastifyReply } from 'fastify';
import { sendDownload, XLSX_TYPE } from './download.js';

export function sendXlsx(reply: FastifyReply, name: string, bytes: Buffer) {
  return sendDownload(reply, { name: `${name}.xlsx`, contentType: XLSX_TYPE, bytes });
}
