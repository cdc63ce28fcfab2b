/** GET /api/plans/:id. */
import type { PlanSummary } from '../../api/types';

export interface PlanSection {
  id: number;
  no: number;
  heading: string;
  /** The section's item numbers (条目序号), not ids. */
  items: number[];
}

export interface PlanItem {
  id: number;
  no: number;
  title: string;
  body: string;
}

export interface KeyTask {
  id: number;
  no: number;
  text: string;
  items: { no: number; score: number }[];
  tasks: { id: number; no: number; score: number }[];
}

export interface PlanDetail extends Omit<PlanSummary, 'taskCount' | 'owners' | 'leaders'> {
  sourceName: string | null;
  sections: PlanSection[];
  items: PlanItem[];
  keyTasks: KeyTask[];
  warnings: { about: string; why: string; whyZh: string }[];
  /** The plan's year as dates, and the day its views count as of unless another is picked. */
  period?: { start: string; end: string };
  defaultAsOf?: string;
}
