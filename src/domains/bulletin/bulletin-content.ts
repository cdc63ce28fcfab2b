/**
 * A bulletin as a document, independent of the file format: headings, paragraphs, tables and
 * charts in reading order. The .docx, .xlsx and html writers all render this one model, so the
 * numbers agree in every format. Built from the snapshot alone (see *-content.ts).
 */
import type { BarChart } from './chart.js';
import type { BulletinFrame } from './frame.js';
import {
  formatOfficialDate,
  type OfficialSignature,
  type TableColumn,
} from '../documents/official-document.js';

export type Cell = string | number;

export type ContentBlock =
  | { kind: 'heading1' | 'heading2' | 'paragraph'; text: string }
  /** `sheet` names the table's worksheet in the .xlsx (at most 31 characters). */
  | { kind: 'table'; sheet: string; columns: TableColumn[]; rows: Cell[][] }
  | { kind: 'chart'; chart: BarChart; caption: string };

export interface BulletinContent {
  title: string;
  subtitle: string;
  /** The download's name without its extension. */
  fileStem: string;
  blocks: ContentBlock[];
  signature: OfficialSignature;
  /** 版头 and 版记. */
  frame: BulletinFrame;
}

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const places = ['', '十', '百', '千'];

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (below 10 000), for （一）-style headings. */
export function chineseNumber(n: number): string {
  if (n < 10) return digits[n] ?? String(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : (digits[n % 10] ?? '')}`;
  const parts = String(n).split('').map(Number);
  let out = '';
  parts.forEach((d, i) => {
    const place = places[parts.length - 1 - i] ?? '';
    if (d !== 0) out += `${digits[d] ?? ''}${place}`;
    else if (!out.endsWith('零') && parts.slice(i).some((x) => x !== 0)) out += '零';
  });
  return out;
}

/** 0.4567 → "45.7%". */
export const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/** The line under the title: （截至2017年9月30日）. */
export const asOfLine = (asOf: string): string => `（截至${formatOfficialDate(asOf)}）`;

/** 2017-09 → 2017年9月. */
export const monthName = (month: string): string =>
  `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
