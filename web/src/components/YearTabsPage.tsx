/**
 * A page of one year's work in tabs (?tab=…): title and year above, an optional intro, the tabs.
 * Its words come from the page's namespace: title, year and tabs.<key>.
 */
import { Card, InputNumber, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePlanChoice } from '../app/plan-picker';

/** The year shown: the one chosen on the page, else the current plan's, else this year. */
export function usePageYear(): [number, (year: number) => void] {
  const plan = usePlanChoice().plan;
  const [chosen, setChosen] = useState<number | null>(null);
  return [chosen ?? plan?.year ?? dayjs().year(), setChosen];
}

interface Props {
  t: TFunction;
  year: number;
  onYear: (year: number) => void;
  intro?: ReactNode;
  /** The first tab opens when the address names none. */
  tabs: { key: string; children: ReactNode }[];
}

export function YearTabsPage({ t, year, onYear, intro, tabs }: Props) {
  const yearLabel = t('year');
  const [params, setParams] = useSearchParams();
  return (
    <Card>
      <Space align="baseline" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <label>
          {yearLabel}{' '}
          <InputNumber
            aria-label={yearLabel}
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && onYear(y)}
          />
        </label>
      </Space>
      {intro}
      <Tabs
        activeKey={params.get('tab') ?? tabs[0]?.key}
        onChange={(tab) => setParams({ tab })}
        destroyOnHidden
        items={tabs.map((tab) => ({ ...tab, label: t(`tabs.${tab.key}`) }))}
      />
    </Card>
  );
}
