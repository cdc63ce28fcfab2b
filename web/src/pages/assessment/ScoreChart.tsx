/** Horizontal bars of each department's total, best first, in rank order. */
import { useMemo } from 'react';
import { EChart, type ChartOption } from '../../components/EChart';
import type { UnitScore } from './types';

export function ScoreChart({ scores, label }: { scores: UnitScore[]; label: string }) {
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: (v) => Math.max(100, Math.ceil(v.max / 10) * 10) },
      yAxis: { type: 'category', inverse: true, data: scores.map((s) => s.unitName) },
      series: [
        {
          type: 'bar',
          name: label,
          barMaxWidth: 22,
          itemStyle: { color: '#1677ff' },
          label: { show: true, position: 'right', formatter: '{c}' },
          data: scores.map((s) => s.total),
        },
      ],
    }),
    [scores, label],
  );
  return <EChart option={option} height={Math.max(140, 24 + scores.length * 34)} label={label} />;
}
