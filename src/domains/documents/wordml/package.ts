/**
 * A .docx package: the parts of a single-section document with footers and PNG pictures, zipped.
 *
 * The PNGs, already compressed, are stored as they are; the XML parts are deflated by yazl, which
 * uses Node's native zlib: some fifteen times faster on a thousand-task bulletin's few megabytes
 * of XML than the JavaScript deflaters of the other zip libraries.
 */
import {
  contentTypesXml,
  corePropertiesXml,
  packageRelationshipsXml,
  relationshipsXml,
  settingsXml,
  type Relationship,
} from './parts.js';
import { ZipFile } from 'yazl';

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

export async function packageDocx(parts: DocxParts, now = new Date()): Promise<Buffer> {
  const zip = new ZipFile();
  const text = (name: string, xml: string) =>
    zip.addBuffer(Buffer.from(xml, 'utf8'), name, { mtime: now });
  text('[Content_Types].xml', contentTypesXml(parts.footers.length));
  text('_rels/.rels', packageRelationshipsXml());
  text('docProps/core.xml', corePropertiesXml(parts.title, now));
  text('word/document.xml', parts.document);
  text('word/_rels/document.xml.rels', relationshipsXml(documentRelationships(parts)));
  text('word/styles.xml', parts.styles);
  text('word/settings.xml', settingsXml());
  parts.footers.forEach((f, i) => text(`word/footer${i + 1}.xml`, f.xml));
  parts.images.forEach((img, i) =>
    zip.addBuffer(Buffer.from(img.png), `word/media/image${i + 1}.png`, {
      mtime: now,
      compress: false,
    }),
  );
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
