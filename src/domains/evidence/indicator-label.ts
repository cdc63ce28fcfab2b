/** How a target reads in a ledger sheet or chart legend: 专家 ≥100名, 社区科普馆 1—2个. Pure. */
export interface TargetOf {
  comparator: string;
  value: number | null;
  min_value: number | null;
  max_value: number | null;
  unit: string;
  subject: string;
}

const symbols: Record<string, string> = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
  approx: '约',
};

export function indicatorLabel(target: TargetOf): string {
  const amount =
    target.comparator === 'range'
      ? `${target.min_value ?? '?'}—${target.max_value ?? '?'}`
      : `${symbols[target.comparator] ?? target.comparator}${target.value ?? '?'}`;
  return `${target.subject} ${amount}${target.unit}`;
}
