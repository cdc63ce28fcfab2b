/** What waits for the office: units missing reports, months to close, the bulletin to issue. */
import { Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Inbox } from '../../app/inbox';
import { Line, Section, TaskLink } from './Lines';
import { ListSection } from './ListSection';
import { todoNs } from './messages';

export function OfficeSections({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation(todoNs);
  const missing = inbox.missingReports ?? [];
  const months = inbox.monthsToClose ?? [];
  const bulletin = inbox.bulletinToIssue ?? null;
  return (
    <>
      <ListSection
        id="missingReports"
        items={missing}
        count={missing.reduce((n, u) => n + u.tasks.length, 0)}
      >
        {(u) => (
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
        )}
      </ListSection>
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
