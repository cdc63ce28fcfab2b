/** The pieces of a 待办 line: the section card, the line itself and the task it is about. */
import { Badge, Card, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InboxTask } from '../../app/inbox';
import { useLabel } from '../../components/label';
import { todoNs } from './messages';

export function Section({
  id,
  title,
  count,
  extra,
  children,
}: {
  id: string;
  title: string;
  count: number;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      className="todo-section"
      data-testid={`todo-${id}`}
      title={
        <Space size={8}>
          <span>{title}</span>
          <Badge count={count} showZero color={count > 0 ? '#b71c1c' : '#bfbfbf'} />
        </Space>
      }
      extra={extra}
    >
      {children}
    </Card>
  );
}

/** A line: what it is about on the left, the actions on the right (below on narrow screens). */
export function Line({
  testId,
  head,
  children,
  actions,
}: {
  testId?: string;
  head: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="todo-line" data-testid={testId}>
      <div className="todo-line-main">
        <div className="todo-line-head">{head}</div>
        {children && <div className="todo-line-body">{children}</div>}
      </div>
      {actions && <div className="todo-line-actions">{actions}</div>}
    </div>
  );
}

export function TaskLink({ task }: { task: InboxTask | null }) {
  const { t } = useTranslation(todoNs);
  if (!task) return null;
  return (
    <span className="todo-task">
      <Link to={`/tasks/${task.id}`} title={task.content}>
        <Typography.Text strong>{t('task', { no: task.no })}</Typography.Text> {task.content}
      </Link>
      {task.owner && (
        <Typography.Text type="secondary" className="todo-owner">
          {t('owner', { name: task.owner })}
        </Typography.Text>
      )}
    </span>
  );
}

/** "本月完成情况：…" in the line's body. */
export function Field({ label, value }: { label: string; value: string | null | undefined }) {
  const labelled = useLabel();
  if (!value) return null;
  return (
    <Typography.Paragraph className="todo-field">
      <Typography.Text type="secondary">{labelled(label)}</Typography.Text>
      {value}
    </Typography.Paragraph>
  );
}
