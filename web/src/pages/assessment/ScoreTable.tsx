/** One row per department (or unit): rank, the work score, deductions, bonuses and the total. */
import { Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { assessmentNs } from './messages';
import type { UnitScore } from './types';

export function ScoreTable({
  scores,
  unitLabel,
  testId,
}: {
  scores: UnitScore[];
  unitLabel: string;
  testId: string;
}) {
  const { t } = useTranslation(assessmentNs);
  const deduction = (count: string, points: number) =>
    points > 0 ? (
      <span>
        {count} <Typography.Text type="danger">{t('deduct', { points })}</Typography.Text>
      </span>
    ) : (
      <Typography.Text type="secondary">{t('none')}</Typography.Text>
    );
  return (
    <Table<UnitScore>
      data-testid={testId}
      size="small"
      rowKey="unitId"
      pagination={false}
      dataSource={scores}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('empty') }}
      columns={[
        {
          title: t('rank'),
          dataIndex: 'rank',
          width: 64,
          align: 'center',
          render: (rank: number) => (rank <= 3 ? <Tag color="gold">{rank}</Tag> : rank),
        },
        { title: unitLabel, dataIndex: 'unitName', width: 160 },
        {
          title: t('tasks'),
          width: 90,
          align: 'right',
          render: (_, s) => t('count', { count: s.tasks }),
        },
        {
          title: <Tooltip title={t('baseHelp')}>{t('base')}</Tooltip>,
          dataIndex: 'base',
          width: 100,
          align: 'right',
        },
        {
          title: t('overdue'),
          width: 130,
          render: (_, s) => deduction(t('count', { count: s.overdueTasks }), s.overdueDeduction),
        },
        {
          title: t('missing'),
          width: 130,
          render: (_, s) =>
            deduction(t('months', { count: s.missingReports }), s.missingReportDeduction),
        },
        {
          title: t('bonus'),
          width: 120,
          render: (_, s) =>
            s.bonus > 0 ? (
              <Tooltip
                title={s.bonuses.map((b) => `${b.name}（${b.reason}）+${b.points}`).join('；')}
              >
                <Typography.Text type="success">+{s.bonus}</Typography.Text>
              </Tooltip>
            ) : (
              <Typography.Text type="secondary">{t('none')}</Typography.Text>
            ),
        },
        {
          title: t('total'),
          dataIndex: 'total',
          width: 90,
          align: 'right',
          render: (total: number) => <Typography.Text strong>{total}</Typography.Text>,
        },
      ]}
    />
  );
}
