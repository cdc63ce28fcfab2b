/**
 * 上下联动: the plan's subordinate units and their plans, and the roll-up of their tasks under
 * each key task (GET /api/plans/:id/rollup, /recipients).
 */
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { RecipientsForm } from './RecipientsForm';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { LightTag } from '../../components/LightTag';
import { LightCounts } from './LightCounts';
import { cascadeNs } from './messages';
import type { Recipient, Rollup, RollupTask } from './types';

type KeyRow = Rollup['keyTasks'][number];

function UnitTasks({ row }: { row: KeyRow }) {
  const { t } = useTranslation(cascadeNs);
  const tasks = row.units.flatMap((u) => u.tasks);
  return (
    <Table<RollupTask>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={tasks}
      columns={[
        { title: t('unit'), width: 180, render: (_, x) => x.unit?.name },
        { title: t('task'), dataIndex: 'content' },
        { title: t('due'), dataIndex: 'dueDate', width: 110 },
        {
          title: t('light'),
          width: 90,
          render: (_, x) => x.light && <LightTag light={x.light.light} reason={x.light.reason} />,
        },
      ]}
    />
  );
}

export default function CascadePage() {
  const { t } = useTranslation(cascadeNs);
  const choice = usePlanChoice();
  const id = choice.plan?.id;
  const rollup = useApi<Rollup>(id ? `/api/plans/${id}/rollup` : null);
  const recipients = useApi<Page<Recipient>>(id ? `/api/plans/${id}/recipients` : null);
  const r = rollup.data;
  const { user } = useAuth();
  const reload = () => {
    recipients.reload();
    rollup.reload();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <PlanPicker choice={choice} />
      </Card>
      {r && r.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('missing', {
            count: r.missing.length,
            names: r.missing.map((m) => m.unitName).join('、'),
          })}
        />
      )}
      {r?.unaligned
        .filter((u) => u.unaligned > 0)
        .map((u) => (
          <Alert
            key={u.planId}
            type="info"
            showIcon
            title={t('unaligned', {
              unit: u.unitName ?? '',
              plan: u.planTitle,
              count: u.unaligned,
            })}
          />
        ))}
      <Card title={t('rollup')}>
        <Table<KeyRow>
          size="small"
          rowKey="id"
          loading={rollup.loading}
          pagination={false}
          dataSource={r?.keyTasks ?? []}
          expandable={{
            expandedRowRender: (row) => <UnitTasks row={row} />,
            rowExpandable: (row) => row.units.length > 0,
          }}
          columns={[
            { title: '', dataIndex: 'no', width: 48 },
            { title: t('keyTask'), dataIndex: 'text' },
            {
              title: t('units'),
              width: 220,
              render: (_, row) => row.units.map((u) => <Tag key={u.unitId ?? 0}>{u.unitName}</Tag>),
            },
            {
              title: t('lights'),
              width: 260,
              render: (_, row) => <LightCounts counts={row.counts} empty={t('noAligned')} />,
            },
          ]}
        />
      </Card>
      <Card title={t('recipients')}>
        {id && user?.role === 'admin' && (
          <div style={{ marginBottom: 16 }}>
            <RecipientsForm planId={id} current={recipients.data?.items ?? []} onSaved={reload} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('importLink')} <Link to={`/import?parent=${id}`}>{`/import?parent=${id}`}</Link>
            </Typography.Paragraph>
          </div>
        )}
        <Table<Recipient>
          size="small"
          rowKey="unitId"
          loading={recipients.loading}
          pagination={false}
          locale={{ emptyText: t('noRecipients') }}
          dataSource={recipients.data?.items ?? []}
          columns={[
            { title: t('unit'), dataIndex: 'unitName' },
            {
              title: t('childPlan'),
              render: (_, x) => x.childPlan?.title ?? <Tag color="warning">{t('noPlan')}</Tag>,
            },
            {
              title: t('state'),
              width: 100,
              render: (_, x) => x.childPlan && t(`states.${x.childPlan.state}`),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
