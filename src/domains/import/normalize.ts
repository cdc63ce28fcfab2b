/**
 * Text normalisation shared by the parser: full-width letters and digits to ASCII, whitespace that
 * offices type inside names ('柳  军'), and the numbering symbols of Chinese documents.
 */

/** Full-width ASCII letters and digits (ＡＢＣ１２３) become ASCII; Chinese punctuation is kept. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** A table cell or a name: every kind of space removed ('全  年' → '全年'). */
export function compact(text: string): string {
  return toHalfWidth(text).replace(/[\s\u3000\u00a0]+/g, '');
}

const cjk = '\u3000-\u303f\u3400-\u9fff\uff00-\uffef';
const spaceBetweenCjk = new RegExp(`(?<=[${cjk}]) (?=[${cjk}])`, 'g');

/** Running text: trimmed, spaces between two CJK characters dropped, other runs folded to one. */
export function tidy(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .trim()
    .replace(spaceBetweenCjk, '');
}

/** Dashes and tildes of ranges (1-2, 1—2, 1～2) folded to '-', for comparing texts. */
export function foldDashes(text: string): string {
  return text.replace(/[‐‑‒–—―－~～]+/g, '-');
}

const digits: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Reads the small Chinese numerals used for numbering (一 … 九十九); NaN when not one. */
export function chineseOrdinal(text: string): number {
  if (text === '') return NaN;
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return text.length === 1 ? (digits[text] ?? NaN) : NaN;
  const tens = tenAt === 0 ? 1 : (digits[text.slice(0, tenAt)] ?? NaN);
  const rest = text.slice(tenAt + 1);
  const units = rest === '' ? 0 : (digits[rest] ?? NaN);
  return tenAt > 1 ? NaN : tens * 10 + units;
}

/** ⒈…⒛ (U+2488) and ①…⑳ (U+2460) to their numbers; NaN for anything else. */
export function circledNumber(ch: string): number {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1) return NaN;
  if (code >= 0x2488 && code <= 0x249b) return code - 0x2487;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x245f;
  return NaN;
}
