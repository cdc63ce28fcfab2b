/** The frame around every page: side menu by role, user menu with language and log out. */
import { DownOutlined, GlobalOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { currentLanguage, setLanguage } from '../i18n';
import { useAuth, useUser } from './auth';
import { useErrorReporter } from './errors';
import { appNs } from './messages';
import { navNs, routes } from './routes';

const { Header, Sider, Content } = Layout;

function selectedKey(pathname: string): string {
  const match = routes
    .filter(
      (r) => r.nav && (r.path === pathname || (r.path !== '/' && pathname.startsWith(r.path))),
    )
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.path ?? '/';
}

function UserMenu() {
  const { t } = useTranslation(appNs);
  const user = useUser();
  const { logOut } = useAuth();
  const report = useErrorReporter();
  const other = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  const items: MenuProps['items'] = [
    { key: 'role', label: t(`roles.${user.role}`), disabled: true },
    { type: 'divider' },
    { key: 'language', icon: <GlobalOutlined />, label: t(`languageName.${other}`) },
    { key: 'logout', icon: <LogoutOutlined />, label: t('logOut') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'language') setLanguage(other);
    if (key === 'logout') logOut().catch(report);
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button type="text" icon={<UserOutlined />} data-testid="user-menu" style={{ color: '#fff' }}>
        {user.username} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

export function AppLayout() {
  const { t } = useTranslation([appNs, navNs]);
  const user = useUser();
  const location = useLocation();
  const navigate = useNavigate();
  const items: MenuProps['items'] = routes
    .filter((r) => r.nav && r.roles.includes(user.role))
    .map((r) => ({ key: r.path, icon: r.nav?.[2], label: t(`${navNs}:${r.path}`) }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className="app-header">
        <Typography.Title level={4} className="app-title">
          {t('title')}
          <span className="app-subtitle">{t('subtitle')}</span>
        </Typography.Title>
        <UserMenu />
      </Header>
      <Layout>
        <Sider width={208} breakpoint="lg" collapsedWidth={56} theme="light">
          <Menu
            mode="inline"
            aria-label={t('subtitle')}
            selectedKeys={[selectedKey(location.pathname)]}
            items={items}
            onClick={({ key }) => void navigate(key)}
            style={{ height: '100%', borderInlineEnd: 0 }}
          />
        </Sider>
        <Content className="app-content">
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
