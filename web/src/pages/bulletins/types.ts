export type BulletinKind = 'key-work' | 'info-work' | 'grassroots';
export const bulletinKinds: BulletinKind[] = ['key-work', 'info-work', 'grassroots'];

/** A bulletin as GET /api/plans/:id/bulletins lists it: a draft, or an issue (第N期). */
export interface Bulletin {
  id: number;
  planId: number;
  month: string;
  kind: BulletinKind;
  /** The version within its 期: 1 the original, 2 and on corrections (更正). */
  version: number;
  state: 'draft' | 'issued';
  /** N of 第N期; for a draft, the number it would take when issued. */
  issueNo: number;
  correction: boolean;
  /** YYYY-MM-DD, issued bulletins only. */
  issueDate: string | null;
  /** YYYY-MM-DD: a draft's default 签发 date; an issued bulletin's issue date. */
  defaultIssueDate: string;
  /** 发文机关标志: 滁州市科协重点工作通报. */
  masthead: string;
  createdBy: number | null;
  createdAt: string;
  issuedBy: number | null;
  issuedAt: string | null;
}

/** GET/PUT /api/units/:id/bulletin-settings: the unit's 版头 and 版记 facts. */
export interface BulletinSettings {
  unitId: number;
  unitName: string;
  mastheadName: string;
  issuingOffice: string;
  copyTo: string[];
  printedBy: string;
  version: number;
}

/** The fields PUT /api/units/:id/bulletin-settings takes. */
export type BulletinSettingsInput = Pick<
  BulletinSettings,
  'mastheadName' | 'issuingOffice' | 'copyTo' | 'printedBy'
>;

/** The masthead suffix per kind, as the server adds it to the unit's 简称. */
export const mastheadSuffix: Record<BulletinKind, string> = {
  'key-work': '重点工作通报',
  'info-work': '信息工作通报',
  grassroots: '深入基层工作通报',
};
