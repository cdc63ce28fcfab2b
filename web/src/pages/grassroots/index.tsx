/** 深入基层: each person's days at the grassroots against the 60/30-day rule, and the visits behind them. */
import { Card, InputNumber, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { usePlanChoice } from '../../app/plan-picker';
import './grassroots.css';
import { grassrootsNs } from './messages';
import { TotalsTab } from './TotalsTab';
import { VisitsTab } from './VisitsTab';

export default function GrassrootsPage() {
  const { t } = useTranslation(grassrootsNs);
  const [params, setParams] = useSearchParams();
  const plan = usePlanChoice().plan;
  const [chosenYear, setYear] = useState<number | null>(null);
  const [tick, setTick] = useState(0);
  const year = chosenYear ?? plan?.year ?? dayjs().year();
  const minimums = useApi<{ leading: number; staff: number }>(`/api/grassroots/minimums/${year}`);
  const tabs = [
    { key: 'totals', children: <TotalsTab key={tick} year={year} /> },
    { key: 'visits', children: <VisitsTab year={year} onChanged={() => setTick((n) => n + 1)} /> },
  ];
  return (
    <Card>
      <Space align="baseline" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <label>
          {t('year')}{' '}
          <InputNumber
            aria-label={t('year')}
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setYear(y)}
          />
        </label>
      </Space>
      {minimums.data && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('intro', minimums.data)}
        </Typography.Paragraph>
      )}
      <Tabs
        activeKey={params.get('tab') ?? 'totals'}
        onChange={(tab) => setParams({ tab })}
        destroyOnHidden
        items={tabs.map((tab) => ({ ...tab, label: t(`tabs.${tab.key}`) }))}
      />
    </Card>
  );
}
