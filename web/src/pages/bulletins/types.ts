export type BulletinKind = 'key-work' | 'info-work' | 'grassroots';
export const bulletinKinds: BulletinKind[] = ['key-work', 'info-work', 'grassroots'];

export interface Bulletin {
  id: number;
  planId: number;
  month: string;
  kind: BulletinKind;
  version: number;
  createdAt: string;
}
