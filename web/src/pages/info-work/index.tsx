/** 信息工作: information items and adoptions, unit rankings, and the year's assessment scheme. */
import { Card, InputNumber, Space, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { usePlanChoice } from '../../app/plan-picker';
import { ItemsTab } from './ItemsTab';
import { infoWorkNs } from './messages';
import { RankingsTab } from './RankingsTab';
import { SchemeTab } from './SchemeTab';

export default function InfoWorkPage() {
  const { t } = useTranslation(infoWorkNs);
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const plan = usePlanChoice().plan;
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? plan?.year ?? dayjs().year();
  const tabs = [
    { key: 'items', children: <ItemsTab year={year} /> },
    { key: 'rankings', children: <RankingsTab year={year} /> },
    ...(user?.role === 'admin' ? [{ key: 'scheme', children: <SchemeTab year={year} /> }] : []),
  ];
  return (
    <Card>
      <Space align="baseline" wrap style={{ marginBottom: 8 }}>
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
      <Tabs
        activeKey={params.get('tab') ?? 'items'}
        onChange={(tab) => setParams({ tab })}
        destroyOnHidden
        items={tabs.map((tab) => ({ ...tab, label: t(`tabs.${tab.key}`) }))}
      />
    </Card>
  );
}
