/** How the bulletins page words an issue: 第1期, 第1期（更正）, 2017年10月9日. */
import type { TFunction } from 'i18next';
import type { Bulletin } from './types';

/** A draft that would correct an issued month, or an issued correction. */
export function isCorrection(b: Bulletin): boolean {
  return b.correction || b.version > 1;
}

/** 第1期, or 第1期（更正） for a correction. */
export function issueLabel(t: TFunction, b: Bulletin): string {
  return t(isCorrection(b) ? 'issueCorrection' : 'issueN', { n: b.issueNo });
}

/** YYYY-MM-DD → 2017年10月9日 (2017-10-09 in English). */
export function longDate(t: TFunction, iso: string): string {
  const [y = '', mm = '', dd = ''] = iso.slice(0, 10).split('-');
  return t('date', { y, m: Number(mm), d: Number(dd), mm, dd });
}

/** An ISO timestamp → YYYY-MM-DD HH:mm. */
export function shortTime(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}
