/** Webhooks (消息推送): reminders sent to DingTalk / WeCom robots or a JSON receiver. */
import { Button, Form, Input, Popconfirm, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useErrorReporter } from '../../app/errors';
import { FormModal } from '../../components/FormModal';
import { AdminList } from './AdminList';
import { sharedNs } from '../../components/messages';
import { adminNs } from './messages';
import type { Page } from '../../api/types';
import { compactBody, type Webhook } from './types';

const formats = ['dingtalk', 'wecom', 'json'] as const;
const events = ['due_soon', 'report_missing', 'overdue', 'escalated'] as const;

export function WebhooksTab() {
  const { t } = useTranslation(adminNs);
  const hooks = useApi<Page<Webhook>>('/api/webhooks', { limit: 500 });
  const [adding, setAdding] = useState(false);
  const report = useErrorReporter(hooks.reload);

  const send = async (hook: Webhook, method: 'PATCH' | 'DELETE', body?: unknown) => {
    try {
      await apiFetch(`/api/webhooks/${hook.id}`, { method, body, ifMatch: hook.version });
      hooks.reload();
    } catch (err) {
      report(err);
    }
  };

  return (
    <>
      <AdminList<Webhook>
        addLabel={t('webhook.add')}
        onAdd={() => setAdding(true)}
        loading={hooks.loading}
        dataSource={hooks.data?.items ?? []}
        columns={[
          { title: t('webhook.name'), dataIndex: 'name' },
          { title: t('webhook.format'), render: (_, h) => t(`webhook.formats.${h.format}`) },
          { title: t('webhook.url'), dataIndex: 'url', ellipsis: true },
          {
            title: t('webhook.events'),
            render: (_, h) => h.events.map((e) => t(`webhook.eventNames.${e}`)).join('、'),
          },
          {
            title: t('webhook.active'),
            render: (_, h) => (
              <Switch
                aria-label={`${t('webhook.active')} ${h.name}`}
                checked={h.active}
                onChange={(active) => void send(h, 'PATCH', { active })}
              />
            ),
          },
          {
            title: t('actions', { ns: sharedNs }),
            render: (_, h) => (
              <Popconfirm
                title={t('webhook.removeConfirm')}
                onConfirm={() => void send(h, 'DELETE')}
              >
                <Button size="small" danger>
                  {t('webhook.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {adding && (
        <FormModal<Webhook>
          id="webhook-add"
          title={t('webhook.add')}
          path="/api/webhooks"
          initialValues={{ format: 'dingtalk', events: [...events], active: true }}
          toBody={compactBody}
          onClose={(h) => {
            setAdding(false);
            if (h) hooks.reload();
          }}
        >
          <Form.Item name="name" label={t('webhook.name')} rules={[{ required: true }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="url" label={t('webhook.url')} rules={[{ required: true }]}>
            <Input placeholder="https://oapi.dingtalk.com/robot/send?access_token=…" />
          </Form.Item>
          <Form.Item name="format" label={t('webhook.format')} rules={[{ required: true }]}>
            <Select
              options={formats.map((f) => ({ value: f, label: t(`webhook.formats.${f}`) }))}
            />
          </Form.Item>
          <Form.Item name="events" label={t('webhook.events')} rules={[{ required: true }]}>
            <Select
              mode="multiple"
              options={events.map((e) => ({ value: e, label: t(`webhook.eventNames.${e}`) }))}
            />
          </Form.Item>
          <Form.Item name="secret" label={t('webhook.secret')}>
            <Input.Password autoComplete="off" />
          </Form.Item>
          <Form.Item name="active" label={t('webhook.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
