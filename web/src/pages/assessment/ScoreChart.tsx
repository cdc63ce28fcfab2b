/**
 * Horizontal bars of each department's total, in rank order. Deductions can take a total below
 * zero: the axis then reaches below zero, such bars are red and their labels sit on their left.
 */
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../components/EChart';
import type { UnitScore } from './types';

/**
 * The value axis: 0 to 100 at least, in steps of 10, 25 or 50 so every tick is a round number,
 * with half a step to spare beyond a negative total for its label.
 */
function axisRange(totals: number[]): { min: number; max: number; interval: number } {
  const low = Math.min(0, ...totals);
  const high = Math.max(100, ...totals);
  const interval = high - low <= 100 ? 10 : high - low <= 200 ? 25 : 50;
  const min = low < 0 ? Math.floor((low - interval / 2) / interval) * interval : 0;
  return { min, max: Math.ceil(high / interval) * interval, interval };
}

export function ScoreChart({ scores, label }: { scores: UnitScore[]; label: string }) {
  const option = useMemo<ChartOption>(() => {
    const totals = scores.map((s) => s.total);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', ...axisRange(totals) },
      yAxis: {
        type: 'category',
        inverse: true,
        axisLine: { onZero: false },
        data: scores.map((s) => s.unitName),
      },
      series: [
        {
          type: 'bar',
          name: label,
          barMaxWidth: 22,
          data: totals.map((total) => ({
            value: total,
            itemStyle: { color: total < 0 ? '#ff4d4f' : '#1677ff' },
            label: { show: true, position: total < 0 ? 'left' : 'right' },
          })),
        },
      ],
    };
  }, [scores, label]);
  return <EChart option={option} height={Math.max(140, 24 + scores.length * 34)} label={label} />;
}
