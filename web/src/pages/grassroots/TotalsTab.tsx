/** Days at the grassroots per person against the yearly minimum and the pace so far. */
import { Alert, Progress, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../app/auth';
import { CategoryForm } from './CategoryForm';
import { grassrootsNs } from './messages';
import type { PersonTotal, Totals } from './types';

const statusColor = { met: 'blue', on_pace: 'green', behind: 'red' } as const;

export function TotalsTab({ year }: { year: number }) {
  const { t } = useTranslation(grassrootsNs);
  const totals = useApi<Totals>('/api/grassroots/totals', { year });
  const rows = totals.data?.items ?? [];
  const behind = rows.filter((r) => r.status === 'behind');
  const { user } = useAuth();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {user?.role === 'admin' && <CategoryForm onDone={totals.reload} />}
      {totals.data && rows.length > 0 && (
        <Alert
          showIcon
          type={behind.length > 0 ? 'warning' : 'success'}
          title={
            behind.length > 0
              ? t('behind', {
                  count: behind.length,
                  names: behind.map((r) => r.personName).join('、'),
                })
              : t('noneBehind')
          }
        />
      )}
      <Table<PersonTotal>
        size="small"
        rowKey="personId"
        loading={totals.loading}
        dataSource={rows}
        locale={{ emptyText: t('noTotals') }}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        columns={[
          { title: t('person'), dataIndex: 'personName' },
          { title: t('category'), render: (_, r) => t(`categories.${r.category}`) },
          { title: t('minimum'), dataIndex: 'minimum', width: 120 },
          { title: t('expected'), dataIndex: 'expected', width: 130 },
          { title: t('days'), dataIndex: 'days', width: 130 },
          {
            title: t('progress'),
            width: 200,
            render: (_, r) => (
              <Progress
                percent={Math.min(100, Math.round((r.days / Math.max(r.minimum, 1)) * 100))}
                size="small"
                status={
                  r.status === 'behind' ? 'exception' : r.status === 'met' ? 'success' : 'normal'
                }
              />
            ),
          },
          {
            title: t('status'),
            width: 100,
            render: (_, r) => <Tag color={statusColor[r.status]}>{t(`statuses.${r.status}`)}</Tag>,
          },
        ]}
      />
    </Space>
  );
}
