/** Log in with user name and password; the server's message (wrong password, locked) shows above the form. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { applyApiError } from '../../app/errors';
import { currentLanguage, setLanguage } from '../../i18n';
import { loginNs } from './messages';

interface Fields {
  username: string;
  password: string;
}

export default function LoginPage() {
  const { t } = useTranslation(loginNs);
  const { logIn } = useAuth();
  const [form] = Form.useForm<Fields>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = (values: Fields) => {
    setBusy(true);
    setError(null);
    logIn(values.username, values.password)
      .catch((err: unknown) => setError(applyApiError(form, err)))
      .finally(() => setBusy(false));
  };

  return (
    <main className="login-page">
      <Card
        title={t('heading')}
        style={{ width: 360 }}
        extra={
          <Button
            type="link"
            onClick={() => setLanguage(currentLanguage() === 'en' ? 'zh-CN' : 'en')}
          >
            {t('switchLanguage')}
          </Button>
        }
      >
        {error && (
          <Alert type="error" message={error} showIcon style={{ marginBottom: 16 }} role="alert" />
        )}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('username')}
            rules={[{ required: true, message: t('required', { field: t('username') }) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('password')}
            rules={[{ required: true, message: t('required', { field: t('password') }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
