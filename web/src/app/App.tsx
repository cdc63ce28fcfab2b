/** Root: antd theme and locale following the language, routes behind the log-in gate. */
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router-dom';
import LoginPage from '../pages/login';
import { AuthProvider, useAuth, type Role } from './auth';
import { AppLayout } from './AppLayout';
import { appNs } from './messages';
import { routes } from './routes';
import type { ReactNode } from 'react';

const theme = {
  token: {
    colorPrimary: '#b71c1c',
    fontFamily:
      "-apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  },
};

function Guard({
  roles,
  role,
  children,
}: {
  roles: readonly Role[];
  role: Role;
  children: ReactNode;
}) {
  const { t } = useTranslation(appNs);
  if (roles.includes(role)) return children;
  return <Result status="403" title="403" subTitle={t('forbidden')} />;
}

function NotFound() {
  const { t } = useTranslation(appNs);
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('notFound')}
      extra={<Link to="/">{t('backHome')}</Link>}
    />
  );
}

function Gate() {
  const { user } = useAuth();
  const { t } = useTranslation(appNs);
  if (user === undefined) return <Spin fullscreen description={t('loading')} />;
  if (user === null) return <LoginPage />;
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {routes.map(({ path, page: Page, roles }) => (
          <Route
            key={path}
            path={path}
            element={
              <Guard roles={roles} role={user.role}>
                <Page />
              </Guard>
            }
          />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function App() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  dayjs.locale(en ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={en ? enUS : zhCN} theme={theme}>
      <AntApp>
        <BrowserRouter>
          <AuthProvider>
            <Gate />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
