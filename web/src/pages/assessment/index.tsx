/**
 * 考核结果: a plan's year-end assessment per department (and per subordinate unit) as of the
 * 统计日期 — the work score, the deductions for overdue tasks and missing reports, bonuses, the
 * total and the rank — with a chart of the totals and the same results as .xlsx and .docx.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload } from '../../api/client';
import { useApi } from '../../api/useApi';
import { errorText, useErrorReporter } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { AsOfPicker, useAsOf } from '../../components/as-of';
import { assessmentNs } from './messages';
import { ScoreChart } from './ScoreChart';
import { ScoreTable } from './ScoreTable';
import type { Assessment } from './types';

export default function AssessmentPage() {
  const { t } = useTranslation(assessmentNs);
  const choice = usePlanChoice();
  const planId = choice.plan?.id;
  const [asOf, setAsOf] = useAsOf();
  const result = useApi<Assessment>(planId ? `/api/plans/${planId}/assessment` : null, { asOf });
  const a = result.data?.planId === planId ? result.data : undefined;
  const [downloading, setDownloading] = useState<'xlsx' | 'docx' | null>(null);
  const report = useErrorReporter();

  const download = async (kind: 'xlsx' | 'docx') => {
    if (!planId) return;
    setDownloading(kind);
    try {
      await apiDownload(`/api/plans/${planId}/assessment.${kind}`, { asOf });
    } catch (err) {
      report(err);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <div className="page-heading">
            <Typography.Title level={3}>{t('title')}</Typography.Title>
            <PlanPicker choice={choice} />
            {planId && <AsOfPicker effective={a?.asOf} onChange={setAsOf} />}
          </div>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
          {a && (
            <div className="page-heading" data-testid="assessment-scheme">
              <Typography.Text>
                {a.scheme.stored
                  ? t('scheme.stored', { version: a.scheme.version })
                  : t('scheme.default')}
                {'；'}
                {t('scheme.rules', {
                  overdue: a.scheme.overdueDeduction,
                  missing: a.scheme.missingReportDeduction,
                })}
              </Typography.Text>
              <Space wrap>
                <Button
                  icon={<DownloadOutlined />}
                  loading={downloading === 'xlsx'}
                  onClick={() => void download('xlsx')}
                >
                  {t('xlsx')}
                </Button>
                <Button
                  icon={<DownloadOutlined />}
                  loading={downloading === 'docx'}
                  onClick={() => void download('docx')}
                >
                  {t('docx')}
                </Button>
              </Space>
            </div>
          )}
        </Space>
      </Card>
      {result.error ? (
        <Alert type="error" showIcon title={errorText(result.error)} />
      ) : !a ? (
        planId && <Spin />
      ) : (
        <>
          <Card title={t('departments', { count: a.departments.length })} size="small">
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              {a.departments.length > 0 && <ScoreChart scores={a.departments} label={t('chart')} />}
              <ScoreTable scores={a.departments} unitLabel={t('unit')} testId="department-scores" />
            </Space>
          </Card>
          {a.units.length > 0 && (
            <Card title={t('units', { count: a.units.length })} size="small">
              <ScoreTable scores={a.units} unitLabel={t('unitName')} testId="unit-scores" />
            </Card>
          )}
        </>
      )}
    </Space>
  );
}
