/**
 * API shapes of the assessment: the scheme with each weight labelled by its task and each bonus by
 * its unit, and the scores. The .xlsx and .docx exports read the same presented scores.
 */
import type { ScoringUnit } from './assessment-scoring.js';
import type { AssessmentScheme } from './get-assessment-scheme.js';
import type { PlanAssessment } from './get-plan-assessment.js';

export function presentAssessmentScheme(scheme: AssessmentScheme, units: ScoringUnit[]) {
  const { rules } = scheme;
  const weightOf = (taskId: number) => rules.weights.find((w) => w.taskId === taskId)?.weight ?? 0;
  const weights = scheme.tasks.map((t) => ({
    taskId: t.id,
    no: t.no,
    content: t.content,
    weight: weightOf(t.id),
  }));
  return {
    planId: scheme.planId,
    stored: scheme.stored,
    version: scheme.version,
    updatedBy: scheme.updatedBy,
    updatedAt: scheme.updatedAt,
    weights,
    weightTotal: Math.round(weights.reduce((sum, w) => sum + w.weight * 100, 0)) / 100,
    overdueDeduction: rules.overdueDeduction,
    missingReportDeduction: rules.missingReportDeduction,
    bonuses: rules.bonuses.map((b) => ({
      ...b,
      unitName: units.find((u) => u.id === b.unitId)?.name ?? null,
    })),
  };
}

export function presentAssessment({ plan, issuer, scheme, tasks, scores }: PlanAssessment) {
  const contentOf = (taskId: number) => tasks.find((t) => t.taskId === taskId)?.content ?? '';
  return {
    planId: plan.id,
    planTitle: plan.title,
    year: plan.year,
    issuer,
    asOf: scores.asOf,
    scheme: {
      stored: scheme.stored,
      version: scheme.version,
      overdueDeduction: scheme.rules.overdueDeduction,
      missingReportDeduction: scheme.rules.missingReportDeduction,
    },
    departments: scores.departments,
    units: scores.units,
    tasks: scores.tasks.map((t) => ({ ...t, content: contentOf(t.taskId) })),
  };
}

export type PresentedAssessment = ReturnType<typeof presentAssessment>;
