/** What waits for an owner: returned reports to send again, this month's reports, what falls due soon. */
import { Button, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Inbox, InboxTask } from '../../app/inbox';
import { Field, Line, TaskLink } from './Lines';
import { ListSection } from './ListSection';
import { todoNs } from './messages';

function daysLeft(due: string, t: (key: string, options?: Record<string, unknown>) => string) {
  const days = dayjs(due).startOf('day').diff(dayjs().startOf('day'), 'day');
  return days <= 0 ? t('dueToday') : t('daysLeft', { count: days });
}

/** 本月填报 on the task's plan and the month in question. */
function monthPage(task: InboxTask | null, month: string): string {
  const query = new URLSearchParams({ month });
  if (task) query.set('plan', String(task.planId));
  return `/my-month?${query.toString()}`;
}

export function OwnerSections({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation(todoNs);
  return (
    <>
      <ListSection id="returnedReports" items={inbox.returnedReports ?? []}>
        {(r) => (
          <Line
            key={r.id}
            testId={`todo-returned-${r.id}`}
            head={
              <>
                <TaskLink task={r.task} />
                <Tag color="red">{t('report.month', { month: r.month })}</Tag>
              </>
            }
            actions={
              <>
                <Link to={monthPage(r.task, r.month)}>
                  <Button type="primary">{t('report.resubmit')}</Button>
                </Link>
                {r.task && (
                  <Link to={`/tasks/${r.task.id}`}>
                    <Button>{t('report.openTask')}</Button>
                  </Link>
                )}
              </>
            }
          >
            {r.reviewComment && (
              <Typography.Paragraph type="danger" className="todo-field">
                {t('report.reviewComment', { comment: r.reviewComment })}
              </Typography.Paragraph>
            )}
            <Field label={t('report.done')} value={r.done} />
          </Line>
        )}
      </ListSection>
      <ListSection id="dueReports" items={inbox.dueReports ?? []}>
        {(d, i) => (
          <Line
            key={`${d.task?.id ?? i}-${d.month}`}
            head={
              <>
                <TaskLink task={d.task} />
                <Tag color="gold">{t('dueReport', { month: d.month })}</Tag>
              </>
            }
            actions={
              <Link to={monthPage(d.task, d.month)}>
                <Button type="primary">{t('fillIn')}</Button>
              </Link>
            }
          />
        )}
      </ListSection>
      <ListSection id="dueSoon" items={inbox.dueSoon ?? []}>
        {(d, i) => (
          <Line
            key={`${d.kind}-${d.task?.id ?? i}-${d.title}-${d.due}`}
            head={
              <>
                <TaskLink task={d.task} />
                <Space size={4} wrap>
                  <Tag color={d.kind === 'milestone' ? 'purple' : 'volcano'}>
                    {d.kind === 'milestone' ? t('milestone') : t('taskDue')}
                  </Tag>
                  {d.kind === 'milestone' && <Typography.Text>{d.title}</Typography.Text>}
                  <Typography.Text type="secondary">
                    {t('due', { date: d.due })} · {daysLeft(d.due, t)}
                  </Typography.Text>
                </Space>
              </>
            }
          />
        )}
      </ListSection>
    </>
  );
}
