/**
 * 月结 (administrators): the twelve months of the chosen plan's year with their state — 已月结,
 * 可月结 (begun and not closed) or 未到期 — and closing one after a confirmation. The server
 * decides (POST /api/months/:month/close); its refusal is shown as it words it.
 */
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { errorText } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { monthsNs } from './messages';

interface MonthClose {
  month: string;
  closedBy: number | null;
  closedAt: string;
}

type State = 'closed' | 'open' | 'future';

interface Row {
  month: string;
  state: State;
  closedAt: string | null;
}

const stateColors: Record<State, string> = { closed: 'green', open: 'blue', future: 'default' };

function monthsOf(year: number, closes: MonthClose[], currentMonth: string): Row[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const closed = closes.find((c) => c.month === month);
    const state: State = closed ? 'closed' : month > currentMonth ? 'future' : 'open';
    return { month, state, closedAt: closed?.closedAt ?? null };
  });
}

export default function MonthsPage() {
  const { t } = useTranslation(monthsNs);
  const { message, modal } = App.useApp();
  const choice = usePlanChoice();
  const year = choice.plan?.year;
  const closes = useApi<Page<MonthClose>>('/api/months');
  const [busy, setBusy] = useState<string | null>(null);
  const rows = year ? monthsOf(year, closes.data?.items ?? [], dayjs().format('YYYY-MM')) : [];
  const name = (month: string) => ({ year: month.slice(0, 4), month: Number(month.slice(5)) });

  const close = async (month: string) => {
    setBusy(month);
    try {
      await apiFetch(`/api/months/${month}/close`, { method: 'POST' });
      void message.success(t('done', name(month)));
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setBusy(null);
      closes.reload();
    }
  };
  const ask = (month: string) => {
    modal.confirm({
      title: t('confirmTitle', name(month)),
      content: t('confirmContent', name(month)),
      okText: t('confirm'),
      cancelText: t('cancel'),
      okButtonProps: { danger: true },
      onOk: () => close(month),
    });
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <div className="page-heading">
            <Typography.Title level={3}>{t('title')}</Typography.Title>
            <PlanPicker choice={choice} />
          </div>
          <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 880 }}>
            {t('intro')}
          </Typography.Paragraph>
        </Space>
      </Card>
      {year && (
        <Card
          size="small"
          title={t('summary', {
            year,
            closed: rows.filter((r) => r.state === 'closed').length,
            open: rows.filter((r) => r.state === 'open').length,
          })}
        >
          <Table<Row>
            data-testid="months"
            size="small"
            rowKey="month"
            loading={closes.loading}
            pagination={false}
            dataSource={rows}
            rowClassName={(r) => `month-${r.month}`}
            columns={[
              { title: t('month'), width: 140, render: (_, r) => t('monthName', name(r.month)) },
              {
                title: t('state'),
                width: 120,
                render: (_, r) => (
                  <Tag color={stateColors[r.state]} data-state={r.state}>
                    {t(`states.${r.state}`)}
                  </Tag>
                ),
              },
              {
                title: t('closedAt'),
                render: (_, r) =>
                  r.closedAt ? dayjs(r.closedAt).format('YYYY-MM-DD HH:mm') : null,
              },
              {
                title: '',
                width: 110,
                render: (_, r) =>
                  r.state === 'open' && (
                    <Button
                      size="small"
                      loading={busy === r.month}
                      aria-label={`${t('close')} ${r.month}`}
                      onClick={() => ask(r.month)}
                    >
                      {t('close')}
                    </Button>
                  ),
              },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
