/**
 * Step 3: responsibility. The import matched the notice's names to people and units (creating
 * those it did not know); here each task's owner, department and leader can be re-matched to an
 * existing entry, and missing people or units created.
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

type Field = 'ownerPersonId' | 'departmentUnitId' | 'leaderPersonId';

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
  const missing = tasks.filter((x) => !x.owner || !x.department || !x.leader).length;

  const change = async (task: Task, field: Field, value: number | null) => {
    try {
      await apiFetch(`/api/tasks/${task.id}`, {
        method: 'PATCH',
        body: { [field]: value ?? null },
        ifMatch: task.version,
      });
      onChanged();
    } catch (err) {
      report(err);
    }
  };
  const created = (name: string | null) => {
    setCreating(null);
    if (!name) return;
    void message.success(t('assign.created', { name }));
    people.reload();
    units.reload();
  };
  const picker = (
    task: Task,
    field: Field,
    value: number | undefined,
    kind: 'person' | 'unit',
    label: string,
  ) => (
    <Select
      aria-label={`${label} ${task.no}`}
      style={{ width: '100%' }}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      value={value}
      placeholder={t(kind === 'person' ? 'assign.choosePerson' : 'assign.chooseUnit')}
      options={kind === 'person' ? personOptions : unitOptions}
      onChange={(v: number | undefined) => void change(task, field, v ?? null)}
    />
  );

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
        scroll={{ x: 900 }}
        columns={[
          { title: t('review.no'), dataIndex: 'no', width: 56 },
          { title: t('review.content'), dataIndex: 'content' },
          {
            title: t('review.owner'),
            width: 200,
            render: (_, r) => picker(r, 'ownerPersonId', r.owner?.id, 'person', t('review.owner')),
          },
          {
            title: t('review.department'),
            width: 180,
            render: (_, r) =>
              picker(r, 'departmentUnitId', r.department?.id, 'unit', t('review.department')),
          },
          {
            title: t('review.leader'),
            width: 200,
            render: (_, r) =>
              picker(r, 'leaderPersonId', r.leader?.id, 'person', t('review.leader')),
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
