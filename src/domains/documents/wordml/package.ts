/**
 * A .docx package: the parts of a single-section document with footers and PNG pictures, zipped.
 *
 * The PNGs, already compressed, are stored as they are; the XML parts are deflated.
 */
import {
  contentTypesXml,
  corePropertiesXml,
  packageRelationshipsXml,
  relationshipsXml,
  settingsXml,
  type Relationship,
} from './parts.js';
import { zip, type ZipEntry } from './zip.js';

export interface DocxParts {
  readonly title: string;
  /** word/document.xml, whose footer and picture references use the ids below. */
  readonly document: string;
  readonly styles: string;
  /** Footer parts with the relationship ids document.xml refers to them by. */
  readonly footers: readonly { readonly rId: string; readonly xml: string }[];
  readonly images: readonly { readonly rId: string; readonly png: Uint8Array }[];
}

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
  const text = (name: string, xml: string): ZipEntry => ({ name, data: Buffer.from(xml, 'utf8') });
  return zip(
    [
      text('[Content_Types].xml', contentTypesXml(parts.footers.length)),
      text('_rels/.rels', packageRelationshipsXml()),
      text('docProps/core.xml', corePropertiesXml(parts.title, now)),
      text('word/document.xml', parts.document),
      text('word/_rels/document.xml.rels', relationshipsXml(documentRelationships(parts))),
      text('word/styles.xml', parts.styles),
      text('word/settings.xml', settingsXml()),
      ...parts.footers.map((f, i) => text(`word/footer${i + 1}.xml`, f.xml)),
      ...parts.images.map((img, i) => ({
        name: `word/media/image${i + 1}.png`,
        data: img.png,
        store: true,
      })),
    ],
    now,
  );
}
