/**
 * The header's reminder bell (站内提醒): the unread count, and on click the latest reminders with
 * "mark read" one by one or all at once; a reminder about a task links to it.
 */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Popover, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { apiFetch } from '../api/client';
import type { Page } from '../api/types';
import { useApi } from '../api/useApi';
import { useErrorReporter } from '../app/errors';
import { appNs } from '../app/messages';

export interface Notification {
  id: number;
  kind: string;
  taskId: number | null;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** A moment in the reader's own time: 2017-12-05 09:30. */
function when(at: string): string {
  return dayjs(at).format('YYYY-MM-DD HH:mm');
}

export function NotificationBell() {
  const { t } = useTranslation(appNs);
  const [open, setOpen] = useState(false);
  const list = useApi<Page<Notification>>('/api/notifications', { limit: 10 });
  const unread = useApi<Page<Notification>>('/api/notifications', { unread: true, limit: 1 });
  const report = useErrorReporter();
  const { pathname } = useLocation();
  const count = unread.data?.total ?? 0;
  const reloadList = list.reload;
  const reloadUnread = unread.reload;

  useEffect(() => {
    reloadUnread();
    window.addEventListener('focus', reloadUnread);
    return () => window.removeEventListener('focus', reloadUnread);
  }, [pathname, reloadUnread]);

  const refresh = () => {
    reloadList();
    reloadUnread();
  };
  const markRead = (n: Notification) =>
    apiFetch(`/api/notifications/${n.id}/read`, { method: 'POST' }).then(refresh).catch(report);
  const readAll = () =>
    apiFetch('/api/notifications/read-all', { method: 'POST' }).then(refresh).catch(report);

  const items = list.data?.items ?? [];
  const content = (
    <div className="notification-panel" data-testid="notification-panel">
      <div className="notification-panel-head">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Typography.Text type="secondary">{t('notifications.unread', { count })}</Typography.Text>
        <Button size="small" type="link" disabled={count === 0} onClick={() => void readAll()}>
          {t('notifications.readAll')}
        </Button>
      </div>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id} className={n.read ? 'read' : 'unread'}>
              <Space direction="vertical" size={0} style={{ width: '100%' }}>
                <Space size={6} align="start">
                  {!n.read && <Badge status="error" />}
                  <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.body}
                </Typography.Text>
                <Space size={12} style={{ fontSize: 12 }}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {when(n.createdAt)}
                  </Typography.Text>
                  {n.taskId !== null && (
                    <Link
                      to={`/tasks/${n.taskId}`}
                      onClick={() => {
                        setOpen(false);
                        if (!n.read) void markRead(n);
                      }}
                    >
                      {t('notifications.openTask')}
                    </Link>
                  )}
                  {!n.read && (
                    <Button
                      size="small"
                      type="link"
                      style={{ padding: 0, height: 'auto', fontSize: 12 }}
                      onClick={() => void markRead(n)}
                    >
                      {t('notifications.markRead')}
                    </Button>
                  )}
                </Space>
              </Space>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      content={content}
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) refresh();
      }}
    >
      <Button
        type="text"
        aria-label={`${t('notifications.title')} ${t('notifications.unread', { count })}`}
        data-testid="notification-bell"
        className="header-button"
      >
        <Badge count={count} size="small" offset={[4, -2]}>
          <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
