/** Who answers for the task and by when: owners, departments, leader, deadline, status. */
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Ref } from '../../api/types';
import { taskNs } from './messages';
import type { TaskDetail } from './types';

const names = (refs: Ref[]) => refs.map((r) => r.name).join('、');

export function TaskFacts({
  task,
  originalDue,
}: {
  task: TaskDetail;
  /** The due date before an approved extension (延期), shown beside the new one. */
  originalDue?: string | null;
}) {
  const { t } = useTranslation(taskNs);
  const none = t('none');
  const { text, start, due } = task.deadline;
  const window = start && due ? t('window', { start, due }) : (due ?? none);
  const written = text ? `${text}（${window}）` : window;
  const extended =
    originalDue && due && originalDue !== due
      ? t('extended', { original: originalDue, due })
      : null;
  return (
    <Card size="small">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, lg: 2, xxl: 4 }}
        data-testid="task-facts"
        items={[
          { key: 'owners', label: t('owners'), children: names(task.owners) || none },
          {
            key: 'lead',
            label: t('leadDepartments'),
            children: names(task.leadDepartments) || none,
          },
          { key: 'co', label: t('coDepartments'), children: names(task.coDepartments) || none },
          { key: 'leader', label: t('leader'), children: task.leader?.name ?? none },
          {
            key: 'deadline',
            label: t('deadline'),
            children: extended ? (
              <span data-testid="task-deadline">
                {written}
                <br />
                <Tag color="orange">{extended}</Tag>
              </span>
            ) : (
              <span data-testid="task-deadline">{written}</span>
            ),
          },
          {
            key: 'keyTask',
            label: t('keyTask'),
            children: task.keyTaskNo ? t('keyTaskNo', { no: task.keyTaskNo }) : none,
          },
          {
            key: 'status',
            label: t('status'),
            children: <Tag>{t(`statuses.${task.status}`, { defaultValue: task.status })}</Tag>,
          },
          { key: 'notes', label: t('notes'), children: task.notes ?? none },
        ]}
      />
    </Card>
  );
}
