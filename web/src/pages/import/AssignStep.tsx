/**
 * Step 3: responsibility. The import matched the notice's names to people and units (creating
 * those it did not know); here each task's owners (责任人), departments (责任部室) and co-operating
 * departments (配合部室) — several of each, the first the primary one — and its leader can be
 * re-matched to existing entries, and missing people or units created. Owners and departments are
 * saved together (PUT /api/tasks/:id/assignees), the leader alone (PATCH), each under If-Match.
 */
import { Alert, Button, Select, Space, Table, Typography } from 'antd';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useErrorReporter } from '../../app/errors';
import { importNs } from './messages';
import { NewEntryModal } from './NewEntryModal';
import { AlignmentSelect } from './AlignmentSelect';
import type { Page, Person, Unit } from '../../api/types';
import type { PlanDetail, Task } from './types';

interface Props {
  plan: PlanDetail;
  tasks: Task[];
  onChanged: () => void;
  onBack: () => void;
  onNext: () => void;
}

type Group = 'owners' | 'leadDepartments' | 'coDepartments';

const ids = (refs: { id: number }[]) => refs.map((r) => r.id);

export function AssignStep({ plan, tasks, onChanged, onBack, onNext }: Props) {
  const { t } = useTranslation(importNs);
  const { message } = App.useApp();
  const people = useApi<Page<Person>>('/api/people', { limit: 500 });
  const units = useApi<Page<Unit>>('/api/units');
  const parent = useApi<PlanDetail>(plan.parentPlanId ? `/api/plans/${plan.parentPlanId}` : null);
  const parentKeyTasks = parent.data?.keyTasks ?? [];
  const [creating, setCreating] = useState<'person' | 'unit' | null>(null);
  const report = useErrorReporter(onChanged);
  const unitList = units.data?.items ?? [];
  const unitName = new Map(unitList.map((u) => [u.id, u.name]));
  const personOptions = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}（${unitName.get(p.unitId) ?? ''}）`,
  }));
  const unitOptions = unitList.map((u) => ({ value: u.id, label: u.name }));
  const missing = tasks.filter(
    (x) => x.owners.length === 0 || x.leadDepartments.length === 0 || !x.leader,
  ).length;

  const save = async (request: () => Promise<unknown>) => {
    try {
      await request();
      onChanged();
    } catch (err) {
      report(err);
    }
  };
  const changeLeader = (task: Task, value: number | null) =>
    save(() =>
      apiFetch(`/api/tasks/${task.id}`, {
        method: 'PATCH',
        body: { leaderPersonId: value },
        ifMatch: task.version,
      }),
    );
  const changeGroup = (task: Task, group: Group, value: number[]) => {
    const next = {
      owners: ids(task.owners),
      leadDepartments: ids(task.leadDepartments),
      coDepartments: ids(task.coDepartments),
      [group]: value,
    };
    // A department chosen to lead stops co-operating on the same task.
    if (group === 'leadDepartments')
      next.coDepartments = next.coDepartments.filter((id) => !value.includes(id));
    return save(() =>
      apiFetch(`/api/tasks/${task.id}/assignees`, {
        method: 'PUT',
        body: next,
        ifMatch: task.version,
      }),
    );
  };
  const created = (name: string | null) => {
    setCreating(null);
    if (!name) return;
    void message.success(t('assign.created', { name }));
    people.reload();
    units.reload();
  };
  const leaderPicker = (task: Task) => (
    <Select
      aria-label={`${t('review.leader')} ${task.no}`}
      style={{ width: '100%' }}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      value={task.leader?.id}
      placeholder={t('assign.choosePerson')}
      options={personOptions}
      onChange={(v: number | undefined) => void changeLeader(task, v ?? null)}
    />
  );
  const groupPicker = (task: Task, group: Group, label: string) => {
    const lead = ids(task.leadDepartments);
    const options =
      group === 'owners'
        ? personOptions
        : group === 'coDepartments'
          ? unitOptions.filter((o) => !lead.includes(o.value))
          : unitOptions;
    return (
      <Select
        mode="multiple"
        aria-label={`${label} ${task.no}`}
        style={{ width: '100%' }}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
        value={ids(task[group])}
        placeholder={t(group === 'owners' ? 'assign.choosePerson' : 'assign.chooseUnits')}
        options={options}
        onChange={(v: number[]) => void changeGroup(task, group, v)}
      />
    );
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph>{t('assign.intro')}</Typography.Paragraph>
      <Space>
        <Button onClick={() => setCreating('person')}>{t('assign.newPerson')}</Button>
        <Button onClick={() => setCreating('unit')}>{t('assign.newUnit')}</Button>
      </Space>
      <Alert
        showIcon
        type={missing > 0 ? 'warning' : 'success'}
        title={missing > 0 ? t('assign.missing', { count: missing }) : t('assign.complete')}
      />
      <Table<Task>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={tasks}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('review.no'), dataIndex: 'no', width: 56 },
          { title: t('review.content'), dataIndex: 'content', width: 220 },
          {
            title: t('assign.owners'),
            width: 200,
            render: (_, r) => groupPicker(r, 'owners', t('review.owner')),
          },
          {
            title: t('assign.leadDepartments'),
            width: 170,
            render: (_, r) => groupPicker(r, 'leadDepartments', t('review.department')),
          },
          {
            title: t('assign.coDepartments'),
            width: 170,
            render: (_, r) => groupPicker(r, 'coDepartments', t('assign.coDepartments')),
          },
          {
            title: t('review.leader'),
            width: 180,
            render: (_, r) => leaderPicker(r),
          },
          ...(parentKeyTasks.length > 0
            ? [
                {
                  title: t('assign.alignment'),
                  width: 260,
                  render: (_: unknown, r: Task) => (
                    <AlignmentSelect task={r} keyTasks={parentKeyTasks} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <Space>
        <Button onClick={onBack}>{t('assign.back')}</Button>
        <Button type="primary" onClick={onNext}>
          {t('assign.next')}
        </Button>
      </Space>
      {creating && <NewEntryModal kind={creating} units={unitList} onClose={created} />}
    </Space>
  );
}
