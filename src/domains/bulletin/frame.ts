/**
 * The frame of a bulletin issue (GB/T 9704 版头 and 版记): who issues it, its 期号 and date, who gets
 * copies. An issued bulletin keeps the frame it was issued with; a draft shows the one it would
 * be issued with today (the unit's settings, the next 期号, the default issue date).
 */
import type { BulletinKind } from './snapshot.js';

export interface BulletinFrame {
  /** 发文机关标志, printed in red: 滁州市科协重点工作通报. */
  masthead: string;
  /** 期号 N of 第N期: numbered per plan and kind in the order issued. */
  issueNo: number;
  state: 'draft' | 'issued';
  /** A later version of an issued 期 (更正). */
  correction: boolean;
  /** The office on the line under the 期号 (编发机关). */
  issuingOffice: string;
  /** YYYY-MM-DD: the day it is (or, for a draft, would be) issued. */
  issueDate: string;
  /** 抄送 units, in order; none: no 抄送 line. */
  copyTo: string[];
  /** 印发机关 in the 版记. */
  printedBy: string;
}

/** What the 发文机关标志 adds to the unit's name in it, per kind. */
export const mastheadSuffix: Record<BulletinKind, string> = {
  'key-work': '重点工作通报',
  'info-work': '信息工作通报',
  grassroots: '深入基层工作通报',
};

/** 第1期, 第1期（更正）, 第2期（草稿）. */
export function issueNoLabel(frame: BulletinFrame): string {
  const mark = frame.state === 'draft' ? '（草稿）' : frame.correction ? '（更正）' : '';
  return `第${frame.issueNo}期${mark}`;
}
