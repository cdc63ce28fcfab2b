/** "≥ 100名专家", "1–2个社区科普馆", "约 50人": an indicator's target in words. */
import type { Indicator } from './types';

const symbols: Record<Indicator['comparator'], string> = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
  range: '',
  approx: '≈',
};

export function targetLabel(i: Indicator): string {
  const amount =
    i.comparator === 'range'
      ? `${i.min ?? '?'}–${i.max ?? '?'}`
      : `${symbols[i.comparator]} ${i.value ?? '?'}`;
  return `${amount}${i.unit}${i.subject}`;
}
