/**
 * Columns of the task table. Each has a fixed width except 工作任务, which takes what is left
 * but never less than `contentMinWidth`: below that the table scrolls sideways (`tableWidth`)
 * instead of squeezing the task text into one character a line. The widths let the whole table
 * fit at 1024×768 beside the collapsed menu. A person's or unit's name never breaks inside.
 */
import { Button, Progress, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { Light, Ref, TaskRow } from '../../api/types';
import { LightTag } from '../../components/LightTag';
import { sharedNs } from '../../components/messages';
import type { Dashboard } from '../dashboard/types';
import type { TaskQuery } from './query';

export interface ColumnContext {
  t: TFunction;
  lightName: (light: Light) => string;
  query: TaskQuery;
  dashboard: Dashboard | undefined;
  /** Only administrators change tasks (task.policy): others get no edit column. */
  canEdit: boolean;
  /** The link to a task page, carrying the as-of day when one was picked. */
  taskLink: (task: TaskRow) => string;
  onEdit: (task: TaskRow) => void;
}

export const contentMinWidth = 200;

const widths = {
  no: 60,
  owner: 96,
  department: 112,
  leader: 92,
  due: 108,
  progress: 108,
  light: 80,
  actions: 72,
};

/** The table's width when 工作任务 is at its minimum: narrower screens scroll sideways. */
export function tableWidth(canEdit: boolean): number {
  const fixed = Object.entries(widths)
    .filter(([key]) => canEdit || key !== 'actions')
    .reduce((sum, [, w]) => sum + w, 0);
  return fixed + contentMinWidth;
}

/** 钱吉伟、黄永伟: lines break between names, not inside one. */
function Names({ refs }: { refs: Ref[] }) {
  return refs.map((r, i) => (
    <span key={r.id} className="unbroken">
      {r.name}
      {i < refs.length - 1 ? '、' : ''}
    </span>
  ));
}

function namesOr(refs: Ref[], one: Ref | null) {
  if (refs.length > 0) return <Names refs={refs} />;
  return one?.name;
}

function order(c: ColumnContext, key: TaskQuery['sort']) {
  if (c.query.sort !== key) return null;
  return c.query.order === 'desc' ? 'descend' : 'ascend';
}

function departmentCell(c: ColumnContext, task: TaskRow) {
  const lead = namesOr(task.leadDepartments, task.department);
  if (task.coDepartments.length === 0) return lead;
  return (
    <Space direction="vertical" size={0}>
      <span>{lead}</span>
      <Typography.Text type="secondary" data-testid="co-departments">
        {c.t('coDepartmentsShort')}
        <Names refs={task.coDepartments} />
      </Typography.Text>
    </Space>
  );
}

function dueCell(task: TaskRow) {
  const { text, due } = task.deadline;
  return (
    <Space direction="vertical" size={0}>
      <span>{due}</span>
      {text && <Typography.Text type="secondary">{text}</Typography.Text>}
    </Space>
  );
}

function progressCell(c: ColumnContext, task: TaskRow) {
  const p = c.dashboard?.indicatorProgress.find((x) => x.taskId === task.id);
  if (!p) return <Typography.Text type="secondary">{c.t('noIndicator')}</Typography.Text>;
  return (
    <Progress
      percent={Math.round(p.leastProgress * 100)}
      size="small"
      aria-label={c.t('progress')}
    />
  );
}

function actionsColumn(c: ColumnContext): TableColumnsType<TaskRow>[number] {
  return {
    key: 'actions',
    title: c.t('actions', { ns: sharedNs }),
    width: widths.actions,
    render: (_, task) => (
      <Button size="small" onClick={() => c.onEdit(task)}>
        {c.t('edit')}
      </Button>
    ),
  };
}

export function taskColumns(c: ColumnContext): TableColumnsType<TaskRow> {
  const groups = (list: { id: number; name: string }[] | undefined) =>
    (list ?? []).map((g) => ({ value: g.id, text: g.name }));
  const lights: Light[] = ['done', 'green', 'yellow', 'red'];
  return [
    {
      key: 'no',
      dataIndex: 'no',
      title: c.t('no'),
      width: widths.no,
      sorter: true,
      sortOrder: order(c, 'no'),
    },
    {
      key: 'content',
      title: c.t('content'),
      render: (_, task) => <Link to={c.taskLink(task)}>{task.content}</Link>,
    },
    {
      key: 'owner',
      title: c.t('owner'),
      width: widths.owner,
      sorter: true,
      sortOrder: order(c, 'owner'),
      render: (_, task) => namesOr(task.owners, task.owner),
    },
    {
      key: 'department',
      title: c.t('department'),
      width: widths.department,
      sorter: true,
      sortOrder: order(c, 'department'),
      filters: groups(c.dashboard?.byDepartment),
      filterMultiple: false,
      filteredValue: c.query.departmentId ? [c.query.departmentId] : null,
      render: (_, task) => departmentCell(c, task),
    },
    {
      key: 'leader',
      title: c.t('leader'),
      width: widths.leader,
      filters: groups(c.dashboard?.byLeader),
      filterMultiple: false,
      filteredValue: c.query.leaderId ? [c.query.leaderId] : null,
      render: (_, task) => task.leader?.name,
    },
    {
      key: 'due',
      title: c.t('due'),
      width: widths.due,
      sorter: true,
      sortOrder: order(c, 'due'),
      render: (_, task) => dueCell(task),
    },
    {
      key: 'progress',
      title: c.t('progress'),
      width: widths.progress,
      render: (_, task) => progressCell(c, task),
    },
    {
      key: 'light',
      title: c.t('light'),
      width: widths.light,
      sorter: true,
      sortOrder: order(c, 'light'),
      filters: lights.map((l) => ({ value: l, text: c.lightName(l) })),
      filterMultiple: false,
      filteredValue: c.query.light ? [c.query.light] : null,
      render: (_, task) => <LightTag light={task.light.light} reason={task.light.reason} />,
    },
    ...(c.canEdit ? [actionsColumn(c)] : []),
  ];
}
