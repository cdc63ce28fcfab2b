/**
 * 重点工作任务表: the plan's tasks, sorted and filtered on the server, with inline editing of the
 * owner and due date. Saving sends If-Match; if someone changed the task first the server answers
 * 412 and a dialog offers to reload.
 */
import { App, Form, Input, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import type { Page, Ref, TaskRow } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useUser } from '../../app/auth';
import { useErrorReporter } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { sharedNs } from '../../components/messages';
import type { Dashboard } from '../dashboard/types';
import { taskColumns } from './columns';
import { tasksNs } from './messages';
import { apiQuery, fromTableChange, initialQuery, type TaskQuery } from './query';

interface EditFields {
  ownerPersonId: number | null;
  dueDate: Dayjs | null;
}

export default function TasksPage() {
  const { t } = useTranslation(tasksNs);
  const { t: shared } = useTranslation(sharedNs);
  const { message } = App.useApp();
  const user = useUser();
  const choice = usePlanChoice();
  const planId = choice.plan?.id;
  const [query, setQuery] = useState<TaskQuery>(initialQuery);
  const tasks = useApi<Page<TaskRow>>(
    planId ? `/api/plans/${planId}/tasks` : null,
    apiQuery(query),
  );
  const dashboard = useApi<Dashboard>(planId ? `/api/plans/${planId}/dashboard` : null);
  const people = useApi<Page<Ref>>('/api/people', { limit: 500 });
  const [form] = Form.useForm<EditFields>();
  const [editing, setEditing] = useState<TaskRow | null>(null);
  const [saving, setSaving] = useState(false);

  const { reload: reloadTasks } = tasks;
  const { reload: reloadDashboard } = dashboard;
  const reload = useCallback(() => {
    setEditing(null);
    reloadTasks();
    reloadDashboard();
  }, [reloadTasks, reloadDashboard]);
  const report = useErrorReporter(reload);

  const onEdit = useCallback(
    (task: TaskRow) => {
      form.setFieldsValue({
        ownerPersonId: task.owner?.id ?? null,
        dueDate: task.deadline.due ? dayjs(task.deadline.due) : null,
      });
      setEditing(task);
    },
    [form],
  );

  const onSave = useCallback(() => {
    if (!editing) return;
    const values = form.getFieldsValue();
    setSaving(true);
    apiFetch<TaskRow>(`/api/tasks/${editing.id}`, {
      method: 'PATCH',
      ifMatch: editing.version,
      body: {
        ownerPersonId: values.ownerPersonId,
        dueDate: values.dueDate?.format('YYYY-MM-DD') ?? null,
      },
    })
      .then((saved) => {
        void message.success(t('saved', { no: saved.no }));
        reload();
      })
      .catch((err: unknown) => report(err, form))
      .finally(() => setSaving(false));
  }, [editing, form, message, t, reload, report]);

  const columns = useMemo(
    () =>
      taskColumns({
        t,
        lightName: (l) => shared(`light.${l}`),
        query,
        dashboard: dashboard.data,
        people: people.data?.items ?? [],
        canEdit: user.role === 'admin',
        editing,
        saving,
        onEdit,
        onSave,
        onCancel: () => setEditing(null),
      }),
    [t, shared, query, dashboard.data, people.data, user.role, editing, saving, onEdit, onSave],
  );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <div className="page-heading">
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <PlanPicker choice={choice} />
        <Input.Search
          allowClear
          aria-label={t('search')}
          placeholder={t('search')}
          style={{ width: 260 }}
          onSearch={(q) => setQuery({ ...query, q, page: 1 })}
        />
      </div>
      <Form form={form} component={false}>
        <Table<TaskRow>
          rowKey="id"
          size="middle"
          data-testid="task-table"
          loading={tasks.loading}
          columns={columns}
          dataSource={tasks.data?.items ?? []}
          tableLayout="fixed"
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: tasks.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('total', { total }),
          }}
          onChange={(pagination, filters, sorter) =>
            setQuery(fromTableChange(query, pagination, filters, sorter))
          }
        />
      </Form>
    </Space>
  );
}
