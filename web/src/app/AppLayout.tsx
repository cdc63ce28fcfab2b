/**
 * The frame around every page: side menu by role (collapsed on narrow screens), the 待办 badge, the
 * reminder bell and the user menu (person's name, 修改密码, language, log out). An account that
 * must change its password gets the password dialog before anything else.
 */
import {
  CheckSquareOutlined,
  DownOutlined,
  GlobalOutlined,
  KeyOutlined,
  LogoutOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Badge, Button, Dropdown, Layout, Menu, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { NotificationBell } from '../components/NotificationBell';
import { PasswordDialog } from '../components/PasswordDialog';
import { currentLanguage, setLanguage } from '../i18n';
import { displayName, useAuth, useUser } from './auth';
import { useErrorReporter } from './errors';
import { InboxProvider, useInbox } from './inbox';
import './layout.css';
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

function UserMenu({ onChangePassword }: { onChangePassword: () => void }) {
  const { t } = useTranslation(appNs);
  const user = useUser();
  const { logOut } = useAuth();
  const report = useErrorReporter();
  const other = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  const who = user.name ? `${user.username} · ${t(`roles.${user.role}`)}` : t(`roles.${user.role}`);
  const items: MenuProps['items'] = [
    { key: 'role', label: who, disabled: true },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('password.change') },
    { key: 'language', icon: <GlobalOutlined />, label: t(`languageName.${other}`) },
    { key: 'logout', icon: <LogoutOutlined />, label: t('logOut') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') onChangePassword();
    if (key === 'language') setLanguage(other);
    if (key === 'logout') logOut().catch(report);
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button
        type="text"
        icon={<UserOutlined />}
        data-testid="user-menu"
        className="header-button user-menu-button"
      >
        <span className="user-name">{displayName(user)}</span> <DownOutlined />
      </Button>
    </Dropdown>
  );
}

/** 待办 with its count, linking to the 待办 page. */
function TodoBadge() {
  const { t } = useTranslation(appNs);
  const { data } = useInbox();
  const count = data?.counts.total ?? 0;
  return (
    <Link
      to="/todo"
      className="header-todo"
      data-testid="todo-badge"
      aria-label={`${t('todo')} ${t('todoCount', { count })}`}
    >
      <CheckSquareOutlined />
      <span className="header-todo-label">{t('todo')}</span>
      {count > 0 && <Badge count={count} overflowCount={99} />}
    </Link>
  );
}

export function AppLayout() {
  return (
    <InboxProvider>
      <Frame />
    </InboxProvider>
  );
}

function Frame() {
  const { t } = useTranslation([appNs, navNs]);
  const user = useUser();
  const location = useLocation();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
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
        <div className="header-actions">
          <TodoBadge />
          <NotificationBell />
          <UserMenu onChangePassword={() => setChangingPassword(true)} />
        </div>
      </Header>
      <Layout>
        <Sider
          width={208}
          breakpoint="xl"
          collapsedWidth={56}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          theme="light"
          className="app-sider"
        >
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
      {(user.mustChangePassword || changingPassword) && (
        <PasswordDialog
          forced={user.mustChangePassword === true}
          onClose={() => setChangingPassword(false)}
        />
      )}
    </Layout>
  );
}
