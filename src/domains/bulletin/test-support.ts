/** For the bulletin tests: reading a .docx back into its parts, paragraphs and table rows. */
import JSZip from 'jszip';
import type { KeyTaskFacts, KeyWorkSnapshot, LaggingTask } from './snapshot.js';

export interface DocxParts {
  body: string;
  footers: string[];
  /** The embedded images, base64, in name order. */
  media: string[];
}

export async function docxParts(bytes: ArrayBuffer | Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
  const media = Object.keys(zip.files)
    .filter((name) => name.startsWith('word/media/'))
    .sort();
  return {
    body: await read('word/document.xml'),
    footers: await Promise.all(footers.map(read)),
    media: await Promise.all(
      media.map(async (name) => (await zip.file(name)?.async('base64')) ?? ''),
    ),
  };
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of an XML fragment's runs, joined. */
function textOf(xml: string): string {
  return unescapeXml(
    [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  );
}

/** Every paragraph's text outside tables, in order. */
export function paragraphs(body: string): string[] {
  const outside = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return outside
    .split('</w:p>')
    .map(textOf)
    .filter((text) => text !== '');
}

/** Every table row as its cells' text (a cell's lines joined by a line break). */
export function tableRows(body: string): string[][] {
  return [...body.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    (row[1] ?? '')
      .split('</w:tc>')
      .slice(0, -1)
      .map((cell) => cell.split('</w:p>').map(textOf).filter(Boolean).join('\n')),
  );
}

/** The body with drawing ids blanked: docx numbers drawings with a counter shared by the process. */
export const withoutDrawingIds = (body: string): string =>
  body.replace(/<wp:docPr id="\d+"/g, '<wp:docPr id=""');

/** A September 2017 key-work snapshot of these key tasks (and lagging ones), nothing else. */
export function keyWorkSnapshotOf(
  keyTasks: KeyTaskFacts[],
  lagging: LaggingTask[] = [],
): KeyWorkSnapshot {
  return {
    kind: 'key-work',
    month: '2017-09',
    asOf: '2017-09-30',
    plan: { id: 1, title: '工作要点', year: 2017, docNumber: null, issuingUnit: null },
    totals: {
      tasks: keyTasks.length,
      done: 0,
      completionRate: 0,
      byLight: { done: 0, green: keyTasks.length, yellow: 0, red: 0 },
    },
    keyTasks,
    lagging,
    departments: [],
  };
}
