/** 亮灯变化: the tasks whose light changed since the reader last marked them seen. */
import { App, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useErrorReporter } from '../../app/errors';
import { useInbox, type Inbox } from '../../app/inbox';
import { LightTag } from '../../components/LightTag';
import { Line, TaskLink } from './Lines';
import { ListSection } from './ListSection';
import { todoNs } from './messages';

export function ChangedLights({ inbox }: { inbox: Inbox }) {
  const { t } = useTranslation(todoNs);
  const { message } = App.useApp();
  const { reload } = useInbox();
  const report = useErrorReporter(reload);

  const markSeen = () =>
    apiFetch('/api/inbox/seen', { method: 'POST' })
      .then(() => {
        void message.success(t('lights.seen'));
        reload();
      })
      .catch(report);

  return (
    <ListSection
      id="changedLights"
      items={inbox.changedLights}
      extra={
        <Button size="small" onClick={() => void markSeen()}>
          {t('lights.markSeen')}
        </Button>
      }
      hint={
        <Typography.Paragraph type="secondary" className="todo-hint">
          {t('lights.hint')}
        </Typography.Paragraph>
      }
    >
      {(c, i) => (
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
      )}
    </ListSection>
  );
}
