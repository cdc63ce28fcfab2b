/**
 * 修改记录: the task's audit events — who changed what, when, before and after. Only the fields a
 * person set are shown (not versions or timestamps), with people and units by name.
 */
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page, Ref } from '../../api/types';
import { useApi } from '../../api/useApi';
import { taskNs } from './messages';
import type { AuditEvent } from './types';

const shownFields = [
  'content',
  'owner_person_id',
  'department_unit_id',
  'leader_person_id',
  'deadline_text',
  'start_date',
  'due_date',
  'notes',
  'status',
];

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? { ...value } : {};
}

type Names = (field: string, value: unknown) => string;

/** The shown fields whose value differs between before and after, as display text. */
function changes(e: AuditEvent, name: Names): [string, string, string][] {
  const before = record(e.before);
  const after = record(e.after);
  return shownFields
    .map((f): [string, string, string] => [f, name(f, before[f]), name(f, after[f])])
    .filter(([f, b, a]) => b !== a && (f in before || f in after));
}

function useNames(): Names {
  const people = useApi<Page<Ref>>('/api/people', { limit: 500 });
  const units = useApi<Page<Ref>>('/api/units', { limit: 500 });
  return (field, value) => {
    if (value === null || value === undefined || value === '') return '—';
    const list = field.endsWith('_person_id')
      ? people.data?.items
      : field.endsWith('_unit_id')
        ? units.data?.items
        : null;
    const named = list?.find((r) => r.id === value)?.name;
    if (named) return named;
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
}

export function History({ taskId }: { taskId: number }) {
  const { t } = useTranslation(taskNs);
  const name = useNames();
  const events = useApi<Page<AuditEvent>>('/api/audit', {
    entity: 'task',
    entityId: taskId,
    limit: 100,
  });
  const items = (events.data?.items ?? []).map((e) => ({
    key: e.id,
    children: (
      <>
        <Typography.Text strong>
          {t(`history.actions.${e.action}`, { defaultValue: e.action })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {' '}
          · {new Date(e.at).toLocaleString()} · {e.actor?.username ?? t('history.system')}
        </Typography.Text>
        {changes(e, name).map(([field, before, after]) => (
          <div key={field}>
            {t('history.changed', { field: t(`history.fields.${field}`), before, after })}
          </div>
        ))}
      </>
    ),
  }));
  if (items.length === 0 && !events.loading)
    return <Empty description={t('history.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return <Timeline items={items} data-testid="task-history" />;
}
