/**
 * The same notice imported twice: plans already in the system with the notice's 文号, or with its
 * title and year. The preview names them when the file is uploaded; a draft reopened later finds
 * them in the plan list. The wizard warns at review and asks again before publishing.
 */
import { Alert, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Page, PlanSummary } from '../../api/types';
import { useApi } from '../../api/useApi';
import { importNs } from './messages';
import type { DuplicatePlan, PlanDetail, Preview } from './types';

type Listed = PlanSummary & { createdAt?: string | null };

/** The preview's duplicates, or — for a reopened draft, without a preview — those in the plan list. */
export function useDuplicates(
  plan: PlanDetail | undefined,
  preview: Preview | null,
): DuplicatePlan[] {
  const given = preview?.duplicates;
  const listed = useApi<Page<Listed>>(given ? null : '/api/plans', { limit: 100 });
  if (!plan) return [];
  if (given) return given.filter((d) => d.id !== plan.id);
  const docNumber = plan.notice.docNumber;
  return (listed.data?.items ?? [])
    .filter(
      (p) =>
        p.id !== plan.id &&
        ((docNumber !== null && p.notice.docNumber === docNumber) ||
          (p.title === plan.title && p.year === plan.year)),
    )
    .map((p) => ({
      id: p.id,
      title: p.title,
      docNumber: p.notice.docNumber,
      year: p.year,
      state: p.state,
      createdAt: p.createdAt ?? null,
    }));
}

export function DuplicateList({ duplicates }: { duplicates: DuplicatePlan[] }) {
  const { t } = useTranslation(importNs);
  return (
    <ul className="import-duplicates">
      {duplicates.map((d) => (
        <li key={d.id} data-testid={`duplicate-${d.id}`}>
          {/* A plain link: the confirmation dialog renders outside the router. */}
          <a href={`/plan?plan=${d.id}`} target="_blank" rel="noreferrer">
            《{d.title}》
          </a>
          <Typography.Text type="secondary">
            {[
              d.docNumber ?? t('duplicates.noDocNumber'),
              t('duplicates.year', { year: d.year }),
              t(`duplicates.states.${d.state}`),
              d.createdAt
                ? t('duplicates.createdAt', { date: dayjs(d.createdAt).format('YYYY-MM-DD') })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

export function DuplicateWarning({ duplicates }: { duplicates: DuplicatePlan[] }) {
  const { t } = useTranslation(importNs);
  if (duplicates.length === 0) return null;
  return (
    <Alert
      className="import-duplicate-warning"
      type="warning"
      showIcon
      title={t('duplicates.title', { count: duplicates.length })}
      description={
        <>
          <DuplicateList duplicates={duplicates} />
          {t('duplicates.advice')}
        </>
      }
    />
  );
}
