/**
 * The notice's metadata (文号, title, recipients, date, 抄报) and the importer's warnings, each
 * marked corrected when the plan's key task and table row no longer disagree.
 */
import { Alert, Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskRow } from '../../api/types';
import { currentLanguage } from '../../i18n';
import { isResolved } from '../import/warnings';
import { planNs } from './messages';
import type { PlanDetail } from './types';

export function NoticeCard({ plan, tasks }: { plan: PlanDetail; tasks: TaskRow[] }) {
  const { t } = useTranslation(planNs);
  const n = plan.notice;
  const none = t('none');
  const warnings = plan.warnings.map((w) => ({
    w,
    resolved: isResolved(w, plan.keyTasks, tasks),
  }));
  return (
    <Card title={t('notice')} size="small">
      <Descriptions
        size="small"
        column={{ xs: 1, lg: 2, xxl: 3 }}
        data-testid="notice"
        items={[
          { key: 'doc', label: t('docNumber'), children: n.docNumber ?? none },
          { key: 'title', label: t('noticeTitle'), children: n.title ?? plan.title, span: 2 },
          { key: 'to', label: t('recipients'), children: n.recipients.join('；') || none, span: 2 },
          { key: 'date', label: t('issueDate'), children: n.issueDate ?? none },
          { key: 'cc', label: t('copyTo'), children: n.copyTo.join('、') || none },
          { key: 'year', label: t('year'), children: plan.year },
          { key: 'state', label: t('state'), children: <Tag>{t(`states.${plan.state}`)}</Tag> },
          { key: 'source', label: t('source'), children: plan.sourceName ?? none },
        ]}
      />
      {warnings.length > 0 && (
        <Alert
          type={warnings.every((x) => x.resolved) ? 'success' : 'warning'}
          showIcon
          style={{ marginTop: 12 }}
          message={t('warnings')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {warnings.map(({ w, resolved }) => (
                <li key={w.about} data-resolved={resolved}>
                  {currentLanguage() === 'en' ? w.why : w.whyZh}
                  {resolved && (
                    <Tag color="success" style={{ marginInlineStart: 8 }}>
                      {t('corrected')}
                    </Tag>
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}
