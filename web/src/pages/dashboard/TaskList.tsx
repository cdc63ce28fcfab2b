/**
 * A short list of tasks with a link to each, its owner and a note (days overdue, due date,
 * light). A long task text is cut with an ellipsis; the owner's name never is.
 */
import { List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiUrl } from '../../api/client';
import { sharedNs } from '../../components/messages';

export interface ListedTask {
  taskId: number;
  no: number;
  content: string;
  owner: string | null;
  note: ReactNode;
}

export function TaskList(props: { tasks: ListedTask[]; testId: string; asOf?: string }) {
  const { t } = useTranslation(sharedNs);
  return (
    <List
      size="small"
      data-testid={props.testId}
      locale={{ emptyText: t('empty') }}
      dataSource={props.tasks}
      renderItem={(task) => (
        <List.Item extra={task.note}>
          <div className="task-list-line">
            <Typography.Text ellipsis={{ tooltip: task.content }} className="task-list-content">
              <Link to={apiUrl(`/tasks/${task.taskId}`, { asOf: props.asOf })}>
                {task.no}. {task.content}
              </Link>
            </Typography.Text>
            {task.owner && (
              <Typography.Text type="secondary" className="task-list-owner">
                {task.owner}
              </Typography.Text>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
