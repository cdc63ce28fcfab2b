/**
 * 重点工作任务表: the plan's tasks, sorted, filtered and paged on the server, counted as of the
 * 统计日期. Search, filters, sort and page live in the address so Back and reload keep them.
 * Administrators edit a task's owners, departments (lead and 配合), leader and due date in a
 * dialog; saving sends If-Match and a conflict offers to reload. 导出 Excel downloads the table.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Table, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDownload, apiUrl } from '../../api/client';
import type { Page, Person, TaskRow, Unit } from '../../api/types';
import { useApi } from '../../api/useApi';
import { useUser } from '../../app/auth';
import { useErrorReporter } from '../../app/errors';
import { PlanPicker, usePlanChoice } from '../../app/plan-picker';
import { AsOfPicker, useAsOf } from '../../components/as-of';
import { sharedNs } from '../../components/messages';
import type { Dashboard } from '../dashboard/types';
import { taskColumns, tableWidth } from './columns';
import { EditTaskModal } from './EditTaskModal';
import { tasksNs } from './messages';
import { apiQuery, fromTableChange, pageSizes, useTaskQuery } from './query';

/** The task list as the server sends it: the page of rows and the day they count as of. */
interface TaskPage extends Page<TaskRow> {
  asOf?: string;
}

function ExportButton({ planId, asOf }: { planId: number; asOf: string | undefined }) {
  const { t } = useTranslation(tasksNs);
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    apiDownload(`/api/plans/${planId}/table.xlsx`, { asOf })
      .then(() => void message.success(t('exported')))
      .catch(report)
      .finally(() => setBusy(false));
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={download} loading={busy} data-testid="export">
      {t('export')}
    </Button>
  );
}

export default function TasksPage() {
  const { t } = useTranslation(tasksNs);
  const { t: shared } = useTranslation(sharedNs);
  const { message } = App.useApp();
  const user = useUser();
  const choice = usePlanChoice();
  const planId = choice.plan?.id;
  const [query, setQuery] = useTaskQuery();
  const [asOf, setAsOf] = useAsOf();
  const canEdit = user.role === 'admin';
  const tasks = useApi<TaskPage>(planId ? `/api/plans/${planId}/tasks` : null, {
    ...apiQuery(query),
    asOf,
  });
  const dashboard = useApi<Dashboard>(planId ? `/api/plans/${planId}/dashboard` : null, { asOf });
  const people = useApi<Page<Person>>(canEdit ? '/api/people' : null, { limit: 500 });
  const units = useApi<Page<Unit>>(canEdit ? '/api/units' : null);
  const [editing, setEditing] = useState<TaskRow | null>(null);

  const { reload: reloadTasks } = tasks;
  const { reload: reloadDashboard } = dashboard;
  const reload = useCallback(() => {
    setEditing(null);
    reloadTasks();
    reloadDashboard();
  }, [reloadTasks, reloadDashboard]);

  const onSaved = useCallback(
    (no: number) => {
      void message.success(t('saved', { no }));
      reload();
    },
    [message, t, reload],
  );

  const columns = useMemo(
    () =>
      taskColumns({
        t,
        lightName: (l) => shared(`light.${l}`),
        query,
        dashboard: dashboard.data,
        canEdit,
        taskLink: (task) => apiUrl(`/tasks/${task.id}`, { asOf }),
        onEdit: setEditing,
      }),
    [t, shared, query, dashboard.data, canEdit, asOf],
  );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} className="tasks-page">
      <div className="page-heading">
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <PlanPicker choice={choice} />
        <AsOfPicker effective={asOf ?? tasks.data?.asOf} onChange={setAsOf} />
      </div>
      <div className="page-toolbar">
        <Input.Search
          allowClear
          aria-label={t('search')}
          placeholder={t('search')}
          style={{ width: 260 }}
          // Follows the address (Back, reload, a link): a new q starts the box afresh.
          key={query.q}
          defaultValue={query.q}
          onSearch={(q) => setQuery((current) => ({ ...current, q: q.trim(), page: 1 }))}
        />
        {planId && <ExportButton planId={planId} asOf={asOf} />}
      </div>
      <Table<TaskRow>
        rowKey="id"
        size="middle"
        data-testid="task-table"
        className="task-table"
        loading={tasks.loading}
        columns={columns}
        dataSource={tasks.data?.items ?? []}
        tableLayout="fixed"
        scroll={{ x: tableWidth(canEdit) }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          pageSizeOptions: pageSizes,
          total: tasks.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('total', { total }),
        }}
        onChange={(pagination, filters, sorter) =>
          setQuery((current) => fromTableChange(current, pagination, filters, sorter))
        }
      />
      {editing && (
        <EditTaskModal
          task={editing}
          people={people.data?.items ?? []}
          units={units.data?.items ?? []}
          onSaved={onSaved}
          onCancel={(changed) => (changed ? reload() : setEditing(null))}
          onReload={reload}
        />
      )}
    </Space>
  );
}
