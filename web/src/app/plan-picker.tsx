/**
 * The plan a page works on: `?plan=<id>` in the address, else the last one chosen (localStorage),
 * else the newest plan the user can see. PlanPicker switches it.
 */
import { Alert, Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Page, PlanSummary } from '../api/types';
import { useApi } from '../api/useApi';
import { appNs } from './messages';

const storageKey = 'duban.plan';

export interface PlanChoice {
  plans: PlanSummary[];
  plan: PlanSummary | undefined;
  loading: boolean;
  choose: (id: number) => void;
}

export function usePlanChoice(): PlanChoice {
  const [params, setParams] = useSearchParams();
  const { data, loading } = useApi<Page<PlanSummary>>('/api/plans', { limit: 100 });
  const plans = data?.items ?? [];
  const wanted = Number(params.get('plan') ?? localStorage.getItem(storageKey) ?? NaN);
  const plan = plans.find((p) => p.id === wanted) ?? newest(plans);
  const choose = (id: number) => {
    localStorage.setItem(storageKey, String(id));
    const next = new URLSearchParams(params);
    next.set('plan', String(id));
    setParams(next);
  };
  return { plans, plan, loading, choose };
}

function newest(plans: PlanSummary[]): PlanSummary | undefined {
  return [...plans].sort((a, b) => b.year - a.year || b.id - a.id)[0];
}

export function PlanPicker({ choice }: { choice: PlanChoice }) {
  const { t } = useTranslation(appNs);
  if (choice.loading && !choice.plan) return <Spin size="small" />;
  if (!choice.plan) return <Alert type="info" message={t('noPlans')} showIcon />;
  return (
    <Select
      aria-label={t('choosePlan')}
      value={choice.plan.id}
      onChange={choice.choose}
      style={{ minWidth: 280, maxWidth: '100%' }}
      options={choice.plans.map((p) => ({ value: p.id, label: `${p.year} · ${p.title}` }))}
      data-testid="plan-picker"
    />
  );
}
