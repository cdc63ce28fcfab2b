/**
 * 修改密码: the current password, the new one twice. Opened from the user menu, or by itself (and
 * not dismissable, only log out) while the account must change a temporary password.
 */
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../api/client';
import { useAuth } from '../app/auth';
import { useErrorReporter } from '../app/errors';
import { appNs } from '../app/messages';
import { useFormSubmit } from './useFormSubmit';

interface Fields {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

interface Props {
  /** The account must change its password: no cancel, no close. */
  forced: boolean;
  onClose: () => void;
}

export function PasswordDialog({ forced, onClose }: Props) {
  const { t } = useTranslation(appNs);
  const { message } = App.useApp();
  const { refresh, logOut } = useAuth();
  const report = useErrorReporter();
  const [form] = Form.useForm<Fields>();
  const required = (field: string) => ({
    required: true,
    message: t('password.required', { field }),
  });

  const { busy, submit } = useFormSubmit(form, async (values: Fields) => {
    await apiFetch<void>('/api/me/password', {
      method: 'POST',
      body: { currentPassword: values.currentPassword, newPassword: values.newPassword },
    });
    void message.success(t('password.changed'));
    await refresh();
    onClose();
  });

  const footer = [
    forced ? (
      <Button key="logout" onClick={() => void logOut().catch(report)}>
        {t('logOut')}
      </Button>
    ) : (
      <Button key="cancel" onClick={onClose}>
        {t('conflict.cancel')}
      </Button>
    ),
    <Button key="ok" type="primary" htmlType="submit" form="password-change" loading={busy}>
      {t('password.submit')}
    </Button>,
  ];

  return (
    <Modal
      open
      title={t('password.title')}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      onCancel={forced ? undefined : onClose}
      footer={footer}
      destroyOnHidden
      width={440}
      data-testid="password-dialog"
    >
      {forced && (
        <Alert
          type="warning"
          showIcon
          title={t('password.mustChange')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Fields> id="password-change" form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[required(t('password.current'))]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.newHelp')}
          dependencies={['currentPassword']}
          rules={[
            required(t('password.new')),
            { min: 8, message: t('password.tooShort') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                value && value === getFieldValue('currentPassword')
                  ? Promise.reject(new Error(t('password.same')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            required(t('password.confirm')),
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
