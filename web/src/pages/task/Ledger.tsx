/**
 * 台账: the evidence behind one indicator — entries (voided ones struck through, with the reason),
 * their attachments, a form to add one, and an Excel export.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Empty, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useErrorReporter } from '../../app/errors';
import { Attachments } from './Attachments';
import { countingOf, LedgerForm } from './LedgerForm';
import { taskNs } from './messages';
import type { Indicator, LedgerEntry } from './types';
import { VoidDialog } from './VoidDialog';

interface Props {
  indicators: Indicator[];
  /** The plan's year: new entries default inside it. */
  year: number;
  canEnter: boolean;
  /** Called after a change so the indicator actuals are read again. */
  onChanged: () => void;
}

export function Ledger({ indicators, year, canEnter, onChanged }: Props) {
  const { t } = useTranslation(taskNs);
  const report = useErrorReporter();
  const [chosen, setChosen] = useState<number | undefined>(indicators[0]?.id);
  const indicator = indicators.find((i) => i.id === chosen) ?? indicators[0];
  const entries = useApi<Page<LedgerEntry>>(
    indicator ? `/api/indicators/${indicator.id}/ledger` : null,
    {
      includeVoided: 1,
      limit: 500,
    },
  );
  const [voiding, setVoiding] = useState<LedgerEntry | null>(null);

  if (!indicator)
    return <Empty description={t('noIndicators')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;

  const changed = () => {
    entries.reload();
    onChanged();
  };

  const quantityColumn: TableColumnsType<LedgerEntry> = countingOf(indicator.aggregation)
    .quantityCounts
    ? [
        {
          key: 'quantity',
          title: t('ledger.quantity'),
          dataIndex: 'quantity',
          width: 90,
          className: 'strike',
        },
      ]
    : [];
  const columns: TableColumnsType<LedgerEntry> = [
    {
      key: 'date',
      title: t('ledger.entryDate'),
      dataIndex: 'entryDate',
      width: 120,
      className: 'strike',
    },
    ...quantityColumn,
    {
      key: 'subject',
      title: t('ledger.subject'),
      className: 'strike',
      render: (_, e) => e.subject ?? '—',
    },
    {
      key: 'state',
      title: t('ledger.state'),
      width: 240,
      render: (_, e) =>
        e.voided ? (
          <Space size={4} wrap>
            <Tag color="default">{t('ledger.voided')}</Tag>
            <Typography.Text type="secondary">
              {t('ledger.voidReason', { reason: e.voidReason })}
            </Typography.Text>
          </Space>
        ) : (
          <Tag color="green">{t('ledger.valid')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: '',
      width: 90,
      render: (_, e) =>
        canEnter && !e.voided ? (
          <Button size="small" danger onClick={() => setVoiding(e)}>
            {t('ledger.void')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        {indicators.length > 1 ? (
          <Segmented
            value={indicator.id}
            onChange={(v) => setChosen(Number(v))}
            options={indicators.map((i) => ({ value: i.id, label: i.targetText }))}
          />
        ) : (
          <Typography.Text strong>{indicator.targetText}</Typography.Text>
        )}
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            void apiDownload(`/api/indicators/${indicator.id}/ledger.xlsx`).catch(report)
          }
        >
          {t('ledger.exportXlsx')}
        </Button>
      </Space>
      {canEnter && (
        <LedgerForm key={indicator.id} indicator={indicator} year={year} onAdded={changed} />
      )}
      <Table<LedgerEntry>
        rowKey="id"
        size="small"
        data-testid="ledger-table"
        loading={entries.loading}
        columns={columns}
        dataSource={entries.data?.items ?? []}
        locale={{ emptyText: t('ledger.empty') }}
        rowClassName={(e) => (e.voided ? 'ledger-voided' : '')}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (e) => (
            <Attachments
              path={`/api/ledger/${e.id}/attachments`}
              testId={`attachments-${e.id}`}
              canUpload={canEnter && !e.voided}
            />
          ),
        }}
      />
      <VoidDialog
        entry={voiding}
        onClose={(voided) => {
          setVoiding(null);
          if (voided) changed();
        }}
      />
    </Space>
  );
}
