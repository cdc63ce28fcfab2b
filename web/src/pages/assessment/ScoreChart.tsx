/**
 * Horizontal bars of each department's total, in rank order. Deductions can take a total below
 * zero: the axis then reaches below zero, such bars are red and their labels sit on their left.
 */
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../components/EChart';
import type { UnitScore } from './types';

const tens = (n: number, round: (x: number) => number) => round(n / 10) * 10;

export function ScoreChart({ scores, label }: { scores: UnitScore[]; label: string }) {
  const option = useMemo<ChartOption>(() => {
    const totals = scores.map((s) => s.total);
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: {
        type: 'value',
        min: Math.min(0, tens(Math.min(...totals), Math.floor)),
        max: Math.max(100, tens(Math.max(...totals), Math.ceil)),
      },
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
