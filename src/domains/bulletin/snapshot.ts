/**
 * What a bulletin froze: the data of its month, as plain JSON stored in `bulletins.snapshot`.
 * Every writer (.docx, .xlsx, html) reads only this, so a bulletin downloaded next year is the
 * document issued this month. Adding a field is safe; renaming one breaks old bulletins.
 */
import type { LightCounts } from '../dashboard/light-tally.js';
import type { Light } from '../progress/status-light.js';
import type { buildInfoBulletin } from '../info-work/info-bulletin.js';

export const bulletinKinds = ['key-work', 'info-work', 'grassroots'] as const;
export type BulletinKind = (typeof bulletinKinds)[number];

/** The kinds as stored in `bulletins.kind`. */
export const storedKind: Record<BulletinKind, string> = {
  'key-work': 'key_work',
  'info-work': 'info_work',
  grassroots: 'grassroots',
};

export function kindOfStored(stored: string): BulletinKind {
  return bulletinKinds.find((kind) => storedKind[kind] === stored) ?? 'key-work';
}

export interface PlanFacts {
  id: number;
  title: string;
  year: number;
  docNumber: string | null;
  issuingUnit: string | null;
}

export interface SnapshotBase {
  month: string;
  /** The month's last day: everything is computed as of this date. */
  asOf: string;
  plan: PlanFacts;
}

export interface IndicatorFacts {
  label: string;
  subject: string;
  unit: string;
  actual: number;
  /** 0..1 */
  progress: number;
}

export interface MonthReport {
  state: string;
  done: string;
  problems: string;
  nextSteps: string;
}

export interface KeyTaskFacts {
  no: number;
  content: string;
  owner: string | null;
  department: string | null;
  leader: string | null;
  deadline: string | null;
  due: string | null;
  light: Light;
  reason: string;
  indicators: IndicatorFacts[];
  report: MonthReport | null;
}

export interface LaggingTask {
  no: number;
  content: string;
  owner: string | null;
  department: string | null;
  due: string | null;
  light: Light;
  reason: string;
  daysOverdue: number;
}

export interface DepartmentRank {
  rank: number;
  name: string;
  total: number;
  done: number;
  completionRate: number;
  lights: LightCounts;
}

export interface KeyWorkSnapshot extends SnapshotBase {
  kind: 'key-work';
  totals: { tasks: number; done: number; completionRate: number; byLight: LightCounts };
  keyTasks: KeyTaskFacts[];
  lagging: LaggingTask[];
  departments: DepartmentRank[];
}

export interface InfoWorkSnapshot extends SnapshotBase {
  kind: 'info-work';
  bulletin: ReturnType<typeof buildInfoBulletin>;
}

export interface GrassrootsPerson {
  name: string;
  unit: string | null;
  category: 'leading' | 'staff';
  minimum: number;
  days: number;
  expected: number;
  status: string;
}

export interface GrassrootsSnapshot extends SnapshotBase {
  kind: 'grassroots';
  people: GrassrootsPerson[];
}

export type BulletinSnapshot = KeyWorkSnapshot | InfoWorkSnapshot | GrassrootsSnapshot;

/** YYYY-MM → its last day, YYYY-MM-DD. */
export function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year ?? 0, m ?? 0, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}
