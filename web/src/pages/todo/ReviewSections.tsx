/**
 * What waits for a leader's decision: reports to accept (with a 批示) or return, extension requests
 * to approve or reject, completion requests to confirm or return.
 */
import { Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Inbox } from '../../app/inbox';
import { DecisionButtons } from './DecisionButtons';
import type { Decision } from './DecisionDialog';
import { Field, Line, TaskLink } from './Lines';
import { ListSection } from './ListSection';
import { todoNs } from './messages';

/** A moment in the reader's own time: 2017-12-05 09:30. */
function when(at: string): string {
  return dayjs(at).format('YYYY-MM-DD HH:mm');
}

export function ReviewSections({ inbox, decide }: { inbox: Inbox; decide: (d: Decision) => void }) {
  const { t } = useTranslation(todoNs);
  return (
    <>
      <ListSection id="reports" items={inbox.reports}>
        {(r) => (
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
              <DecisionButtons
                decide={decide}
                group="report"
                path={`/api/reports/${r.id}`}
                version={r.version}
                accept={{
                  verb: 'accept',
                  comment: 'instruction',
                  help: 'instructionHelp',
                  done: 'accepted',
                }}
                reject={{
                  verb: 'return',
                  comment: 'returnComment',
                  help: 'returnHelp',
                  done: 'returned',
                }}
              />
            }
          >
            <Field label={t('report.done')} value={r.done} />
            <Field label={t('report.problems')} value={r.problems} />
            <Field label={t('report.nextSteps')} value={r.nextSteps} />
          </Line>
        )}
      </ListSection>
      <ListSection id="extensions" items={inbox.extensions}>
        {(e) => (
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
                  <Tag color="orange">{t('extension.requestedDue', { date: e.requestedDue })}</Tag>
                </Space>
              </>
            }
            actions={
              <DecisionButtons
                decide={decide}
                group="extension"
                path={`/api/extensions/${e.id}`}
                version={e.version}
                accept={{ verb: 'approve', comment: 'comment', done: 'approved' }}
                reject={{ verb: 'reject', comment: 'rejectComment', done: 'rejected' }}
              />
            }
          >
            <Field label={t('extension.reason')} value={e.reason} />
          </Line>
        )}
      </ListSection>
      <ListSection id="completions" items={inbox.completions ?? []}>
        {(c) => (
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
              <DecisionButtons
                decide={decide}
                group="completion"
                path={`/api/completion-requests/${c.id}`}
                version={c.version}
                accept={{ verb: 'confirm', comment: 'comment', done: 'confirmed' }}
                reject={{ verb: 'return', comment: 'returnComment', done: 'returned' }}
              />
            }
          >
            <Field label={t('completion.note')} value={c.note} />
          </Line>
        )}
      </ListSection>
    </>
  );
}
