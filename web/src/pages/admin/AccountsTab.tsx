/**
 * Accounts (账号): who logs in, with which role, as which person; role changes (confirmed first),
 * disabling, password resets (the temporary password shown once) and the accounts of a plan's
 * people created in one step.
 */
import { Alert, App, Button, Form, Input, Popconfirm, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useErrorReporter } from '../../app/errors';
import { FormModal } from '../../components/FormModal';
import { AdminList } from './AdminList';
import { adminNs } from './messages';
import type { Page } from '../../api/types';
import { allRoles, type Role } from '../../app/auth';
import { appNs } from '../../app/messages';
import { compactBody, type User } from './types';
import type { Directory } from './useDirectory';
import { PlanAccountsDialog } from './PlanAccountsDialog';

const passwordAlphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A temporary password easy to read aloud: no 0/O, 1/l/I. */
export function temporaryPassword(length = 10): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => passwordAlphabet[b % passwordAlphabet.length]).join('');
}

export function AccountsTab({ dir }: { dir: Directory }) {
  const { t } = useTranslation(adminNs);
  const users = useApi<Page<User>>('/api/users', { limit: 500 });
  const [adding, setAdding] = useState(false);
  const [batch, setBatch] = useState(false);
  const [reset, setReset] = useState<{ username: string; password: string } | null>(null);
  const { message, modal } = App.useApp();
  const report = useErrorReporter(users.reload);
  const roleName = (r: Role) => t(`roles.${r}`, { ns: appNs });
  const roleOptions = allRoles.map((r) => ({ value: r, label: roleName(r) }));

  const patch = async (user: User, body: { role?: Role; disabled?: boolean }) => {
    try {
      await apiFetch(`/api/users/${user.id}`, { method: 'PATCH', body, ifMatch: user.version });
      users.reload();
      return true;
    } catch (err) {
      report(err);
      return false;
    }
  };

  const changeRole = (user: User, role: Role) => {
    if (role === user.role) return;
    modal.confirm({
      title: t('account.roleConfirmTitle'),
      content: t('account.roleConfirm', {
        username: user.username,
        from: roleName(user.role),
        to: roleName(role),
      }),
      onOk: async () => {
        if (await patch(user, { role }))
          void message.success(t('account.roleChanged', { username: user.username }));
      },
    });
  };

  const resetPassword = async (user: User) => {
    const password = temporaryPassword();
    try {
      await apiFetch<void>(`/api/users/${user.id}/password`, {
        method: 'POST',
        body: { password },
      });
      setReset({ username: user.username, password });
    } catch (err) {
      report(err);
    }
  };

  return (
    <>
      <AdminList<User>
        addLabel={t('account.add')}
        onAdd={() => setAdding(true)}
        actions={<Button onClick={() => setBatch(true)}>{t('account.batch')}</Button>}
        notice={
          reset && (
            <Alert
              type="success"
              showIcon
              closable={{ onClose: () => setReset(null) }}
              style={{ marginBottom: 12 }}
              title={t('account.resetDone', { username: reset.username })}
              data-testid="reset-password"
              description={
                <Typography.Text copyable code>
                  {reset.password}
                </Typography.Text>
              }
            />
          )
        }
        loading={users.loading}
        dataSource={users.data?.items ?? []}
        columns={[
          { title: t('account.username'), dataIndex: 'username' },
          {
            title: t('account.role'),
            width: 180,
            render: (_, u) => (
              <Select
                aria-label={`${t('account.role')} ${u.username}`}
                value={u.role}
                options={roleOptions}
                style={{ width: 160 }}
                onChange={(role: Role) => changeRole(u, role)}
              />
            ),
          },
          {
            title: t('account.person'),
            render: (_, u) => (u.personId ? dir.personName.get(u.personId) : ''),
          },
          {
            title: t('account.unit'),
            render: (_, u) => (u.unitId ? dir.unitName.get(u.unitId) : ''),
          },
          {
            title: t('account.enabled'),
            width: 90,
            render: (_, u) => (
              <Switch
                aria-label={`${t('account.enabled')} ${u.username}`}
                checked={!u.disabled}
                onChange={(on) => void patch(u, { disabled: !on })}
              />
            ),
          },
          {
            title: t('account.actions'),
            width: 120,
            render: (_, u) => (
              <Popconfirm
                title={t('account.resetPassword')}
                description={
                  <div style={{ maxWidth: 280 }}>
                    {t('account.resetConfirm', { username: u.username })}
                  </div>
                }
                onConfirm={() => void resetPassword(u)}
              >
                <Button size="small" aria-label={`${t('account.resetPassword')} ${u.username}`}>
                  {t('account.resetPassword')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {batch && (
        <PlanAccountsDialog
          onClose={(created) => {
            setBatch(false);
            if (created) users.reload();
          }}
        />
      )}
      {adding && (
        <FormModal<User>
          id="account-add"
          title={t('account.add')}
          path="/api/users"
          initialValues={{ role: 'owner' }}
          toBody={compactBody}
          onClose={(u) => {
            setAdding(false);
            if (u) users.reload();
          }}
        >
          <Form.Item name="username" label={t('account.username')} rules={[{ required: true }]}>
            <Input autoFocus autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('account.password')}
            extra={t('account.passwordHelp')}
            rules={[{ required: true }]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="role" label={t('account.role')} rules={[{ required: true }]}>
            <Select options={roleOptions} />
          </Form.Item>
          <Form.Item name="personId" label={t('account.person')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={dir.personOptions}
            />
          </Form.Item>
          <Form.Item name="unitId" label={t('account.unit')} extra={t('account.unitHelp')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={dir.unitOptions}
            />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
