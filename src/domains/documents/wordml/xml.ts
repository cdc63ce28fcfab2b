/**
 * The little XML the .docx writer needs: escaped text and the namespace declarations of the
 * WordprocessingML parts. Parts are built as arrays of strings joined once, because a bulletin
 * of a thousand tasks has tens of thousands of elements and string concatenation in a loop, or an
 * object per element, costs most of the time and memory of writing it.
 */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  officeRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const;

/** Characters XML 1.0 forbids (control characters other than tab, line feed, carriage return). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const SPECIAL = /[&<>"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text or attribute value made safe for XML. Forbidden control characters (left in imported
 * text) are dropped: one of them would make Word refuse the whole file.
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(SPECIAL, (c) => ENTITIES[c] ?? c);
}
