/**
 * How an indicator reads wherever it is written — the task page, ledger sheets, the responsibility
 * table, bulletins and chart legends — in the words of official documents: 专家不少于100名,
 * 社区科普馆1—2个, 领导干部每人不少于60天; and with its completion: 专家不少于100名：实际35名（35%）.
 * Pure.
 */

export interface IndicatorTarget {
  comparator: string;
  value: number | null;
  min_value: number | null;
  max_value: number | null;
  unit: string;
  subject: string;
  /** sum | count | distinct_subjects | per_person; absent reads as a total. */
  aggregation?: string;
  per_person_threshold?: number | null;
}

const comparatorWords: Record<string, string> = {
  '>=': '不少于',
  '<=': '不超过',
  '>': '超过',
  '<': '少于',
  '=': '',
  approx: '约',
};

/** At most two decimals, no trailing zeros; a missing number reads "?" so it is seen and fixed. */
function amount(n: number | null): string {
  return n === null ? '?' : String(Math.round(n * 100) / 100);
}

const perPerson = (target: IndicatorTarget) => target.aggregation === 'per_person';

/** 专家不少于100名, 社区科普馆1—2个, 专家约100名, 领导干部每人不少于60天. */
export function targetText(target: IndicatorTarget): string {
  const { comparator, unit, subject } = target;
  if (comparator === 'range')
    return `${subject}${amount(target.min_value)}—${amount(target.max_value)}${unit}`;
  const words = comparatorWords[comparator] ?? comparator;
  if (perPerson(target)) {
    const threshold = target.per_person_threshold ?? target.value;
    return `${subject}每人${words}${amount(threshold)}${unit}`;
  }
  return `${subject}${words}${amount(target.value)}${unit}`;
}

/**
 * The target with what the ledger shows: 专家不少于100名：实际35名（35%）; per person, how many
 * people have reached the threshold: 领导干部每人不少于60天：达标2人（50%）.
 */
export function completionText(target: IndicatorTarget, actual: number, progress: number): string {
  const percent = `${Math.round(progress * 100)}%`;
  const reached = perPerson(target)
    ? `达标${amount(actual)}人`
    : `实际${amount(actual)}${target.unit}`;
  return `${targetText(target)}：${reached}（${percent}）`;
}
