/**
 * Decides whether uploaded bytes are what their extension says: the extension must be allowed and
 * the leading bytes must match it (PDF %PDF-, JPEG FF D8 FF, PNG signature, Office zip with its
 * word/ or xl/ part, legacy Office OLE2, text without NUL bytes or an executable header). Pure.
 */
import { ALLOWED_TYPES, type AllowedType, type MagicKind } from './attachment-limits.js';

export type TypeVerdict =
  | { ok: true; extension: string; contentType: string }
  | { ok: false; reason: 'extension' | 'content'; message: string };

const signatures: Record<Exclude<MagicKind, 'text'>, number[]> = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  zip: [0x50, 0x4b, 0x03, 0x04],
  ole2: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
};

/** Headers of executables and archives that must never pass as text. */
const binaryHeaders = [[0x4d, 0x5a], [0x7f, 0x45, 0x4c, 0x46], ...Object.values(signatures)];

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function contentMatches(type: AllowedType, bytes: Uint8Array): boolean {
  if (type.magic === 'text')
    return !bytes.includes(0) && !binaryHeaders.some((h) => startsWith(bytes, h));
  if (!startsWith(bytes, signatures[type.magic])) return false;
  // Part names sit uncompressed in the zip's headers, so a byte search finds them.
  return !type.zipFolder || Buffer.from(bytes).includes(type.zipFolder, 0, 'latin1');
}

export function checkFileType(name: string, bytes: Uint8Array): TypeVerdict {
  const extension = extensionOf(name);
  const type = ALLOWED_TYPES[extension];
  if (!type) {
    const allowed = Object.keys(ALLOWED_TYPES).join(', ');
    return {
      ok: false,
      reason: 'extension',
      message: `不支持的文件类型 .${extension}（允许 ${allowed}）/ file type not allowed (allowed: ${allowed})`,
    };
  }
  if (!contentMatches(type, bytes))
    return {
      ok: false,
      reason: 'content',
      message: `文件内容与扩展名 .${extension} 不符 / the content is not a .${extension} file`,
    };
  return { ok: true, extension, contentType: type.contentType };
}
