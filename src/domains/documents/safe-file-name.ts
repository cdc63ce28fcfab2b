/**
 * File names, of uploads or of documents named after titles, made safe to store and to send back
 * in a header. Path parts (C:\Users\…\ or ../) and control or bidirectional-override characters
 * go; Chinese stays; the name is cut to a length limit keeping the extension. Pure.
 */

/** Names are cut to this many characters (code points), keeping the extension. */
export const FILE_NAME_LENGTH = 120;

// C0/C1 controls, and the bidi overrides that can disguise "exe.pdf" as "fdp.exe".
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function safeFileName(raw: string, maxLength = FILE_NAME_LENGTH): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base.replace(unsafe, '').normalize('NFC').trim();
  name = name.replace(/^\.+/, '').trim();
  if (name === '') name = '附件';
  const chars = Array.from(name);
  if (chars.length <= maxLength) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length >= maxLength) return chars.slice(0, maxLength).join('');
  const stem = Array.from(name.slice(0, dot > 0 ? dot : name.length));
  return stem.slice(0, maxLength - extension.length).join('') + extension.join('');
}
