/**
 * 待办: what waits for the acting user, by role, from GET /api/inbox. A leader accepts (with a 批示)
 * or returns reports, decides extension and completion requests and marks changed lights seen, all
 * in place; an owner sees returned reports, this month's missing reports and what falls due soon;
 * the office sees units missing reports, months to close and the bulletin to issue. The header's
 * badge reads the same inbox, so each decision lowers it at once.
 */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Result, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiFetch } from '../../api/client';
import { useUser } from '../../app/auth';
import { errorText, useErrorReporter } from '../../app/errors';
import { useInbox, type Inbox, type InboxTask } from '../../app/inbox';
import { LightTag } from '../../components/LightTag';
import { DecisionDialog, type Decision } from './DecisionDialog';
import { Field, Line, Section, TaskLink } from './Lines';
import { todoNs } from './messages';
import './todo.css';

/** A moment in the reader's own time: 2017-12-05 09:30. */
function when(at: string): string {
  return dayjs(at).format('YYYY-MM-DD HH:mm');
}

function ReviewSections({ inbox, decide }: { inbox: Inbox; decide: (d: Decision) => void }) {
  const { t } = useTranslation(todoNs);
  const { message } = App.useApp();
  const { reload } = useInbox();
  const report = useErrorReporter(reload);
  const completions = inbox.completions ?? [];

  const markSeen = () =>
    apiFetch('/api/inbox/seen', { method: 'POST' })
      .then(() => {
        void message.success(t('lights.seen'));
        reload();
      })
      .catch(report);

  return (
    <>
      {inbox.reports.length > 0 && (
        <Section id="reports" title={t('sections.reports')} count={inbox.reports.length}>
          {inbox.reports.map((r) => (
            <Line
              key={r.id}
              testId={`todo-report-${r.id}`}
              head={
                <>
                  <TaskLink task={r.task} />
                  <Space size={4} wrap>
                    <Tag color="blue">{t('report.month', { month: r.month })}</Tag>
                    <Typography.Text type="secondary">
                      {t('report.submittedAt', { at: when(r.submittedAt) })}
                    </Typography.Text>
                  </Space>
                </>
              }
              actions={
                <>
                  <Button
                    type="primary"
                    onClick={() =>
                      decide({
                        title: t('report.acceptTitle'),
                        okText: t('report.accept'),
                        path: `/api/reports/${r.id}/accept`,
                        version: r.version,
                        commentLabel: t('report.instruction'),
                        commentHelp: t('report.instructionHelp'),
                        commentRequired: false,
                        done: t('report.accepted'),
                      })
                    }
                  >
                    {t('report.accept')}
                  </Button>
                  <Button
                    danger
                    onClick={() =>
                      decide({
                        title: t('report.returnTitle'),
                        okText: t('report.return'),
                        path: `/api/reports/${r.id}/return`,
                        version: r.version,
                        commentLabel: t('report.returnComment'),
                        commentHelp: t('report.returnHelp'),
                        commentRequired: true,
                        danger: true,
                        done: t('report.returned'),
                      })
                    }
                  >
                    {t('report.return')}
                  </Button>
                </>
              }
            >
              <Field label={t('report.done')} value={r.done} />
              <Field label={t('report.problems')} value={r.problems} />
              <Field label={t('report.nextSteps')} value={r.nextSteps} />
            </Line>
          ))}
        </Section>
      )}
      {inbox.extensions.length > 0 && (
        <Section id="extensions" title={t('sections.extensions')} count={inbox.extensions.length}>
          {inbox.extensions.map((e) => (
            <Line
              key={e.id}
              testId={`todo-extension-${e.id}`}
              head={
                <>
                  <TaskLink task={e.task} />
                  <Space size={4} wrap>
                    {e.originalDue && e.originalDue !== e.currentDue && (
                      <Tag>{t('extension.originalDue', { date: e.originalDue })}</Tag>
                    )}
                    {e.currentDue && <Tag>{t('extension.currentDue', { date: e.currentDue })}</Tag>}
                    <Tag color="orange">
                      {t('extension.requestedDue', { date: e.requestedDue })}
                    </Tag>
                  </Space>
                </>
              }
              actions={
                <>
                  <Button
                    type="primary"
                    onClick={() =>
                      decide({
                        title: t('extension.approveTitle'),
                        okText: t('extension.approve'),
                        path: `/api/extensions/${e.id}/approve`,
                        version: e.version,
                        commentLabel: t('extension.comment'),
                        commentRequired: false,
                        done: t('extension.approved'),
                      })
                    }
                  >
                    {t('extension.approve')}
                  </Button>
                  <Button
                    danger
                    onClick={() =>
                      decide({
                        title: t('extension.rejectTitle'),
                        okText: t('extension.reject'),
                        path: `/api/extensions/${e.id}/reject`,
                        version: e.version,
                        commentLabel: t('extension.rejectComment'),
                        commentRequired: true,
                        danger: true,
                        done: t('extension.rejected'),
                      })
                    }
                  >
                    {t('extension.reject')}
                  </Button>
                </>
              }
            >
              <Field label={t('extension.reason')} value={e.reason} />
            </Line>
          ))}
        </Section>
      )}
      {completions.length > 0 && (
        <Section id="completions" title={t('sections.completions')} count={completions.length}>
          {completions.map((c) => (
            <Line
              key={c.id}
              testId={`todo-completion-${c.id}`}
              head={
                <>
                  <TaskLink task={c.task} />
                  <Typography.Text type="secondary">
                    {c.requestedBy && t('completion.requestedBy', { name: c.requestedBy.name })}{' '}
                    {when(c.requestedAt)}
                  </Typography.Text>
                </>
              }
              actions={
                <>
                  <Button
                    type="primary"
                    onClick={() =>
                      decide({
                        title: t('completion.confirmTitle'),
                        okText: t('completion.confirm'),
                        path: `/api/completion-requests/${c.id}/confirm`,
                        version: c.version,
                        commentLabel: t('completion.comment'),
                        commentRequired: false,
                        done: t('completion.confirmed'),
                      })
                    }
                  >
                    {t('completion.confirm')}
                  </Button>
                  <Button
                    danger
                    onClick={() =>
                      decide({
                        title: t('completion.returnTitle'),
                        okText: t('completion.return'),
                        path: `/api/completion-requests/${c.id}/return`,
                        version: c.version,
                        commentLabel: t('completion.returnComment'),
                        commentRequired: true,
                        danger: true,
                        done: t('completion.returned'),
                      })
                    }
                  >
                    {t('completion.return')}
                  </Button>
                </>
              }
            >
              <Field label={t('completion.note')} value={c.note} />
            </Line>
          ))}
        </Section>
      )}
      {inbox.changedLights.length > 0 && (
        <Section
          id="changedLights"
          title={t('sections.changedLights')}
          count={inbox.changedLights.length}
          extra={
            <Button size="small" onClick={() => void markSeen()}>
              {t('lights.markSeen')}
            </Button>
          }
        >
          <Typography.Paragraph type="secondary" className="todo-hint">
            {t('lights.hint')}
          </Typography.Paragraph>
          {inbox.changedLights.map((c, i) => (
            <Line
              key={c.task?.id ?? i}
              head={
                <>
                  <TaskLink task={c.task} />
                  <Space size={4}>
                    {c.from ? (
                      <>
                        <Typography.Text type="secondary">{t('lights.from')}</Typography.Text>
                        <LightTag light={c.from} />
                        <span aria-hidden>→</span>
                      </>
                    ) : (
                      <Typography.Text type="secondary">{t('lights.newly')}</Typography.Text>
                    )}
                    <LightTag light={c.to} reason={c.reason} />
                  </Space>
                </>
              }
            />
          ))}
        </Section>
      )}
    </>
  );
}

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

function OwnerSections({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation(todoNs);
  const returned = inbox.returnedReports ?? [];
  const due = inbox.dueReports ?? [];
  const soon = inbox.dueSoon ?? [];
  return (
    <>
      {returned.length > 0 && (
        <Section id="returnedReports" title={t('sections.returnedReports')} count={returned.length}>
          {returned.map((r) => (
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
          ))}
        </Section>
      )}
      {due.length > 0 && (
        <Section id="dueReports" title={t('sections.dueReports')} count={due.length}>
          {due.map((d, i) => (
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
          ))}
        </Section>
      )}
      {soon.length > 0 && (
        <Section id="dueSoon" title={t('sections.dueSoon')} count={soon.length}>
          {soon.map((d, i) => (
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
          ))}
        </Section>
      )}
    </>
  );
}

function OfficeSections({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation(todoNs);
  const missing = inbox.missingReports ?? [];
  const months = inbox.monthsToClose ?? [];
  const bulletin = inbox.bulletinToIssue ?? null;
  return (
    <>
      {missing.length > 0 && (
        <Section
          id="missingReports"
          title={t('sections.missingReports')}
          count={missing.reduce((n, u) => n + u.tasks.length, 0)}
        >
          {missing.map((u) => (
            <Line
              key={u.unit.id}
              head={
                <>
                  <Typography.Text strong>{u.unit.name}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('missing', { count: u.tasks.length })}
                  </Typography.Text>
                </>
              }
            >
              <ul className="todo-task-list">
                {u.tasks.map((task) => (
                  <li key={task.id}>
                    <TaskLink task={task} />
                  </li>
                ))}
              </ul>
            </Line>
          ))}
        </Section>
      )}
      {months.length > 0 && (
        <Section
          id="monthsToClose"
          title={t('sections.monthsToClose')}
          count={months.length}
          extra={
            <Link to="/months">
              <Button size="small" type="primary">
                {t('goClose')}
              </Button>
            </Link>
          }
        >
          <Space size={[8, 8]} wrap>
            {months.map((m) => (
              <Tag key={m.month} color="gold">
                {t('monthToClose', { month: m.month })}
              </Tag>
            ))}
          </Space>
        </Section>
      )}
      {bulletin && (
        <Section id="bulletinToIssue" title={t('sections.bulletinToIssue')} count={1}>
          <Line
            head={<Typography.Text>{t('bulletin', { month: bulletin.month })}</Typography.Text>}
            actions={
              <Link to={`/bulletins?plan=${bulletin.planId}`}>
                <Button type="primary">{t('goBulletin')}</Button>
              </Link>
            }
          />
        </Section>
      )}
    </>
  );
}

export default function TodoPage() {
  const { t } = useTranslation(todoNs);
  const inbox = useInbox();
  const user = useUser();
  const [decision, setDecision] = useState<Decision | null>(null);
  const data = inbox.data;
  const total = data?.counts.total ?? 0;

  return (
    <div className="todo-page">
      <Card className="todo-heading">
        <div className="page-heading">
          <Typography.Title level={3}>{t('title')}</Typography.Title>
          {data && (
            <Typography.Text type="secondary" data-testid="todo-total">
              {t('total', { count: total })}
            </Typography.Text>
          )}
          <Button
            icon={<ReloadOutlined />}
            onClick={inbox.reload}
            loading={inbox.loading}
            style={{ marginLeft: 'auto' }}
          >
            {t('refresh')}
          </Button>
        </div>
      </Card>
      {inbox.error != null && (
        <Alert type="error" showIcon title={errorText(inbox.error)} style={{ marginTop: 16 }} />
      )}
      {!data && inbox.loading && <Spin style={{ display: 'block', marginTop: 48 }} />}
      {data && total === 0 && (
        <Card style={{ marginTop: 16 }}>
          <Result status="success" title={t('nothing')} subTitle={t('nothingHint')} />
        </Card>
      )}
      {data && total > 0 && (
        <div className="todo-sections">
          {/* The office's own duties first; reviews and lights after. */}
          {user.role === 'admin' && <OfficeSections inbox={data} />}
          <ReviewSections inbox={data} decide={setDecision} />
          <OwnerSections inbox={data} />
          {user.role !== 'admin' && <OfficeSections inbox={data} />}
        </div>
      )}
      {decision && (
        <DecisionDialog
          decision={decision}
          onReload={inbox.reload}
          onClose={(decided) => {
            setDecision(null);
            if (decided) inbox.reload();
          }}
        />
      )}
    </div>
  );
}
