/** 修改记录: the task's audit events — who changed what, when, before and after. */
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../api/types';
import { useApi } from '../../api/useApi';
import { taskNs } from './messages';
import type { AuditEvent } from './types';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? { ...value } : {};
}

/** The fields whose value differs between before and after. */
function changes(e: AuditEvent): [string, unknown, unknown][] {
  const before = record(e.before);
  const after = record(e.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => show(before[k]) !== show(after[k]))
    .map((k) => [k, before[k], after[k]]);
}

export function History({ taskId }: { taskId: number }) {
  const { t } = useTranslation(taskNs);
  const events = useApi<Page<AuditEvent>>('/api/audit', {
    entity: 'task',
    entityId: taskId,
    limit: 100,
  });
  const items = (events.data?.items ?? []).map((e) => ({
    key: e.id,
    children: (
      <>
        <Typography.Text strong>{e.action}</Typography.Text>
        <Typography.Text type="secondary">
          {' '}
          · {new Date(e.at).toLocaleString()} · {e.actor?.username ?? t('history.system')}
        </Typography.Text>
        {changes(e).map(([field, before, after]) => (
          <div key={field}>
            <Typography.Text code>
              {t('history.changed', { field, before: show(before), after: show(after) })}
            </Typography.Text>
          </div>
        ))}
      </>
    ),
  }));
  if (items.length === 0 && !events.loading)
    return <Empty description={t('history.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return <Timeline items={items} data-testid="task-history" />;
}
