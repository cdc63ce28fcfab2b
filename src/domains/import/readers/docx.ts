/**
 * Word (.docx) notices → blocks, via mammoth's HTML rendering and the HTML reader.
 *
 * Going through HTML (rather than mammoth's raw text) keeps Word tables as tables, with
 * merged cells as colspan/rowspan, which the key-task table (重点工作任务表) needs.
 */

import mammoth from 'mammoth';
import type { SourceDocument } from '../draft.js';
import { readHtml } from './html.js';
import { assertSize, ImportError, OFFICE_MAX_BYTES } from './limits.js';
import { countWordXml, ReadBudget } from './read-budget.js';
import { DOCX_ZIP, guardZip } from './zip-guard.js';

/** Images carry no notice text; emitting an empty src spares mammoth base64-encoding them. */
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Reads a .docx. Size, zip-bomb and markup-budget checks run before mammoth touches the bytes.
 * Word has no source lines, so `line` is the block's position (1 = first block), which
 * still lets messages point at "the n-th paragraph".
 */
export async function readDocx(bytes: Uint8Array): Promise<SourceDocument> {
  assertSize(bytes.byteLength, OFFICE_MAX_BYTES);
  // Mammoth's cost grows with the markup, not the bytes: count the text parts' elements first.
  const budget = new ReadBudget();
  guardZip(bytes, DOCX_ZIP, (entry, data) => {
    if (/^word\/[^/]+\.xml$/.test(entry.name)) countWordXml(data, budget);
  });
  const html = await convert(bytes);
  // Spaces in Word runs are typed content ('柳  军'), not markup indentation.
  const { blocks } = readHtml(html, { whitespace: 'preserve' });
  return { blocks: blocks.map((block, index) => ({ ...block, line: index + 1 })) };
}

async function convert(bytes: Uint8Array): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      { convertImage: dropImages, externalFileAccess: false },
    );
    return result.value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportError('bad_file', `${DOCX_ZIP.notValid}（${detail}）`);
  }
}
