/** The API shapes the import wizard reads (POST /api/imports/preview, GET /api/plans/:id, tasks). */
import type { Ref } from '../../api/types';

export interface SourceLine {
  line: number;
  text: string;
}

export interface ImportWarning {
  about: string;
  why: string;
  whyZh: string;
}

/** An existing plan with the same 文号, or the same title and year, as the notice uploaded. */
export interface DuplicatePlan {
  id: number;
  title: string;
  docNumber: string | null;
  year: number;
  state: 'draft' | 'published' | 'closed';
  createdAt: string | null;
}

/** The parts of the preview draft the wizard shows; the stored plan is edited, not this. */
export interface Preview {
  fileName: string;
  source: SourceLine[];
  /** Plans already in the system that this notice seems to repeat. */
  duplicates?: DuplicatePlan[];
  draft: {
    keyTasks: { no: number; text: string }[];
    tableRows: { no: number; content: string }[];
    warnings: ImportWarning[];
  };
}

export interface PlanDetail {
  id: number;
  year: number;
  title: string;
  state: 'draft' | 'published' | 'closed';
  parentPlanId: number | null;
  version: number;
  sourceName: string | null;
  notice: {
    docNumber: string | null;
    title: string | null;
    recipients: string[];
    issueDate: string | null;
    copyTo: string[];
  };
  sections: { id: number; no: number; heading: string }[];
  items: { id: number; no: number; title: string }[];
  keyTasks: { id: number; no: number; text: string; version: number }[];
  warnings: ImportWarning[];
}

export interface Task {
  id: number;
  no: number;
  content: string;
  keyTaskNo: number | null;
  owner: Ref | null;
  department: Ref | null;
  /** Every owner (责任人), lead department (责任部室) and co-operating one (配合部室), in order. */
  owners: Ref[];
  leadDepartments: Ref[];
  coDepartments: Ref[];
  leader: Ref | null;
  deadline: { text: string | null; start: string | null; due: string | null };
  notes: string | null;
  version: number;
}
