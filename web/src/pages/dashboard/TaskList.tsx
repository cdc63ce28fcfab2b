/** A short list of tasks with a link to each and a note (days overdue, due date, light). */
import { List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { sharedNs } from '../../components/messages';

export interface ListedTask {
  taskId: number;
  no: number;
  content: string;
  owner: string | null;
  note: ReactNode;
}

export function TaskList({ tasks, testId }: { tasks: ListedTask[]; testId: string }) {
  const { t } = useTranslation(sharedNs);
  return (
    <List
      size="small"
      data-testid={testId}
      locale={{ emptyText: t('empty') }}
      dataSource={tasks}
      renderItem={(task) => (
        <List.Item extra={task.note}>
          <Typography.Text ellipsis={{ tooltip: task.content }} style={{ maxWidth: '100%' }}>
            <Link to={`/tasks/${task.taskId}`}>
              {task.no}. {task.content}
            </Link>
            {task.owner && <Typography.Text type="secondary"> · {task.owner}</Typography.Text>}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
