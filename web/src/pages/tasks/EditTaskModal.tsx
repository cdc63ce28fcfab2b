/**
 * Editing a task's responsibility from the task table: owners (several), lead and co-operating
 * departments (配合部室), the supervising leader and the due date. Owners and departments go to
 * PUT /api/tasks/:id/assignees, the leader and due date to PATCH /api/tasks/:id, each under
 * If-Match with the version the previous write returned; only what changed is sent.
 */
import { DatePicker, Form, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import type { Person, TaskRow, Unit } from '../../api/types';
import { sharedNs } from '../../components/messages';
import { useFormSubmit } from '../../components/useFormSubmit';
import { tasksNs } from './messages';

interface Fields {
  owners: number[];
  leadDepartments: number[];
  coDepartments: number[];
  leaderPersonId: number | null;
  dueDate: Dayjs | null;
}

/** What the server holds, as the form's values: the base each save compares against. */
interface Base {
  version: number;
  owners: number[];
  leadDepartments: number[];
  coDepartments: number[];
  leaderPersonId: number | null;
  dueDate: string | null;
}

const ids = (refs: { id: number }[]) => refs.map((r) => r.id);
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function baseOf(task: TaskRow): Base {
  return {
    version: task.version,
    owners: ids(task.owners),
    leadDepartments: ids(task.leadDepartments),
    coDepartments: ids(task.coDepartments),
    leaderPersonId: task.leader?.id ?? null,
    dueDate: task.deadline.due,
  };
}

export function EditTaskModal(props: {
  task: TaskRow;
  people: Person[];
  units: Unit[];
  onSaved: (no: number) => void;
  /** Closed without finishing; `changed` when one of the two writes went through first. */
  onCancel: (changed: boolean) => void;
  /** The task changed under the user and they chose to reload. */
  onReload: () => void;
}) {
  const { task } = props;
  const { t } = useTranslation(tasksNs);
  const { t: shared } = useTranslation(sharedNs);
  const [form] = Form.useForm<Fields>();
  const base = useRef<Base>(baseOf(task));
  const lead = Form.useWatch('leadDepartments', form) ?? [];

  const unitName = useMemo(() => new Map(props.units.map((u) => [u.id, u.name])), [props.units]);
  const personOptions = useMemo(
    () =>
      props.people.map((p) => ({
        value: p.id,
        label: p.name,
        unit: unitName.get(p.unitId) ?? '',
      })),
    [props.people, unitName],
  );
  const unitGroups = useMemo(() => {
    const kinds = [...new Set(props.units.map((u) => u.kind))].sort(
      (a, b) => Number(b === 'department') - Number(a === 'department'),
    );
    return kinds.map((kind) => ({
      label: shared(`unitKinds.${kind}`, { defaultValue: kind }),
      options: props.units
        .filter((u) => u.kind === kind)
        .map((u) => ({ value: u.id, label: u.name })),
    }));
  }, [props.units, shared]);
  const coGroups = unitGroups.map((g) => ({
    ...g,
    options: g.options.map((o) => ({ ...o, disabled: lead.includes(o.value) })),
  }));

  const { busy, submit } = useFormSubmit(
    form,
    async (values: Fields) => {
      const was = base.current;
      const owners = values.owners ?? [];
      const leadDepartments = values.leadDepartments ?? [];
      const coDepartments = values.coDepartments ?? [];
      const leaderPersonId = values.leaderPersonId ?? null;
      const dueDate = values.dueDate ? values.dueDate.format('YYYY-MM-DD') : null;
      if (
        !same(owners, was.owners) ||
        !same(leadDepartments, was.leadDepartments) ||
        !same(coDepartments, was.coDepartments)
      ) {
        const saved = await apiFetch<TaskRow>(`/api/tasks/${task.id}/assignees`, {
          method: 'PUT',
          ifMatch: was.version,
          body: { owners, leadDepartments, coDepartments },
        });
        base.current = baseOf(saved);
      }
      const facts: { leaderPersonId?: number | null; dueDate?: string | null } = {};
      if (leaderPersonId !== base.current.leaderPersonId) facts.leaderPersonId = leaderPersonId;
      if (dueDate !== base.current.dueDate) facts.dueDate = dueDate;
      if (Object.keys(facts).length > 0) {
        const saved = await apiFetch<TaskRow>(`/api/tasks/${task.id}`, {
          method: 'PATCH',
          ifMatch: base.current.version,
          body: facts,
        });
        base.current = baseOf(saved);
      }
      props.onSaved(task.no);
    },
    props.onReload,
  );

  const was = base.current;
  return (
    <Modal
      open
      title={t('editTitle', { no: task.no })}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'edit-task', loading: busy }}
      onCancel={() => props.onCancel(base.current.version !== task.version)}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: task.content }}>
        {task.content}
      </Typography.Paragraph>
      <Form<Fields>
        id="edit-task"
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          owners: was.owners,
          leadDepartments: was.leadDepartments,
          coDepartments: was.coDepartments,
          leaderPersonId: was.leaderPersonId,
          dueDate: was.dueDate ? dayjs(was.dueDate) : null,
        }}
      >
        <Form.Item name="owners" label={t('owner')}>
          <Select
            mode="multiple"
            aria-label={t('editOwner', { no: task.no })}
            optionFilterProp="label"
            options={personOptions}
            optionRender={(o) => (
              <span>
                {o.label}
                {o.data.unit && (
                  <Typography.Text type="secondary"> · {o.data.unit}</Typography.Text>
                )}
              </span>
            )}
          />
        </Form.Item>
        <Form.Item name="leadDepartments" label={t('department')}>
          <Select
            mode="multiple"
            aria-label={t('editDepartments', { no: task.no })}
            optionFilterProp="label"
            options={unitGroups}
          />
        </Form.Item>
        <Form.Item name="coDepartments" label={t('coDepartments')} extra={t('coDepartmentsHint')}>
          <Select
            mode="multiple"
            aria-label={t('editCoDepartments', { no: task.no })}
            optionFilterProp="label"
            options={coGroups}
          />
        </Form.Item>
        <Form.Item name="leaderPersonId" label={t('leader')}>
          <Select
            showSearch
            allowClear
            aria-label={t('editLeader', { no: task.no })}
            optionFilterProp="label"
            options={personOptions}
          />
        </Form.Item>
        <Form.Item name="dueDate" label={t('due')}>
          <DatePicker aria-label={t('editDue', { no: task.no })} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
