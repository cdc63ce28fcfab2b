/** GET /api/plans/:id/assessment (domains/assessment/assessment.presenter.ts). */
export interface Bonus {
  name: string;
  points: number;
  reason: string;
}

export interface UnitScore {
  rank: number;
  unitId: number;
  unitName: string;
  tasks: number;
  weight: number;
  earned: number;
  base: number;
  overdueTasks: number;
  overdueDeduction: number;
  missingReports: number;
  missingReportDeduction: number;
  deductions: number;
  bonuses: Bonus[];
  bonus: number;
  total: number;
}

export interface Assessment {
  planId: number;
  planTitle: string;
  year: number;
  asOf: string;
  scheme: {
    stored: boolean;
    version: number;
    overdueDeduction: number;
    missingReportDeduction: number;
  };
  departments: UnitScore[];
  units: UnitScore[];
}
