/**
 * A stored bulletin as a file in one of its formats, from its snapshot alone: the same bulletin
 * gives the same document whenever it is downloaded, whatever changed since.
 */
import type { Bulletin } from '../../platform/db/schema.js';
import { DOCX_TYPE, XLSX_TYPE } from '../documents/download.js';
import type { BulletinContent } from './bulletin-content.js';
import type { BulletinFrame } from './frame.js';
import { bulletinDocx } from './bulletin-docx.js';
import { bulletinHtml } from './bulletin-html.js';
import { bulletinXlsx } from './bulletin-xlsx.js';
import { grassrootsContent } from './grassroots-content.js';
import { infoWorkContent } from './info-work-content.js';
import { keyWorkContent } from './key-work-content.js';
import type { BulletinSnapshot } from './snapshot.js';

export const bulletinFormats = ['docx', 'xlsx', 'html'] as const;
export type BulletinFormat = (typeof bulletinFormats)[number];

export const contentTypes: Record<BulletinFormat, string> = {
  docx: DOCX_TYPE,
  xlsx: XLSX_TYPE,
  html: 'text/html; charset=utf-8',
};

export interface RenderedBulletin {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export function bulletinContent(bulletin: Bulletin, frame: BulletinFrame): BulletinContent {
  // Written by generateBulletin from a BulletinSnapshot; never edited.
  const snapshot = JSON.parse(bulletin.snapshot) as BulletinSnapshot;
  switch (snapshot.kind) {
    case 'key-work':
      return keyWorkContent(snapshot, frame);
    case 'info-work':
      return infoWorkContent(snapshot, frame);
    case 'grassroots':
      return grassrootsContent(snapshot, frame);
  }
}

async function bytesOf(content: BulletinContent, format: BulletinFormat, createdAt: Date) {
  switch (format) {
    case 'docx':
      return bulletinDocx(content);
    case 'xlsx':
      return bulletinXlsx(content, createdAt);
    case 'html':
      return Buffer.from(await bulletinHtml(content));
  }
}

export async function renderBulletin(
  bulletin: Bulletin,
  format: BulletinFormat,
  frame: BulletinFrame,
): Promise<RenderedBulletin> {
  const content = bulletinContent(bulletin, frame);
  return {
    fileName: `${content.fileStem.replace(/[/\\]/g, '-')}.${format}`,
    contentType: contentTypes[format],
    bytes: await bytesOf(content, format, new Date(bulletin.created_at)),
  };
}
