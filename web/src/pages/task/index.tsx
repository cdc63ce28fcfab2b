/**
 * One task, as of a day (统计日期): who answers for it, its indicators (actual against target),
 * the ledger behind them, the monthly progress reports with review, the milestones (时间节点),
 * extension requests (延期) and completion requests (办结), and the audit history.
 */
import { ArrowLeftOutlined, CheckCircleOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Space, Spin, Tabs, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useUser } from '../../app/auth';
import { errorText } from '../../app/errors';
import { AsOfPicker, useAsOf } from '../../components/as-of';
import { LightTag } from '../../components/LightTag';
import {
  CompletionApplyDialog,
  CompletionDecisionDialog,
  CompletionList,
  CompletionPending,
} from './Completion';
import {
  ExtensionDecisionDialog,
  ExtensionList,
  ExtensionPending,
  ExtensionRequestDialog,
  originalDue,
} from './Extensions';
import { History } from './History';
import { Indicators } from './Indicators';
import { Ledger } from './Ledger';
import { taskNs } from './messages';
import { Milestones } from './Milestones';
import { Reports } from './Reports';
import { TaskFacts } from './TaskFacts';
import type { CompletionRequest, Extension, TaskDetail } from './types';

type Dialog =
  | { kind: 'apply' }
  | { kind: 'extend' }
  | { kind: 'completion'; request: CompletionRequest; action: 'confirm' | 'return' }
  | { kind: 'extension'; request: Extension; action: 'approve' | 'reject' };

/** The plan's year: from the task's period, else its dates, else this year. */
function planYear(task: TaskDetail): number {
  const day = task.period?.start ?? task.deadline.due ?? task.deadline.start;
  return day ? Number(day.slice(0, 4)) : dayjs().year();
}

/** Back to where the user came from (the task table keeps its search), else to the plan's table. */
function useBack(planId: number | undefined): { label: 'back' | 'backToTable'; go: () => void } {
  const navigate = useNavigate();
  const location = useLocation();
  const inApp = location.key !== 'default';
  return {
    label: inApp ? 'back' : 'backToTable',
    go: () => void (inApp ? navigate(-1) : navigate(`/tasks?plan=${planId ?? ''}`)),
  };
}

export default function TaskPage() {
  const { t } = useTranslation(taskNs);
  const { message } = App.useApp();
  const { id } = useParams();
  const taskId = Number(id);
  const user = useUser();
  const [asOf, setAsOf] = useAsOf();
  const taskApi = useApi<TaskDetail>(`/api/tasks/${taskId}`, { asOf });
  const extensions = useApi<Page<Extension>>(`/api/tasks/${taskId}/extensions`, { limit: 100 });
  const completions = useApi<Page<CompletionRequest>>(`/api/tasks/${taskId}/completion-requests`, {
    limit: 100,
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const task = taskApi.data;
  const back = useBack(task?.planId);

  if (taskApi.error) return <Alert type="error" showIcon message={errorText(taskApi.error)} />;
  if (!task) return taskApi.loading ? <Spin /> : null;

  const reload = () => {
    taskApi.reload();
    extensions.reload();
    completions.reload();
  };
  const closed = (saved: unknown, done?: string) => {
    setDialog(null);
    if (!saved) return;
    if (done) void message.success(done);
    reload();
  };

  const year = planYear(task);
  const admin = user.role === 'admin';
  const isOwner = task.owners.some((o) => o.id === user.personId);
  const canReport = admin || isOwner;
  const canReview = admin || (task.leader !== null && task.leader.id === user.personId);
  const open = task.status !== 'done';
  const extensionItems = extensions.data?.items ?? [];
  const completionItems = completions.data?.items ?? [];
  const pendingExtension = extensionItems.find((e) => e.state === 'pending');
  const pendingCompletion = completionItems.find((c) => c.state === 'pending');
  const due = task.deadline.due;
  const duePassed = due !== null && dayjs().isAfter(due, 'day');
  // Days overdue as of the day the page counts as of, not today.
  const countedAsOf = dayjs(task.asOf ?? asOf);
  const daysOverdue = open && due !== null ? countedAsOf.diff(dayjs(due), 'day') : 0;
  const count = (n: number) => (n > 0 ? <Badge count={n} color="blue" size="small" /> : null);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Button type="link" icon={<ArrowLeftOutlined />} onClick={back.go} style={{ padding: 0 }}>
          {t(back.label)}
        </Button>
        <AsOfPicker effective={task.asOf ?? asOf} onChange={setAsOf} />
      </Space>
      <div className="page-heading">
        <Typography.Title level={3} data-testid="task-title">
          {t('taskNo', { no: task.no })} {task.content}
        </Typography.Title>
        <span data-testid="task-light">
          <LightTag light={task.light.light} reason={task.light.reason} />
        </span>
        {daysOverdue > 0 && (
          <Typography.Text type="danger" data-testid="task-overdue">
            {t('daysOverdue', { count: daysOverdue })}
          </Typography.Text>
        )}
        {canReport && open && (
          <Space wrap>
            <Tooltip title={pendingCompletion ? t('completion.alreadyPending') : undefined}>
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                disabled={pendingCompletion !== undefined}
                onClick={() => setDialog({ kind: 'apply' })}
              >
                {t('completion.apply')}
              </Button>
            </Tooltip>
            <Tooltip
              title={
                pendingExtension
                  ? t('extensions.alreadyPending')
                  : due === null
                    ? t('extensions.noDue')
                    : duePassed
                      ? t('extensions.duePassed')
                      : undefined
              }
            >
              <Button
                icon={<FieldTimeOutlined />}
                disabled={pendingExtension !== undefined || due === null || duePassed}
                onClick={() => setDialog({ kind: 'extend' })}
              >
                {t('extensions.request')}
              </Button>
            </Tooltip>
          </Space>
        )}
      </div>
      {pendingCompletion && (
        <CompletionPending
          request={pendingCompletion}
          canDecide={canReview}
          onDecide={(action) =>
            setDialog({ kind: 'completion', request: pendingCompletion, action })
          }
        />
      )}
      {pendingExtension && (
        <ExtensionPending
          request={pendingExtension}
          canDecide={canReview}
          onDecide={(action) => setDialog({ kind: 'extension', request: pendingExtension, action })}
        />
      )}
      <TaskFacts task={task} originalDue={originalDue(extensionItems)} />
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
                  year={year}
                  canEnter={canReport}
                  onChanged={taskApi.reload}
                />
              ),
            },
            {
              key: 'reports',
              label: t('tabs.reports'),
              children: (
                <Reports taskId={task.id} year={year} canSubmit={canReport} canReview={canReview} />
              ),
            },
            {
              key: 'milestones',
              label: t('tabs.milestones'),
              children: (
                <Milestones
                  taskId={task.id}
                  year={year}
                  canManage={admin}
                  canComplete={canReport}
                  onChanged={taskApi.reload}
                />
              ),
            },
            {
              key: 'extensions',
              label: (
                <Space size={4}>
                  {t('tabs.extensions')}
                  {count(pendingExtension ? 1 : 0)}
                </Space>
              ),
              children: <ExtensionList items={extensionItems} />,
            },
            {
              key: 'completion',
              label: (
                <Space size={4}>
                  {t('tabs.completion')}
                  {count(pendingCompletion ? 1 : 0)}
                </Space>
              ),
              children: <CompletionList items={completionItems} />,
            },
            { key: 'history', label: t('tabs.history'), children: <History taskId={task.id} /> },
          ]}
        />
      </Card>
      {dialog?.kind === 'apply' && (
        <CompletionApplyDialog taskId={task.id} onClose={(saved) => closed(saved)} />
      )}
      {dialog?.kind === 'extend' && due !== null && (
        <ExtensionRequestDialog
          taskId={task.id}
          due={due}
          onClose={(saved) => closed(saved, t('extensions.requested'))}
        />
      )}
      {dialog?.kind === 'completion' && (
        <CompletionDecisionDialog
          request={dialog.request}
          action={dialog.action}
          onClose={(saved) =>
            closed(
              saved,
              t(dialog.action === 'confirm' ? 'completion.confirmed' : 'completion.returned'),
            )
          }
          onReload={reload}
        />
      )}
      {dialog?.kind === 'extension' && (
        <ExtensionDecisionDialog
          request={dialog.request}
          action={dialog.action}
          onClose={(saved) =>
            closed(
              saved,
              t(dialog.action === 'approve' ? 'extensions.approved' : 'extensions.rejected'),
            )
          }
          onReload={reload}
        />
      )}
    </Space>
  );
}
