/** Horizontal stacked bars: for each department or leader, how many tasks show each light. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Light } from '../../api/types';
import { EChart, type ChartOption } from '../../components/EChart';
import { lightColors } from '../../components/LightTag';
import { sharedNs } from '../../components/messages';
import type { GroupLights } from './types';

const order: Light[] = ['done', 'green', 'yellow', 'red'];

export function LightsChart({ groups, label }: { groups: GroupLights[]; label: string }) {
  const { t, i18n } = useTranslation(sharedNs);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: groups.map((g) => g.name) },
      series: order.map((light) => ({
        type: 'bar',
        stack: 'lights',
        name: t(`light.${light}`),
        itemStyle: { color: lightColors[light] },
        barMaxWidth: 24,
        data: groups.map((g) => g.lights[light]),
      })),
    }),
    // The series names are translated: a language switch rebuilds the option.
    [groups, t, i18n.language],
  );
  return <EChart option={option} height={Math.max(160, 48 + groups.length * 36)} label={label} />;
}
