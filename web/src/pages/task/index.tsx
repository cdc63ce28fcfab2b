/**
 * One task: who answers for it, its indicators (actual against target), the ledger behind them,
 * the monthly progress reports with review, and the audit history.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { useUser } from '../../app/auth';
import { errorText } from '../../app/errors';
import { LightTag } from '../../components/LightTag';
import { History } from './History';
import { Indicators } from './Indicators';
import { Ledger } from './Ledger';
import { taskNs } from './messages';
import { Reports } from './Reports';
import { TaskFacts } from './TaskFacts';
import type { TaskDetail } from './types';

export default function TaskPage() {
  const { t } = useTranslation(taskNs);
  const { id } = useParams();
  const navigate = useNavigate();
  const user = useUser();
  const { data: task, error, loading, reload } = useApi<TaskDetail>(`/api/tasks/${Number(id)}`);

  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  if (!task) return loading ? <Spin /> : null;

  const admin = user.role === 'admin';
  const canReport = admin || task.owners.some((o) => o.id === user.personId);
  const canReview = admin || (task.leader !== null && task.leader.id === user.personId);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => void navigate(`/tasks?plan=${task.planId}`)}
        style={{ padding: 0 }}
      >
        {t('back')}
      </Button>
      <div className="page-heading">
        <Typography.Title level={3} data-testid="task-title">
          {t('taskNo', { no: task.no })} {task.content}
        </Typography.Title>
        <LightTag light={task.light.light} reason={task.light.reason} />
      </div>
      <TaskFacts task={task} />
      <Indicators indicators={task.indicators} />
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'ledger',
              label: t('tabs.ledger'),
              children: (
                <Ledger
                  indicators={task.indicators}
                  due={task.deadline.due}
                  canEnter={canReport}
                  onChanged={reload}
                />
              ),
            },
            {
              key: 'reports',
              label: t('tabs.reports'),
              children: <Reports taskId={task.id} canSubmit={canReport} canReview={canReview} />,
            },
            { key: 'history', label: t('tabs.history'), children: <History taskId={task.id} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
