/**
 * 为工作要点人员批量创建账号: POST /api/plans/:id/accounts opens an account for each person named
 * on the plan's tasks who has none; the usernames and initial passwords come back once and stay
 * on screen in a table the administrator can copy (as tab-separated lines, ready for a sheet).
 */
import { Alert, Button, Form, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import type { Page, PlanSummary } from '../../api/types';
import { useApi } from '../../api/useApi';
import type { Role } from '../../app/auth';
import { appNs } from '../../app/messages';
import { useFormSubmit } from '../../components/useFormSubmit';
import { adminNs } from './messages';

interface CreatedAccount {
  userId: number;
  username: string;
  personId: number;
  name: string;
  role: Role;
  password: string;
}

interface Result {
  created: CreatedAccount[];
  skipped: number;
}

export function PlanAccountsDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation(adminNs);
  const plans = useApi<Page<PlanSummary>>('/api/plans', { limit: 100 });
  const [form] = Form.useForm<{ planId: number }>();
  const [result, setResult] = useState<Result | null>(null);
  const { busy, submit } = useFormSubmit(form, async ({ planId }: { planId: number }) => {
    setResult(
      await apiFetch<Result>(`/api/plans/${planId}/accounts`, { method: 'POST', body: {} }),
    );
  });
  const roleName = (r: Role) => t(`roles.${r}`, { ns: appNs });
  const options = [...(plans.data?.items ?? [])]
    .sort((a, b) => b.year - a.year || b.id - a.id)
    .map((p) => ({
      value: p.id,
      label: [p.year, p.title, p.notice.docNumber].filter(Boolean).join(' · '),
    }));
  const sheet = (result?.created ?? [])
    .map((a) => [a.name, a.username, roleName(a.role), a.password].join('\t'))
    .join('\n');

  const footer = result
    ? [
        <Button key="close" type="primary" onClick={() => onClose(result.created.length > 0)}>
          {t('account.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={() => onClose(false)}>
          {t('conflict.cancel', { ns: appNs })}
        </Button>,
        <Button key="ok" type="primary" htmlType="submit" form="plan-accounts" loading={busy}>
          {t('account.batchCreate')}
        </Button>,
      ];

  return (
    <Modal
      open
      title={t('account.batch')}
      footer={footer}
      width={720}
      // The passwords are shown once: closing by the mask would lose them.
      mask={{ closable: result === null }}
      onCancel={() => onClose(result !== null && result.created.length > 0)}
      destroyOnHidden
    >
      {!result ? (
        <Form id="plan-accounts" form={form} layout="vertical" onFinish={submit}>
          <Typography.Paragraph type="secondary">{t('account.batchHelp')}</Typography.Paragraph>
          <Form.Item name="planId" label={t('account.batchPlan')} rules={[{ required: true }]}>
            <Select
              options={options}
              loading={plans.loading}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Form>
      ) : result.created.length === 0 ? (
        <Alert type="info" showIcon title={t('account.batchNone')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="plan-accounts-result">
          <Alert
            type="success"
            showIcon
            title={t('account.batchResult', { count: result.created.length })}
            description={
              <>
                {result.skipped > 0 && (
                  <div>{t('account.batchSkipped', { count: result.skipped })}</div>
                )}
                <div>{t('account.batchShown')}</div>
              </>
            }
          />
          <Typography.Text
            copyable={{ text: sheet, tooltips: [t('account.copyAll'), t('account.copied')] }}
          >
            {t('account.copyAll')}
          </Typography.Text>
          <Table<CreatedAccount>
            size="small"
            rowKey="userId"
            pagination={false}
            scroll={{ y: 360 }}
            dataSource={result.created}
            columns={[
              { title: t('account.name'), dataIndex: 'name' },
              {
                title: t('account.username'),
                render: (_, a) => <Typography.Text copyable>{a.username}</Typography.Text>,
              },
              { title: t('account.role'), render: (_, a) => roleName(a.role) },
              {
                title: t('account.initialPassword'),
                render: (_, a) => (
                  <Typography.Text code copyable>
                    {a.password}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </Space>
      )}
    </Modal>
  );
}
