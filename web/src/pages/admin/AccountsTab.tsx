/** Accounts (账号): who logs in, with which role, as which person; role changes and disabling. */
import { Form, Input, Select, Switch } from 'antd';
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

export function AccountsTab({ dir }: { dir: Directory }) {
  const { t } = useTranslation(adminNs);
  const users = useApi<Page<User>>('/api/users', { limit: 500 });
  const [adding, setAdding] = useState(false);
  const report = useErrorReporter(users.reload);
  const roleOptions = allRoles.map((r) => ({ value: r, label: t(`roles.${r}`, { ns: appNs }) }));

  const patch = async (user: User, body: { role?: Role; disabled?: boolean }) => {
    try {
      await apiFetch(`/api/users/${user.id}`, { method: 'PATCH', body, ifMatch: user.version });
      users.reload();
    } catch (err) {
      report(err);
    }
  };

  return (
    <>
      <AdminList<User>
        addLabel={t('account.add')}
        onAdd={() => setAdding(true)}
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
                onChange={(role: Role) => void patch(u, { role })}
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
        ]}
      />
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
