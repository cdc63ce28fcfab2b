/** Columns of the task table; the row being edited shows an owner picker and a date picker. */
import { Button, DatePicker, Form, Progress, Select, Space, Typography } from 'antd';
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
  people: Ref[];
  /** Only administrators change tasks (task.policy): others get no edit column. */
  canEdit: boolean;
  editing: TaskRow | null;
  saving: boolean;
  onEdit: (task: TaskRow) => void;
  onSave: () => void;
  onCancel: () => void;
}

const names = (refs: Ref[]) => refs.map((r) => r.name).join('、');

function order(c: ColumnContext, key: TaskQuery['sort']) {
  if (c.query.sort !== key) return null;
  return c.query.order === 'desc' ? 'descend' : 'ascend';
}

function ownerCell(c: ColumnContext, task: TaskRow) {
  if (c.editing?.id !== task.id) return names(task.owners) || task.owner?.name;
  return (
    <Form.Item name="ownerPersonId" noStyle>
      <Select
        showSearch
        optionFilterProp="label"
        aria-label={c.t('editOwner', { no: task.no })}
        style={{ width: '100%', minWidth: 96 }}
        options={c.people.map((p) => ({ value: p.id, label: p.name }))}
      />
    </Form.Item>
  );
}

function dueCell(c: ColumnContext, task: TaskRow) {
  if (c.editing?.id === task.id)
    return (
      <Form.Item name="dueDate" noStyle>
        <DatePicker
          aria-label={c.t('editDue', { no: task.no })}
          style={{ width: '100%' }}
          suffixIcon={null}
        />
      </Form.Item>
    );
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

function actionCell(c: ColumnContext, task: TaskRow) {
  if (c.editing?.id !== task.id)
    return (
      <Button size="small" onClick={() => c.onEdit(task)} disabled={c.editing !== null}>
        {c.t('edit')}
      </Button>
    );
  return (
    <Space size={4}>
      <Button size="small" type="primary" onClick={c.onSave} loading={c.saving}>
        {c.t('save')}
      </Button>
      <Button size="small" onClick={c.onCancel}>
        {c.t('cancel')}
      </Button>
    </Space>
  );
}

function actionsColumn(c: ColumnContext): TableColumnsType<TaskRow>[number] {
  return {
    key: 'actions',
    title: c.t('actions', { ns: sharedNs }),
    width: 124,
    render: (_, task) => actionCell(c, task),
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
      width: 64,
      sorter: true,
      sortOrder: order(c, 'no'),
    },
    {
      key: 'content',
      title: c.t('content'),
      render: (_, task) => <Link to={`/tasks/${task.id}`}>{task.content}</Link>,
    },
    {
      key: 'owner',
      title: c.t('owner'),
      width: 100,
      sorter: true,
      sortOrder: order(c, 'owner'),
      render: (_, task) => ownerCell(c, task),
    },
    {
      key: 'department',
      title: c.t('department'),
      width: 120,
      sorter: true,
      sortOrder: order(c, 'department'),
      filters: groups(c.dashboard?.byDepartment),
      filterMultiple: false,
      filteredValue: c.query.departmentId ? [c.query.departmentId] : null,
      render: (_, task) => names(task.leadDepartments) || task.department?.name,
    },
    {
      key: 'leader',
      title: c.t('leader'),
      width: 96,
      filters: groups(c.dashboard?.byLeader),
      filterMultiple: false,
      filteredValue: c.query.leaderId ? [c.query.leaderId] : null,
      render: (_, task) => task.leader?.name,
    },
    {
      key: 'due',
      title: c.t('due'),
      width: 130,
      sorter: true,
      sortOrder: order(c, 'due'),
      render: (_, task) => dueCell(c, task),
    },
    {
      key: 'progress',
      title: c.t('progress'),
      width: 130,
      render: (_, task) => progressCell(c, task),
    },
    {
      key: 'light',
      title: c.t('light'),
      width: 90,
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
