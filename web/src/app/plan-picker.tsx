/**
 * The plan a page works on: `?plan=<id>` in the address, else the last one chosen (localStorage),
 * else the newest plan the user can see. PlanPicker switches it; each entry shows its 文号, state
 * and the day it was created, so two plans of the same title (a notice imported twice) differ.
 */
import { Alert, Select, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAddressParams } from '../components/address';
import type { Page, PlanSummary } from '../api/types';
import { useApi } from '../api/useApi';
import { registerMessages } from '../i18n';
import { appNs } from './messages';

const storageKey = 'duban.plan';

const pickerNs = registerMessages('planPicker', {
  'zh-CN': {
    states: { draft: '草稿', published: '已发布', closed: '已关闭' },
    created: '{{date}}创建',
    noDocNumber: '无文号',
  },
  en: {
    states: { draft: 'Draft', published: 'Published', closed: 'Closed' },
    created: 'created {{date}}',
    noDocNumber: 'no document number',
  },
});

/** A plan as GET /api/plans lists it, with the day it was created. */
export type ListedPlan = PlanSummary & { createdAt?: string };

export interface PlanChoice {
  plans: ListedPlan[];
  plan: ListedPlan | undefined;
  loading: boolean;
  choose: (id: number) => void;
}

export function usePlanChoice(): PlanChoice {
  const [params, editParams] = useAddressParams();
  const { data, loading } = useApi<Page<ListedPlan>>('/api/plans', { limit: 100 });
  const plans = data?.items ?? [];
  const wanted = Number(params.get('plan') ?? localStorage.getItem(storageKey) ?? NaN);
  const plan = plans.find((p) => p.id === wanted) ?? newest(plans);
  const choose = (id: number) => {
    localStorage.setItem(storageKey, String(id));
    editParams((now) => {
      now.set('plan', String(id));
      // Another plan has another year and other pages: its own default day, its first page.
      now.delete('asOf');
      now.delete('page');
    });
  };
  return { plans, plan, loading, choose };
}

function newest(plans: PlanSummary[]): PlanSummary | undefined {
  return [...plans].sort((a, b) => b.year - a.year || b.id - a.id)[0];
}

const createdDay = (p: ListedPlan) =>
  p.createdAt ? dayjs(p.createdAt).format('YYYY-MM-DD') : null;

export function PlanPicker({ choice }: { choice: PlanChoice }) {
  const { t } = useTranslation(appNs);
  const { t: pt } = useTranslation(pickerNs);
  if (choice.loading && !choice.plan) return <Spin size="small" />;
  if (!choice.plan) return <Alert type="info" message={t('noPlans')} showIcon />;
  const named = (p: ListedPlan) => `${p.year} · ${p.title}`;
  const details = (p: ListedPlan) => {
    const day = createdDay(p);
    return [
      p.notice.docNumber ?? pt('noDocNumber'),
      pt(`states.${p.state}`),
      ...(day ? [pt('created', { date: day })] : []),
    ].join(' · ');
  };
  // Plans that share a year and title carry their details in the chosen label too.
  const shared = (p: ListedPlan) =>
    choice.plans.some((o) => o.id !== p.id && named(o) === named(p));
  return (
    <Select
      aria-label={t('choosePlan')}
      value={choice.plan.id}
      onChange={choice.choose}
      style={{ minWidth: 280, maxWidth: '100%' }}
      popupMatchSelectWidth={360}
      options={choice.plans.map((p) => ({
        value: p.id,
        label: shared(p) ? `${named(p)}（${details(p)}）` : named(p),
        title: named(p),
        details: details(p),
      }))}
      optionRender={(o) => (
        <div className="plan-option" data-testid={`plan-option-${o.value}`}>
          <div>{o.data.title}</div>
          <Typography.Text type="secondary" className="plan-option-details">
            {o.data.details}
          </Typography.Text>
        </div>
      )}
      data-testid="plan-picker"
    />
  );
}
