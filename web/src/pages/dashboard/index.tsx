/**
 * 工作台: the chosen plan at a glance — completion, lights by department and by leader, what is
 * overdue or behind, whose report is missing this month, indicator progress. Leaders and owners
 * see their own tasks first.
 */
import { Alert, Card, Col, Progress, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page, TaskRow } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useUser } from '../../app/auth';
import { errorText } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { AsOfPicker, useAsOf } from '../../components/as-of';
import { LightTag } from '../../components/LightTag';
import { LightsChart } from './LightsChart';
import { dashboardNs } from './messages';
import { TaskList, type ListedTask } from './TaskList';
import type { Dashboard } from './types';

const behindReasons = new Set(['behind', 'far_behind', 'milestone_overdue']);

function listed(task: TaskRow): ListedTask {
  return {
    taskId: task.id,
    no: task.no,
    content: task.content,
    owner: task.owners.map((o) => o.name).join('、') || null,
    note: <LightTag light={task.light.light} reason={task.light.reason} />,
  };
}

function MyTasks({ tasks, asOf }: { tasks: TaskRow[]; asOf: string | undefined }) {
  const { t } = useTranslation(dashboardNs);
  const user = useUser();
  if (user.personId === null || (user.role !== 'leader' && user.role !== 'owner')) return null;
  const mine = tasks.filter((task) =>
    user.role === 'leader'
      ? task.leader?.id === user.personId
      : task.owners.some((o) => o.id === user.personId),
  );
  return (
    <Card title={t(`mine.${user.role}`)} size="small" data-testid="my-tasks">
      <TaskList tasks={mine.map(listed)} testId="my-task-list" asOf={asOf} />
    </Card>
  );
}

function Summary({ d }: { d: Dashboard }) {
  const { t } = useTranslation(dashboardNs);
  return (
    <Card size="small">
      <Row gutter={[24, 12]} align="middle" data-testid="summary">
        <Col flex="none">
          <Progress type="circle" size={88} percent={Math.round(d.completionRate * 100)} />
        </Col>
        <Col flex="auto">
          <Space size={32} wrap>
            <Statistic title={t('total')} value={d.total} />
            <Statistic title={t('done')} value={d.done} />
            <Statistic
              title={t('completionRate')}
              value={Math.round(d.completionRate * 1000) / 10}
              suffix="%"
            />
            {(['green', 'yellow', 'red'] as const).map((light) => (
              <Statistic
                key={light}
                title={<LightTag light={light} />}
                value={d.byLight[light]}
                data-testid={`count-${light}`}
              />
            ))}
          </Space>
        </Col>
      </Row>
    </Card>
  );
}

function Lists(props: { d: Dashboard; tasks: TaskRow[]; asOf: string | undefined }) {
  const { d, tasks } = props;
  const { t } = useTranslation(dashboardNs);
  const overdue = d.overdue.map((task) => ({
    ...task,
    owner: task.owner?.name ?? null,
    note: <Tag color="red">{t('daysOverdue', { count: task.daysOverdue })}</Tag>,
  }));
  const behind = tasks.filter((task) => behindReasons.has(task.light.reason)).map(listed);
  const missing = d.withoutReportThisMonth.map((task) => ({
    ...task,
    owner: task.owner?.name ?? null,
    note: task.due && (
      <Typography.Text type="secondary">{t('due', { date: task.due })}</Typography.Text>
    ),
  }));
  const indicators = d.indicatorProgress.map((p) => {
    const task = tasks.find((x) => x.id === p.taskId);
    return {
      taskId: p.taskId,
      no: p.no,
      content: task?.content ?? '',
      owner: null,
      note: (
        <Progress
          percent={Math.round(p.leastProgress * 100)}
          size="small"
          style={{ width: 140, margin: 0 }}
          aria-label={t('indicators')}
        />
      ),
    };
  });
  const cards: [string, ListedTask[], string][] = [
    [t('overdue'), overdue, 'overdue'],
    [t('behind'), behind, 'behind'],
    [t('missingReports'), missing, 'missing-reports'],
    [t('indicators'), indicators, 'indicator-progress'],
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map(([title, list, id]) => (
        <Col key={id} xs={24} xl={12}>
          <Card
            title={t('withCount', { title, count: list.length })}
            size="small"
            className="dashboard-list"
          >
            <TaskList tasks={list} testId={id} asOf={props.asOf} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation(dashboardNs);
  const choice = usePlanChoice();
  const planId = choice.plan?.id;
  const [asOf, setAsOf] = useAsOf();
  const dashboard = useApi<Dashboard>(planId ? `/api/plans/${planId}/dashboard` : null, { asOf });
  const tasks = useApi<Page<TaskRow>>(planId ? `/api/plans/${planId}/tasks` : null, {
    limit: 500,
    asOf,
  });
  const d = dashboard.data;
  const rows = tasks.data?.items ?? [];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div className="page-heading">
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <PlanPicker choice={choice} />
        {planId && <AsOfPicker effective={asOf ?? d?.asOf ?? d?.today} onChange={setAsOf} />}
      </div>
      {dashboard.error ? (
        <Alert type="error" showIcon message={errorText(dashboard.error)} />
      ) : null}
      {!d && (dashboard.loading || choice.loading) && <Spin />}
      {d && (
        <>
          <MyTasks tasks={rows} asOf={asOf} />
          <Summary d={d} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Card title={t('byDepartment')} size="small">
                <LightsChart groups={d.byDepartment} label={t('byDepartment')} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={t('byLeader')} size="small">
                <LightsChart groups={d.byLeader} label={t('byLeader')} />
              </Card>
            </Col>
          </Row>
          <Lists d={d} tasks={rows} asOf={asOf} />
        </>
      )}
    </Space>
  );
}
