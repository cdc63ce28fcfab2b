/**
 * Cross-field rules of indicators and ledger entries, kept pure so that the request schema (400 on
 * a body that contradicts itself) and the use cases (422 against stored values) apply the same ones.
 */
import { dayOutsidePeriodMessage, isDayInPeriod } from '../plan/plan-period.js';

export interface Problem {
  field: string;
  message: string;
}

export interface TargetShape {
  comparator: string;
  value?: number | null | undefined;
  min?: number | null | undefined;
  max?: number | null | undefined;
  aggregation: string;
  perPersonThreshold?: number | null | undefined;
}

const missing = (x: number | null | undefined): x is null | undefined =>
  x === null || x === undefined;

/** A range needs min ≤ max; every other comparator a value; per-person counting a threshold. */
export function targetProblem(target: TargetShape): Problem | null {
  if (target.comparator === 'range') {
    if (missing(target.min)) return { field: 'min', message: 'required for range' };
    if (missing(target.max)) return { field: 'max', message: 'required for range' };
    if (target.min > target.max) return { field: 'min', message: 'must not exceed max' };
  } else if (missing(target.value)) {
    return { field: 'value', message: `required for ${target.comparator}` };
  }
  if (target.aggregation === 'per_person' && missing(target.perPersonThreshold)) {
    return { field: 'perPersonThreshold', message: 'required for per_person' };
  }
  return null;
}

/** Evidence belongs to the plan's year (its period): what it counts toward is that year's target. */
export function entryDateProblem(entryDate: string, planYear: number): Problem | null {
  if (isDayInPeriod(entryDate, planYear)) return null;
  return { field: 'entryDate', message: dayOutsidePeriodMessage(planYear) };
}

/** Counting people or subjects needs to know whom an entry is about. */
export function subjectProblem(aggregation: string, subject: string | undefined): Problem | null {
  const needsSubject = aggregation === 'distinct_subjects' || aggregation === 'per_person';
  return needsSubject && subject === undefined
    ? { field: 'subject', message: `required for ${aggregation}` }
    : null;
}
