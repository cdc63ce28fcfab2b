/**
 * 本月填报: the owner's month on one page. For the chosen plan and month, each of the user's tasks
 * (an administrator sees everyone's, or one owner's) with its light, its indicators and how they
 * count, a form to add a ledger entry with its attachment, and the month's report to write, send,
 * or edit and send again once returned — all in place. Plan, month and owner live in the address.
 */
import { Alert, DatePicker, Empty, Select, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Page, Ref, TaskRow } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useUser } from '../../app/auth';
import { errorText } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { myMonthNs } from './messages';
import { chosenMonth, monthClosedTo, monthEnd } from './month';
import { stateColors } from './MonthReport';
import { TaskCard } from './TaskCard';
import type { ReportState } from './types';
import './my-month.css';

type MonthState = ReportState | 'none';
const monthStates: MonthState[] = ['none', 'returned', 'submitted', 'accepted'];

/** How many of the listed tasks stand at each report state this month. */
function Summary({ month, states }: { month: string; states: (MonthState | undefined)[] }) {
  const { t } = useTranslation(myMonthNs);
  if (states.length === 0 || states.some((s) => s === undefined)) return null;
  return (
    <Space size={4} wrap data-testid="month-summary">
      <Typography.Text>{t('summary', { month, total: states.length })}</Typography.Text>
      {monthStates.map((state) => {
        const count = states.filter((s) => s === state).length;
        return count === 0 ? null : (
          <Tag key={state} color={stateColors[state]}>
            {t(`report.states.${state}`)} {count}
          </Tag>
        );
      })}
    </Space>
  );
}

/** Everyone named as an owner on the plan's tasks, for an administrator to pick from. */
function ownersOf(rows: TaskRow[]): Ref[] {
  const seen = new Map<number, Ref>();
  for (const row of rows) for (const o of row.owners) seen.set(o.id, o);
  return [...seen.values()];
}

export default function MyMonthPage() {
  const { t } = useTranslation(myMonthNs);
  const user = useUser();
  const admin = user.role === 'admin';
  const choice = usePlanChoice();
  const plan = choice.plan;
  const [params, setParams] = useSearchParams();
  const month = plan ? chosenMonth(params.get('month'), plan.year) : undefined;
  const pickedOwner = Number(params.get('owner') ?? NaN);
  const ownerId = admin ? (Number.isInteger(pickedOwner) ? pickedOwner : undefined) : user.personId;
  const asOf = month ? monthEnd(month) : undefined;

  const tasks = useApi<Page<TaskRow>>(
    plan && month && ownerId !== null ? `/api/plans/${plan.id}/tasks` : null,
    { limit: 500, ownerId, asOf },
  );
  const everyone = useApi<Page<TaskRow>>(admin && plan ? `/api/plans/${plan.id}/tasks` : null, {
    limit: 500,
  });

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const [states, setStates] = useState<Record<string, MonthState>>({});
  const onReportState = useCallback(
    (taskId: number, state: MonthState) =>
      setStates((all) => ({ ...all, [`${month}:${taskId}`]: state })),
    [month],
  );

  const rows = tasks.data?.items ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="my-month">
      <div className="page-heading">
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <PlanPicker choice={choice} />
        {plan && month && (
          <Space size={4}>
            <Typography.Text type="secondary">{t('month')}</Typography.Text>
            <DatePicker
              picker="month"
              aria-label={t('month')}
              value={dayjs(`${month}-01`)}
              disabledDate={monthClosedTo(plan.year)}
              allowClear={false}
              onChange={(d) => setParam('month', d ? d.format('YYYY-MM') : undefined)}
              data-testid="month-picker"
            />
          </Space>
        )}
        {admin && (
          <Select
            aria-label={t('owner')}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('allOwners')}
            value={ownerId}
            onChange={(v: number | undefined) => setParam('owner', v ? String(v) : undefined)}
            options={ownersOf(everyone.data?.items ?? []).map((o) => ({
              value: o.id,
              label: o.name,
            }))}
            style={{ minWidth: 160 }}
            data-testid="owner-picker"
          />
        )}
      </div>
      <Space size={16} wrap>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
        {month && tasks.data && (
          <Summary month={month} states={rows.map((r) => states[`${month}:${r.id}`])} />
        )}
      </Space>
      {ownerId === null && <Alert type="warning" showIcon message={t('noPerson')} />}
      {tasks.error ? <Alert type="error" showIcon message={errorText(tasks.error)} /> : null}
      {(choice.loading || tasks.loading) && !tasks.data && <Spin />}
      {tasks.data && rows.length === 0 && (
        <Empty description={t('noTasks')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      {plan &&
        month &&
        rows.map((row) => (
          <TaskCard
            key={`${row.id}-${month}-${asOf ?? ''}`}
            row={row}
            month={month}
            year={plan.year}
            asOf={asOf}
            onReportState={onReportState}
          />
        ))}
    </Space>
  );
}
