/**
 * How far an indicator is toward its target, from its totals. One rule for the stored totals
 * (kept on every write) and for totals counted from the ledger as of a past day. It sits beside the
 * migrations because migration 0020 fills the stored totals with it.
 */

/** The target columns of an indicator the rule reads. */
export interface IndicatorTarget {
  aggregation: string;
  comparator: string;
  value: number | null;
  min_value: number | null;
  max_value: number | null;
  per_person_threshold: number | null;
}

/** An indicator's totals over its live entries. */
export interface RawTotals {
  entries: number;
  /** Sum of quantities. */
  total: number;
  /** Distinct subjects (indicators that count subjects). */
  subjects: number;
  /** People at or above the per-person threshold. */
  peopleMet: number;
  /** Sum over people of min(1, their total / threshold). */
  personProgress: number;
}

export const noTotals: RawTotals = {
  entries: 0,
  total: 0,
  subjects: 0,
  peopleMet: 0,
  personProgress: 0,
};

/** Aggregations whose totals are kept per subject (subject_totals). */
export const countsSubjects = (aggregation: string) =>
  aggregation === 'distinct_subjects' || aggregation === 'per_person';

/** The indicator's actual value: sum, count, distinct subjects or people meeting their minimum. */
export function actualOf(indicator: IndicatorTarget, t: RawTotals): number {
  switch (indicator.aggregation) {
    case 'count':
      return t.entries;
    case 'distinct_subjects':
      return t.subjects;
    case 'per_person':
      return t.peopleMet;
    default:
      return t.total;
  }
}

/** Progress toward the target, 0..1 (1 when met). */
export function progressOf(indicator: IndicatorTarget, t: RawTotals): number {
  if (indicator.aggregation !== 'per_person')
    return indicatorProgress(indicator, actualOf(indicator, t));
  // The average way each person is toward their own minimum; nobody recorded yet is 0.
  const threshold = indicator.per_person_threshold;
  if (t.subjects === 0) return 0;
  if (threshold === null || threshold <= 0) return 1;
  return t.personProgress / t.subjects;
}

/** Progress of one indicator toward its target, 0..1 (1 when met). */
export function indicatorProgress(
  indicator: Pick<IndicatorTarget, 'comparator' | 'value' | 'min_value'>,
  actual: number,
): number {
  const target = indicator.comparator === 'range' ? indicator.min_value : indicator.value;
  if (indicator.comparator === '<=' || indicator.comparator === '<') return 1;
  if (target === null || target <= 0) return 1;
  return Math.min(1, Math.max(0, actual / target));
}

/** One person's share of their minimum, as the stored totals and the ledger count it alike. */
export function personShare(total: number, threshold: number | null): number {
  if (threshold === null || threshold <= 0) return 0;
  return total >= threshold ? 1 : total / threshold;
}
