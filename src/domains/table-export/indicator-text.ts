/** How an indicator's completion reads in an exported table: 专家 35/100名（35%）. Pure. */
import type { Selectable } from 'kysely';
import type { IndicatorTable } from '../../platform/db/schema.js';

export type IndicatorOfTask = Pick<
  Selectable<IndicatorTable>,
  'comparator' | 'value' | 'min_value' | 'max_value' | 'unit' | 'subject' | 'aggregation'
> & { actual: number; progress: number };

const number = (n: number) => String(Math.round(n * 100) / 100);

export function indicatorText(indicator: IndicatorOfTask): string {
  const percent = `${Math.round(indicator.progress * 100)}%`;
  const { subject, unit, actual } = indicator;
  if (indicator.aggregation === 'per_person')
    // Per person (每人每年至少60天): how many people have reached the threshold.
    return `${subject} 达标${number(actual)}人/每人${number(indicator.value ?? 0)}${unit}（${percent}）`;
  const target =
    indicator.comparator === 'range'
      ? `${number(indicator.min_value ?? 0)}—${number(indicator.max_value ?? 0)}`
      : number(indicator.value ?? 0);
  return `${subject} ${number(actual)}/${target}${unit}（${percent}）`;
}
