/** The units ranked by information-work points, for a month or the whole year. */
import { Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { infoWorkNs } from './messages';
import { MonthSelect, useMonthFilter } from './MonthFilter';
import type { RankingRow } from './types';

export function RankingsTab({ year }: { year: number }) {
  const { t } = useTranslation(infoWorkNs);
  const { month, setMonth, query } = useMonthFilter(year);
  const ranking = useApi<{ ranking: RankingRow[] }>('/api/info-rankings', query);
  const adopted = (r: RankingRow) => Object.values(r.adoptions).reduce((a, b) => a + b, 0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <MonthSelect month={month} onChange={setMonth} />
      <Table<RankingRow>
        size="small"
        rowKey="unitId"
        loading={ranking.loading}
        dataSource={ranking.data?.ranking ?? []}
        locale={{ emptyText: t('noRanking') }}
        pagination={false}
        columns={[
          { title: t('rank'), dataIndex: 'rank', width: 70 },
          { title: t('unit'), dataIndex: 'unitName' },
          { title: t('submissions'), dataIndex: 'submissions', width: 90 },
          { title: t('adoptions'), width: 90, render: (_, r) => adopted(r) },
          { title: t('instructions'), dataIndex: 'instructions', width: 90 },
          { title: t('points'), dataIndex: 'points', width: 80 },
          { title: t('deduction'), dataIndex: 'deduction', width: 80 },
          { title: t('bonus'), dataIndex: 'bonus', width: 80 },
          {
            title: t('total'),
            dataIndex: 'total',
            width: 80,
            render: (v: number) => <strong>{v}</strong>,
          },
        ]}
      />
    </Space>
  );
}
