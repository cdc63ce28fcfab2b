/**
 * Every page of the app, one line each: the path, the page (loaded on demand), the roles that may
 * open it and, for pages in the side menu, the menu label in Chinese and English.
 */
import {
  ApartmentOutlined,
  CheckSquareOutlined,
  CalendarOutlined,
  DashboardOutlined,
  EditOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  FileWordOutlined,
  ReadOutlined,
  SettingOutlined,
  TableOutlined,
  TrophyOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { registerMessages } from '../i18n';
import { allRoles, type Role } from './auth';

export interface AppRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  roles: readonly Role[];
  /** Menu label [中文, English] and icon; routes without one are reached by links. */
  nav?: [string, string, ReactNode?];
}

const staff: readonly Role[] = ['admin', 'leader', 'owner', 'viewer'];

// prettier-ignore
export const routes: AppRoute[] = [
  { path: '/todo', page: lazy(() => import('../pages/todo')), roles: allRoles, nav: ['待办', 'To do', <CheckSquareOutlined />] },
  { path: '/', page: lazy(() => import('../pages/dashboard')), roles: allRoles, nav: ['工作台', 'Dashboard', <DashboardOutlined />] },
  { path: '/plan', page: lazy(() => import('../pages/plan')), roles: allRoles, nav: ['工作要点', 'Work plan', <FileTextOutlined />] },
  { path: '/tasks', page: lazy(() => import('../pages/tasks')), roles: staff, nav: ['任务表', 'Tasks', <TableOutlined />] },
  { path: '/tasks/:id', page: lazy(() => import('../pages/task')), roles: staff },
  { path: '/my-month', page: lazy(() => import('../pages/my-month')), roles: ['admin', 'owner'], nav: ['本月填报', 'My month', <EditOutlined />] },
  { path: '/import', page: lazy(() => import('../pages/import')), roles: ['admin'], nav: ['导入向导', 'Import', <UploadOutlined />] },
  { path: '/bulletins', page: lazy(() => import('../pages/bulletins')), roles: ['admin', 'leader', 'viewer'], nav: ['通报', 'Bulletins', <FileWordOutlined />] },
  { path: '/info-work', page: lazy(() => import('../pages/info-work')), roles: ['admin', 'leader', 'info_officer', 'viewer'], nav: ['信息工作', 'Information work', <ReadOutlined />] },
  { path: '/grassroots', page: lazy(() => import('../pages/grassroots')), roles: staff, nav: ['深入基层', 'Grassroots days', <EnvironmentOutlined />] },
  { path: '/cascade', page: lazy(() => import('../pages/cascade')), roles: ['admin', 'leader', 'viewer'], nav: ['上下联动', 'Cascade', <ApartmentOutlined />] },
  { path: '/assessment', page: lazy(() => import('../pages/assessment')), roles: ['admin', 'leader', 'viewer'], nav: ['考核', 'Assessment', <TrophyOutlined />] },
  { path: '/months', page: lazy(() => import('../pages/months')), roles: ['admin'], nav: ['月结', 'Month close', <CalendarOutlined />] },
  { path: '/admin', page: lazy(() => import('../pages/admin')), roles: ['admin'], nav: ['系统管理', 'Administration', <SettingOutlined />] },
];

/** Menu labels become the "nav" namespace, keyed by path. */
export const navNs = registerMessages('nav', {
  'zh-CN': Object.fromEntries(routes.flatMap((r) => (r.nav ? [[r.path, r.nav[0]]] : []))),
  en: Object.fromEntries(routes.flatMap((r) => (r.nav ? [[r.path, r.nav[1]]] : []))),
});
