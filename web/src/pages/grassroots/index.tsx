/** 深入基层: each person's days at the grassroots against the 60/30-day rule, and the visits behind them. */
import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { usePageYear, YearTabsPage } from '../../components/YearTabsPage';
import './grassroots.css';
import { grassrootsNs } from './messages';
import { TotalsTab } from './TotalsTab';
import { VisitsTab } from './VisitsTab';

export default function GrassrootsPage() {
  const { t } = useTranslation(grassrootsNs);
  const [year, setYear] = usePageYear();
  const [tick, setTick] = useState(0);
  const minimums = useApi<{ leading: number; staff: number }>(`/api/grassroots/minimums/${year}`);
  const tabs = [
    { key: 'totals', children: <TotalsTab key={tick} year={year} /> },
    { key: 'visits', children: <VisitsTab year={year} onChanged={() => setTick((n) => n + 1)} /> },
  ];
  return (
    <YearTabsPage
      t={t}
      year={year}
      onYear={setYear}
      intro={
        minimums.data && (
          <Typography.Paragraph type="secondary">{t('intro', minimums.data)}</Typography.Paragraph>
        )
      }
      tabs={tabs}
    />
  );
}
