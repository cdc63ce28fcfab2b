/**
 * The plan as issued: notice metadata, sections → items, key tasks, and the links between them.
 * Each key task's tasks carry their light as of the 统计日期, which the task table opens with too.
 */
import { Alert, Button, Col, Row, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiUrl } from '../../api/client';
import type { Page, TaskRow } from '../../api/types';
import { useApi } from '../../api/useApi';
import { errorText } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { AsOfPicker, useAsOf } from '../../components/as-of';
import { KeyTasks } from './KeyTasks';
import { NoticeCard } from './NoticeCard';
import { Outline } from './Outline';
import { planNs } from './messages';
import type { PlanDetail } from './types';

export default function PlanPage() {
  const { t } = useTranslation(planNs);
  const navigate = useNavigate();
  const choice = usePlanChoice();
  const planId = choice.plan?.id;
  const [asOf, setAsOf] = useAsOf();
  const { data: plan, error, loading } = useApi<PlanDetail>(planId ? `/api/plans/${planId}` : null);
  const tasks = useApi<Page<TaskRow> & { asOf?: string }>(
    planId ? `/api/plans/${planId}/tasks` : null,
    { limit: 500, asOf },
  );
  const rows = tasks.data?.items ?? [];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div className="page-heading">
        <Typography.Title level={3}>{plan?.title ?? t('title')}</Typography.Title>
        <PlanPicker choice={choice} />
        {planId && (
          <AsOfPicker
            effective={asOf ?? tasks.data?.asOf ?? plan?.defaultAsOf}
            onChange={setAsOf}
          />
        )}
        {planId && (
          <Button onClick={() => void navigate(apiUrl('/tasks', { plan: planId, asOf }))}>
            {t('openTasks')}
          </Button>
        )}
      </div>
      {error ? <Alert type="error" showIcon message={errorText(error)} /> : null}
      {!plan && loading && <Spin />}
      {plan && (
        <>
          <NoticeCard plan={plan} tasks={rows} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xxl={14}>
              <Outline plan={plan} />
            </Col>
            <Col xs={24} xxl={10}>
              <KeyTasks plan={plan} tasks={rows} asOf={asOf} />
            </Col>
          </Row>
        </>
      )}
    </Space>
  );
}
