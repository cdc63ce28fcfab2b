/**
 * Row types of the assessment tables: the scoring scheme (考核方案) of a plan's year-end
 * assessment, one versioned row per plan, rules as JSON (assessment-scheme.ts).
 */
import type { Generated } from 'kysely';
import type { CreatedAt, Id } from './columns.js';

export interface AssessmentSchemeTable {
  id: Id;
  plan_id: number;
  /** JSON: weights per task, deductions, bonuses. */
  rules: string;
  updated_by: number | null;
  updated_at: string;
  version: Generated<number>;
  created_at: CreatedAt;
}

export interface AssessmentTables {
  assessment_schemes: AssessmentSchemeTable;
}
