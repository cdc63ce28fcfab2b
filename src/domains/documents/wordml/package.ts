/**
 * A .docx package: the parts of a single-section document with footers and PNG pictures, zipped.
 *
 * fflate zips synchronously in one pass over buffers already in memory; the text parts compress
 * at a low level (WordprocessingML is repetitive, so even level 1 shrinks it about tenfold) and
 * the PNGs, already compressed, are stored as they are.
 */
import { zipSync, type Zippable } from 'fflate';
import {
  contentTypesXml,
  corePropertiesXml,
  packageRelationshipsXml,
  relationshipsXml,
  settingsXml,
  type Relationship,
} from './parts.js';

export interface DocxParts {
  readonly title: string;
  /** word/document.xml, whose footer and picture references use the ids below. */
  readonly document: string;
  readonly styles: string;
  /** Footer parts with the relationship ids document.xml refers to them by. */
  readonly footers: readonly { readonly rId: string; readonly xml: string }[];
  readonly images: readonly { readonly rId: string; readonly png: Uint8Array }[];
}

const TEXT_LEVEL = 1;
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function documentRelationships(parts: DocxParts): Relationship[] {
  return [
    { id: 'rIdStyles', type: 'styles', target: 'styles.xml' },
    { id: 'rIdSettings', type: 'settings', target: 'settings.xml' },
    ...parts.footers.map((f, i) => ({ id: f.rId, type: 'footer', target: `footer${i + 1}.xml` })),
    ...parts.images.map((img, i) => ({
      id: img.rId,
      type: 'image',
      target: `media/image${i + 1}.png`,
    })),
  ];
}

export function packageDocx(parts: DocxParts, now = new Date()): Buffer {
  const text = (xml: string): Zippable[string] => [utf8(xml), { level: TEXT_LEVEL }];
  const files: Zippable = {
    '[Content_Types].xml': text(contentTypesXml(parts.footers.length)),
    '_rels/.rels': text(packageRelationshipsXml()),
    'docProps/core.xml': text(corePropertiesXml(parts.title, now)),
    'word/document.xml': text(parts.document),
    'word/_rels/document.xml.rels': text(relationshipsXml(documentRelationships(parts))),
    'word/styles.xml': text(parts.styles),
    'word/settings.xml': text(settingsXml()),
  };
  parts.footers.forEach((f, i) => {
    files[`word/footer${i + 1}.xml`] = text(f.xml);
  });
  parts.images.forEach((img, i) => {
    files[`word/media/image${i + 1}.png`] = [img.png, { level: 0 }];
  });
  const zipped = zipSync(files);
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
