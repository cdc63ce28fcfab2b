/** API tokens: issued for an account, shown once, revocable. */
import { Alert, Button, Form, Input, Popconfirm, Select, Typography } from 'antd';
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
import type { Token, User } from './types';

export function TokensTab() {
  const { t } = useTranslation(adminNs);
  const tokens = useApi<Page<Token>>('/api/tokens', { limit: 500 });
  const users = useApi<Page<User>>('/api/users', { limit: 500 });
  const [adding, setAdding] = useState(false);
  const [issued, setIssued] = useState<string | null>(null);
  const report = useErrorReporter(tokens.reload);
  const userName = new Map((users.data?.items ?? []).map((u) => [u.id, u.username]));

  const revoke = async (token: Token) => {
    try {
      await apiFetch(`/api/tokens/${token.id}`, { method: 'DELETE' });
      tokens.reload();
    } catch (err) {
      report(err);
    }
  };

  return (
    <>
      <AdminList<Token>
        addLabel={t('token.add')}
        onAdd={() => setAdding(true)}
        notice={
          issued && (
            <Alert
              type="success"
              showIcon
              closable={{ onClose: () => setIssued(null) }}
              style={{ marginBottom: 12 }}
              title={t('token.shown')}
              description={
                <Typography.Text copyable code>
                  {issued}
                </Typography.Text>
              }
            />
          )
        }
        loading={tokens.loading}
        dataSource={tokens.data?.items ?? []}
        columns={[
          { title: t('token.name'), dataIndex: 'name' },
          { title: t('token.user'), render: (_, k) => userName.get(k.userId) },
          {
            title: t('token.createdAt'),
            render: (_, k) => k.createdAt.slice(0, 16).replace('T', ' '),
          },
          {
            title: t('token.lastUsedAt'),
            render: (_, k) => k.lastUsedAt?.slice(0, 16).replace('T', ' '),
          },
          {
            title: t('actions', { ns: sharedNs }),
            render: (_, k) =>
              k.revokedAt ? (
                t('token.revoked')
              ) : (
                <Popconfirm title={t('token.revokeConfirm')} onConfirm={() => void revoke(k)}>
                  <Button size="small" danger>
                    {t('token.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {adding && (
        <FormModal<Token>
          id="token-add"
          title={t('token.add')}
          path="/api/tokens"
          onClose={(k) => {
            setAdding(false);
            if (!k) return;
            setIssued(k.token ?? null);
            tokens.reload();
          }}
        >
          <Form.Item name="name" label={t('token.name')} rules={[{ required: true }]}>
            <Input autoFocus />
          </Form.Item>
          <Form.Item name="userId" label={t('token.user')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.username }))}
            />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
