/**
 * The authorization matrix: every API route against every role and scope, over real HTTP, on both
 * engines. "allowed" means the request got past authentication and authorization (any status but
 * 401/403); "denied" means exactly 403 (401 for the anonymous caller). The route list is checked
 * against the OpenAPI document, so a new route without a row here fails the test.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSamplePlan } from '../domains/plan/load-sample-plan.js';
import { createApiToken } from '../platform/auth/credentials.js';
import { startTestApp, type TestApp } from './app.js';
import {
  anonymousClient,
  buildUser,
  logInClient,
  personId,
  tokenClient,
  unitId,
  type Client,
} from './factories.js';
import { defaultRules } from '../domains/info-work/info-scheme.js';
import { engines } from './stores.js';

type Principal =
  | 'admin'
  | 'token'
  | 'leader'
  | 'owner'
  | 'otherOwner'
  | 'info'
  | 'viewer'
  | 'outsider'
  | 'child'
  | 'anonymous';
const principals: Principal[] = [
  'anonymous',
  'outsider',
  'child',
  'viewer',
  'info',
  'otherOwner',
  'owner',
  'leader',
  'token',
  'admin',
];

interface Ids {
  plan: number;
  task: number;
  indicator: number;
  entry: number;
  report: number;
  section: number;
  keyTask: number;
  item: number;
  unit: number;
  person: number;
  user: number;
  /** An account whose password the reset row may change without logging anybody out. */
  spareUser: number;
  token: number;
  issuer: number;
  notification: number;
  webhook: number;
  extension: number;
  completion: number;
  attachment: number;
  milestone: number;
  visit: number;
  contactPoint: number;
  infoItem: number;
  bulletin: number;
  office: number;
}

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  url: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  upload?: boolean;
  allowed: Principal[];
  /** Whether the administrator of a subordinate unit (天长市科协) may; by default as a reader in scope. */
  child?: boolean;
}

const everyone: Principal[] = [
  'admin',
  'token',
  'leader',
  'owner',
  'otherOwner',
  'info',
  'viewer',
  'outsider',
];
const inScope: Principal[] = ['admin', 'token', 'leader', 'owner', 'otherOwner', 'info', 'viewer'];
const admins: Principal[] = ['admin', 'token'];
const anyAdmin: Principal[] = ['admin', 'token', 'outsider'];
/** 学会部 and its people: seen from the association above it and from inside, not from a sibling. */
const society: Principal[] = ['admin', 'token', 'leader', 'owner', 'viewer'];

const rows: Row[] = [
  { method: 'GET', path: '/api/me', url: () => '/api/me', allowed: everyone },
  { method: 'GET', path: '/api/units', url: () => '/api/units', allowed: everyone },
  {
    method: 'GET',
    path: '/api/units/{id}',
    url: (i) => `/api/units/${i.unit}`,
    allowed: society,
    child: false,
  },
  {
    method: 'POST',
    path: '/api/units',
    url: () => '/api/units',
    body: (i) => ({ name: '新部门', parentId: i.issuer, kind: 'department' }),
    allowed: admins,
  },
  {
    method: 'PATCH',
    path: '/api/units/{id}',
    url: (i) => `/api/units/${i.unit}`,
    body: () => ({ name: '学会部', version: 1 }),
    allowed: admins,
  },
  { method: 'GET', path: '/api/people', url: () => '/api/people', allowed: everyone },
  {
    method: 'GET',
    path: '/api/people/{id}',
    url: (i) => `/api/people/${i.person}`,
    allowed: society,
    child: false,
  },
  {
    method: 'POST',
    path: '/api/people',
    url: () => '/api/people',
    body: (i) => ({ name: '新人', unitId: i.unit }),
    allowed: admins,
  },
  {
    method: 'PATCH',
    path: '/api/people/{id}',
    url: (i) => `/api/people/${i.person}`,
    body: () => ({ title: '部长', version: 1 }),
    allowed: admins,
  },
  { method: 'GET', path: '/api/users', url: () => '/api/users', allowed: anyAdmin },
  { method: 'GET', path: '/api/users/{id}', url: (i) => `/api/users/${i.user}`, allowed: admins },
  {
    method: 'POST',
    path: '/api/users',
    url: () => '/api/users',
    body: (i) => ({
      username: 'newuser',
      password: 'long enough pw',
      role: 'viewer',
      unitId: i.issuer,
    }),
    allowed: admins,
  },
  {
    method: 'PATCH',
    path: '/api/users/{id}',
    url: (i) => `/api/users/${i.user}`,
    body: () => ({ role: 'viewer', version: 1 }),
    allowed: admins,
  },
  {
    method: 'POST',
    path: '/api/users/{id}/password',
    url: (i) => `/api/users/${i.spareUser}/password`,
    body: () => ({ password: 'temporary pw 1' }),
    allowed: admins,
  },
  {
    method: 'POST',
    path: '/api/me/password',
    url: () => '/api/me/password',
    // A wrong current password: past authorization, nothing changed.
    body: () => ({ currentPassword: 'not the password', newPassword: 'a new password 1' }),
    allowed: ['admin', 'leader', 'owner', 'otherOwner', 'info', 'viewer', 'outsider'],
    child: true,
  },
  {
    method: 'POST',
    path: '/api/plans/{id}/accounts',
    url: (i) => `/api/plans/${i.plan}/accounts`,
    body: () => ({}),
    allowed: admins,
    child: false,
  },
  { method: 'GET', path: '/api/tokens', url: () => '/api/tokens', allowed: anyAdmin },
  {
    method: 'POST',
    path: '/api/tokens',
    url: () => '/api/tokens',
    body: (i) => ({ name: '对接', userId: i.user }),
    allowed: admins,
  },
  {
    method: 'DELETE',
    path: '/api/tokens/{id}',
    url: (i) => `/api/tokens/${i.token}`,
    allowed: admins,
  },
  { method: 'GET', path: '/api/plans', url: () => '/api/plans', allowed: everyone },
  { method: 'GET', path: '/api/plans/{id}', url: (i) => `/api/plans/${i.plan}`, allowed: inScope },
  {
    method: 'PATCH',
    path: '/api/plans/{id}',
    url: (i) => `/api/plans/${i.plan}`,
    body: () => ({ title: '滁州市科协2017年工作要点', version: 1 }),
    allowed: admins,
  },
  {
    method: 'POST',
    path: '/api/plans/import',
    url: () => '/api/plans/import',
    upload: true,
    allowed: anyAdmin,
  },
  {
    method: 'POST',
    path: '/api/plans/{id}/publish',
    url: (i) => `/api/plans/${i.plan}/publish`,
    body: () => ({ version: 1 }),
    allowed: admins,
  },
  {
    method: 'PATCH',
    path: '/api/sections/{id}',
    url: (i) => `/api/sections/${i.section}`,
    body: () => ({ heading: '强化责任意识', version: 1 }),
    allowed: admins,
  },
  {
    method: 'PATCH',
    path: '/api/key-tasks/{id}',
    url: (i) => `/api/key-tasks/${i.keyTask}`,
    body: () => ({ text: '尽快草拟《滁州市科协系统深化改革方案》' }),
    allowed: admins,
  },
  {
    method: 'PATCH',
    path: '/api/items/{id}',
    url: (i) => `/api/items/${i.item}`,
    body: () => ({ title: '继续宣传贯彻科技三会精神', version: 1 }),
    allowed: admins,
  },
  { method: 'GET', path: '/api/tasks', url: () => '/api/tasks', allowed: everyone },
  {
    method: 'GET',
    path: '/api/plans/{id}/tasks',
    url: (i) => `/api/plans/${i.plan}/tasks`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/plans/{id}/tasks',
    url: (i) => `/api/plans/${i.plan}/tasks`,
    body: () => ({ content: '新增任务' }),
    allowed: admins,
  },
  { method: 'GET', path: '/api/tasks/{id}', url: (i) => `/api/tasks/${i.task}`, allowed: inScope },
  {
    method: 'PATCH',
    path: '/api/tasks/{id}',
    url: (i) => `/api/tasks/${i.task}`,
    body: () => ({ notes: '备注', version: 1 }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/indicators',
    url: (i) => `/api/tasks/${i.task}/indicators`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/indicators',
    url: (i) => `/api/tasks/${i.task}/indicators`,
    body: () => ({ comparator: '>=', value: 5, unit: '次', subject: '座谈', aggregation: 'count' }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/indicators/{id}',
    url: (i) => `/api/indicators/${i.indicator}`,
    allowed: inScope,
  },
  {
    method: 'PATCH',
    path: '/api/indicators/{id}',
    url: (i) => `/api/indicators/${i.indicator}`,
    body: () => ({ subject: '专家', version: 1 }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/indicators/{id}/ledger',
    url: (i) => `/api/indicators/${i.indicator}/ledger`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/indicators/{id}/ledger',
    url: (i) => `/api/indicators/${i.indicator}/ledger`,
    body: () => ({ entryDate: '2017-09-01', quantity: 1, subject: '专家甲' }),
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'POST',
    path: '/api/ledger/{id}/void',
    url: (i) => `/api/ledger/${i.entry}/void`,
    body: () => ({ reason: '重复录入' }),
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/reports',
    url: (i) => `/api/tasks/${i.task}/reports`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/reports',
    url: (i) => `/api/tasks/${i.task}/reports`,
    body: () => ({ month: '2017-09', done: '组织专家走访企业' }),
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'GET',
    path: '/api/reports/{id}',
    url: (i) => `/api/reports/${i.report}`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/reports/{id}/return',
    url: (i) => `/api/reports/${i.report}/return`,
    body: () => ({ comment: '请补充数据', version: 1 }),
    allowed: ['admin', 'token', 'leader'],
  },
  {
    method: 'POST',
    path: '/api/reports/{id}/accept',
    url: (i) => `/api/reports/${i.report}/accept`,
    body: () => ({ version: 1 }),
    allowed: ['admin', 'token', 'leader'],
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/complete',
    url: (i) => `/api/tasks/${i.task}/complete`,
    body: () => ({ version: 2 }),
    allowed: ['admin', 'token', 'leader'],
  },
  {
    method: 'PATCH',
    path: '/api/reports/{id}',
    url: (i) => `/api/reports/${i.report}`,
    body: () => ({ done: '补充了数据', version: 1 }),
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'GET',
    path: '/api/reports/{id}/attachments',
    url: (i) => `/api/reports/${i.report}/attachments`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/reports/{id}/attachments',
    url: (i) => `/api/reports/${i.report}/attachments`,
    upload: true,
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/completion-requests',
    url: (i) => `/api/tasks/${i.task}/completion-requests`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/completion-requests',
    url: (i) => `/api/tasks/${i.task}/completion-requests`,
    body: () => ({ note: '已全部完成' }),
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'GET',
    path: '/api/completion-requests/{id}',
    url: (i) => `/api/completion-requests/${i.completion}`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/completion-requests/{id}/attachments',
    url: (i) => `/api/completion-requests/${i.completion}/attachments`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/completion-requests/{id}/attachments',
    url: (i) => `/api/completion-requests/${i.completion}/attachments`,
    upload: true,
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'POST',
    path: '/api/completion-requests/{id}/return',
    url: (i) => `/api/completion-requests/${i.completion}/return`,
    body: () => ({ comment: '请补充佐证材料', version: 1 }),
    allowed: ['admin', 'token', 'leader'],
  },
  {
    method: 'POST',
    path: '/api/completion-requests/{id}/confirm',
    url: (i) => `/api/completion-requests/${i.completion}/confirm`,
    body: () => ({ version: 1 }),
    allowed: ['admin', 'token', 'leader'],
  },
  {
    method: 'POST',
    path: '/api/imports/preview',
    url: () => '/api/imports/preview',
    upload: true,
    allowed: anyAdmin,
  },
  { method: 'GET', path: '/api/audit', url: () => '/api/audit', allowed: admins },
  {
    method: 'GET',
    path: '/api/ledger/{id}/attachments',
    url: (i) => `/api/ledger/${i.entry}/attachments`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/ledger/{id}/attachments',
    url: (i) => `/api/ledger/${i.entry}/attachments`,
    upload: true,
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'GET',
    path: '/api/attachments/{id}',
    url: (i) => `/api/attachments/${i.attachment}`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/indicators/{id}/ledger.xlsx',
    url: (i) => `/api/indicators/${i.indicator}/ledger.xlsx`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/ledger.xlsx',
    url: (i) => `/api/plans/${i.plan}/ledger.xlsx`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/table.xlsx',
    url: (i) => `/api/plans/${i.plan}/table.xlsx`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/indicators/{id}/history',
    url: (i) => `/api/indicators/${i.indicator}/history`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/dashboard',
    url: (i) => `/api/plans/${i.plan}/dashboard`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/assessment-scheme',
    url: (i) => `/api/plans/${i.plan}/assessment-scheme`,
    allowed: inScope,
  },
  {
    method: 'PUT',
    path: '/api/plans/{id}/assessment-scheme',
    url: (i) => `/api/plans/${i.plan}/assessment-scheme`,
    body: () => ({ weights: [], overdueDeduction: 2, missingReportDeduction: 1, bonuses: [] }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/assessment',
    url: (i) => `/api/plans/${i.plan}/assessment`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/assessment.xlsx',
    url: (i) => `/api/plans/${i.plan}/assessment.xlsx`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/assessment.docx',
    url: (i) => `/api/plans/${i.plan}/assessment.docx`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/extensions',
    url: (i) => `/api/tasks/${i.task}/extensions`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/extensions',
    url: (i) => `/api/tasks/${i.task}/extensions`,
    body: () => ({ requestedDue: '2018-01-31', reason: '等待省科协批复' }),
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'GET',
    path: '/api/extensions/{id}',
    url: (i) => `/api/extensions/${i.extension}`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/extensions/{id}/reject',
    url: (i) => `/api/extensions/${i.extension}/reject`,
    body: () => ({ comment: '不同意', version: 1 }),
    allowed: ['admin', 'token', 'leader'],
  },
  {
    method: 'POST',
    path: '/api/extensions/{id}/approve',
    url: (i) => `/api/extensions/${i.extension}/approve`,
    body: () => ({ version: 1 }),
    allowed: ['admin', 'token', 'leader'],
  },
  { method: 'GET', path: '/api/inbox', url: () => '/api/inbox', allowed: everyone },
  { method: 'POST', path: '/api/inbox/seen', url: () => '/api/inbox/seen', allowed: everyone },
  { method: 'GET', path: '/api/notifications', url: () => '/api/notifications', allowed: everyone },
  {
    method: 'POST',
    path: '/api/notifications/{id}/read',
    url: (i) => `/api/notifications/${i.notification}/read`,
    allowed: ['owner'],
  },
  {
    method: 'POST',
    path: '/api/notifications/read-all',
    url: () => '/api/notifications/read-all',
    allowed: everyone,
  },
  { method: 'GET', path: '/api/webhooks', url: () => '/api/webhooks', allowed: admins },
  {
    method: 'POST',
    path: '/api/webhooks',
    url: () => '/api/webhooks',
    body: () => ({
      name: '钉钉群',
      url: 'http://127.0.0.1:9/hook',
      format: 'json',
      events: ['overdue'],
    }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/webhooks/{id}',
    url: (i) => `/api/webhooks/${i.webhook}`,
    allowed: admins,
  },
  {
    method: 'PATCH',
    path: '/api/webhooks/{id}',
    url: (i) => `/api/webhooks/${i.webhook}`,
    body: () => ({ name: '督办群', version: 1 }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/webhooks/{id}/deliveries',
    url: (i) => `/api/webhooks/${i.webhook}/deliveries`,
    allowed: admins,
  },
  {
    method: 'DELETE',
    path: '/api/webhooks/{id}',
    url: (i) => `/api/webhooks/${i.webhook}`,
    allowed: admins,
  },
  { method: 'GET', path: '/api/months', url: () => '/api/months', allowed: everyone },
  {
    method: 'POST',
    path: '/api/months/{month}/close',
    url: () => '/api/months/2017-01/close',
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/occurrences',
    url: (i) => `/api/tasks/${i.task}/occurrences`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/tasks/{id}/milestones',
    url: (i) => `/api/tasks/${i.task}/milestones`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/tasks/{id}/milestones',
    url: (i) => `/api/tasks/${i.task}/milestones`,
    body: () => ({ title: '专家库建成', due: '2017-11-30' }),
    allowed: admins,
  },
  {
    method: 'PATCH',
    path: '/api/milestones/{id}',
    url: (i) => `/api/milestones/${i.milestone}`,
    body: () => ({ title: '首批专家入企', version: 1 }),
    allowed: admins,
  },
  {
    method: 'POST',
    path: '/api/milestones/{id}/done',
    url: (i) => `/api/milestones/${i.milestone}/done`,
    body: () => ({ evidence: '见台账', version: 2 }),
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'PUT',
    path: '/api/tasks/{id}/assignees',
    url: (i) => `/api/tasks/${i.task}/assignees`,
    body: (i) => ({ owners: [i.person], leadDepartments: [i.unit], coDepartments: [] }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/grassroots/visits',
    url: () => '/api/grassroots/visits',
    allowed: everyone,
  },
  {
    method: 'POST',
    path: '/api/grassroots/visits',
    url: () => '/api/grassroots/visits',
    body: (i) => ({
      personId: i.person,
      startDate: '2017-09-04',
      endDate: '2017-09-05',
      place: '定远县',
      purpose: '走访企业',
    }),
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'POST',
    path: '/api/grassroots/visits/{id}/void',
    url: (i) => `/api/grassroots/visits/${i.visit}/void`,
    body: () => ({ reason: '重复录入' }),
    allowed: ['admin', 'token', 'owner'],
  },
  {
    method: 'GET',
    path: '/api/grassroots/contact-points',
    url: () => '/api/grassroots/contact-points',
    allowed: everyone,
  },
  {
    method: 'POST',
    path: '/api/grassroots/contact-points',
    url: () => '/api/grassroots/contact-points',
    body: (i) => ({ name: '凤阳服务点', personId: i.person }),
    allowed: admins,
  },
  {
    method: 'PATCH',
    path: '/api/grassroots/contact-points/{id}',
    url: (i) => `/api/grassroots/contact-points/${i.contactPoint}`,
    body: () => ({ name: '明光服务点', version: 1 }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/grassroots/minimums/{year}',
    url: () => '/api/grassroots/minimums/2017',
    allowed: everyone,
  },
  {
    method: 'PUT',
    path: '/api/grassroots/minimums/{year}',
    url: () => '/api/grassroots/minimums/2017',
    body: () => ({ leading: 60, staff: 30 }),
    allowed: admins,
  },
  {
    method: 'PUT',
    path: '/api/grassroots/people/{personId}/category',
    url: (i) => `/api/grassroots/people/${i.person}/category`,
    body: () => ({ category: 'staff' }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/grassroots/totals',
    url: () => '/api/grassroots/totals?year=2017',
    allowed: everyone,
  },
  {
    method: 'GET',
    path: '/api/grassroots/behind',
    url: () => '/api/grassroots/behind?year=2017',
    allowed: everyone,
  },
  { method: 'GET', path: '/api/info-items', url: () => '/api/info-items', allowed: everyone },
  {
    method: 'GET',
    path: '/api/info-items/{id}',
    url: (i) => `/api/info-items/${i.infoItem}`,
    allowed: ['admin', 'token', 'leader', 'otherOwner', 'info', 'viewer'],
    child: false,
  },
  {
    method: 'POST',
    path: '/api/info-items',
    url: () => '/api/info-items',
    body: (i) => ({
      title: '市科协召开科普工作会议',
      content: '会议部署全年科普工作。',
      submittedOn: '2017-09-25',
      unitId: i.office,
    }),
    allowed: ['admin', 'token', 'info'],
  },
  {
    method: 'POST',
    path: '/api/info-items/{id}/adoptions',
    url: (i) => `/api/info-items/${i.infoItem}/adoptions`,
    body: () => ({ level: 'unit_website', adoptedOn: '2017-09-29' }),
    allowed: admins,
  },
  {
    method: 'POST',
    path: '/api/info-items/{id}/instructions',
    url: (i) => `/api/info-items/${i.infoItem}/instructions`,
    body: () => ({ by: '市长', note: '阅', on: '2017-09-29' }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/info-schemes/{year}',
    url: () => '/api/info-schemes/2017',
    allowed: everyone,
  },
  {
    method: 'PUT',
    path: '/api/info-schemes/{year}',
    url: () => '/api/info-schemes/2017',
    body: () => defaultRules,
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/info-rankings',
    url: (i) => `/api/info-rankings?month=2017-09&unitId=${i.issuer}`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/info-rankings.xlsx',
    url: (i) => `/api/info-rankings.xlsx?year=2017&unitId=${i.issuer}`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/info-bulletins/{month}',
    url: (i) => `/api/info-bulletins/2017-09?unitId=${i.issuer}`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/plans/{id}/bulletins',
    url: (i) => `/api/plans/${i.plan}/bulletins`,
    body: () => ({ month: '2017-09', kind: 'grassroots' }),
    allowed: ['admin', 'token', 'leader'],
    child: false,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/bulletins',
    url: (i) => `/api/plans/${i.plan}/bulletins`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/bulletins/{id}',
    url: (i) => `/api/bulletins/${i.bulletin}`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/bulletins/{id}/document',
    url: (i) => `/api/bulletins/${i.bulletin}/document?format=html`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/bulletins/{id}/issue',
    url: (i) => `/api/bulletins/${i.bulletin}/issue`,
    body: () => ({ issueDate: '2017-09-04' }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/units/{id}/bulletin-settings',
    url: (i) => `/api/units/${i.unit}/bulletin-settings`,
    allowed: society,
    child: false,
  },
  {
    method: 'PUT',
    path: '/api/units/{id}/bulletin-settings',
    url: (i) => `/api/units/${i.unit}/bulletin-settings`,
    body: () => ({
      mastheadName: '学会部',
      issuingOffice: '学会部',
      copyTo: [],
      printedBy: '学会部',
    }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/recipients',
    url: (i) => `/api/plans/${i.plan}/recipients`,
    allowed: inScope,
  },
  {
    method: 'PUT',
    path: '/api/plans/{id}/recipients',
    url: (i) => `/api/plans/${i.plan}/recipients`,
    body: () => ({ unitIds: [] }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/children',
    url: (i) => `/api/plans/${i.plan}/children`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/plans/{id}/children',
    url: (i) => `/api/plans/${i.plan}/children`,
    body: (i) => ({ childPlanId: i.plan }),
    allowed: admins,
  },
  {
    method: 'PUT',
    path: '/api/tasks/{id}/alignment',
    url: (i) => `/api/tasks/${i.task}/alignment`,
    body: () => ({ keyTaskId: null }),
    allowed: admins,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/key-tasks/{no}/aligned',
    url: (i) => `/api/plans/${i.plan}/key-tasks/1/aligned`,
    allowed: inScope,
  },
  {
    method: 'GET',
    path: '/api/plans/{id}/rollup',
    url: (i) => `/api/plans/${i.plan}/rollup`,
    allowed: inScope,
  },
  {
    method: 'POST',
    path: '/api/plans/{id}/close',
    url: (i) => `/api/plans/${i.plan}/close`,
    body: () => ({ version: 1 }),
    allowed: admins,
  },
];

/** The subordinate unit's administrator reads what its scope shows and administers nothing above it. */
for (const row of rows) {
  const reader = row.allowed.includes('viewer') || row.allowed.includes('outsider');
  if (row.child ?? reader) row.allowed = [...row.allowed, 'child'];
}

/** Routes anyone may call; they are covered by their own tests. */
const publicRoutes = ['GET /api/health', 'POST /api/session', 'DELETE /api/session'];

const notice = readFileSync(
  new URL('../domains/import/fixtures/chuzhou-cast-2017-workplan.txt', import.meta.url),
);

describe.each(engines)('authorization matrix on %s', (kind) => {
  let t: TestApp;
  let ids: Ids;
  const clients = new Map<Principal, Client>();

  beforeAll(async () => {
    t = await startTestApp(kind, undefined, () => new Date('2017-09-30T04:00:00Z'));
    const db = t.testStore.store.db;
    const plan = (await loadSamplePlan({ db }))?.planId ?? 0;
    const issuer = await unitId(db, '滁州市科学技术协会');
    const office = await unitId(db, '办公室');
    const society = await unitId(db, '学会部');
    const county = (
      await db
        .insertInto('units')
        .values({ name: '天长市科协', parent_id: issuer, kind: 'county' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const elsewhere = (
      await db
        .insertInto('units')
        .values({ name: '合肥市科协', parent_id: null, kind: 'association' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const users: [Principal, Parameters<typeof buildUser>[1]][] = [
      ['admin', { username: 'admin', role: 'admin' }],
      [
        'leader',
        { username: 'liu', role: 'leader', unitId: issuer, personId: await personId(db, '柳军') },
      ],
      [
        'owner',
        {
          username: 'peng',
          role: 'owner',
          unitId: society,
          personId: await personId(db, '彭国华'),
        },
      ],
      [
        'otherOwner',
        { username: 'bai', role: 'owner', unitId: office, personId: await personId(db, '柏春艳') },
      ],
      ['info', { username: 'info', role: 'info_officer', unitId: office }],
      ['viewer', { username: 'viewer', role: 'viewer', unitId: issuer }],
      ['outsider', { username: 'hefei', role: 'admin', unitId: elsewhere }],
      ['child', { username: 'tianchang', role: 'admin', unitId: county }],
    ];
    const spareUser = await buildUser(db, { username: 'spare', role: 'viewer', unitId: issuer });
    const userIds = new Map<Principal, number>();
    for (const [who, options] of users) userIds.set(who, await buildUser(db, options));
    for (const [who, options] of users)
      clients.set(who, await logInClient(t.baseUrl, options.username));
    const token = await createApiToken(db, {
      name: 'matrix',
      userId: userIds.get('admin') ?? 0,
      createdBy: userIds.get('admin') ?? 0,
    });
    const spare = await createApiToken(db, {
      name: 'to revoke',
      userId: userIds.get('viewer') ?? 0,
      createdBy: userIds.get('admin') ?? 0,
    });
    clients.set('token', tokenClient(t.baseUrl, token.token));
    clients.set('anonymous', anonymousClient(t.baseUrl));
    const task = await db
      .selectFrom('tasks')
      .select('id')
      .where('plan_id', '=', plan)
      .where('no', '=', 2)
      .executeTakeFirstOrThrow();
    const indicator = await db
      .selectFrom('indicators')
      .select('id')
      .where('task_id', '=', task.id)
      .executeTakeFirstOrThrow();
    const entry = await db
      .insertInto('ledger_entries')
      .values({
        indicator_id: indicator.id,
        entry_date: '2017-08-10',
        quantity: 1,
        subject: '专家乙',
        attributes: '{}',
        entered_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const report = await db
      .insertInto('progress_reports')
      .values({
        task_id: task.id,
        month: '2017-08',
        done: '开展活动',
        problems: '',
        next_steps: '',
        state: 'submitted',
        submitted_by: null,
        submitted_at: '2017-08-31T00:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const now = '2017-09-30T04:00:00.000Z';
    const notification = await db
      .insertInto('notifications')
      .values({
        user_id: userIds.get('owner') ?? 0,
        task_id: task.id,
        kind: 'overdue',
        dedupe_key: 'matrix',
        title: '督办提醒',
        body: '任务已逾期',
        created_at: now,
        read_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const webhook = await db
      .insertInto('webhooks')
      .values({
        name: '测试',
        url: 'http://127.0.0.1:9/x',
        format: 'json',
        events: '["overdue"]',
        secret: null,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const extension = await db
      .insertInto('extension_requests')
      .values({
        task_id: task.id,
        current_due: '2017-12-31',
        requested_due: '2018-01-31',
        original_due: '2017-12-31',
        reason: '等待批复',
        state: 'pending',
        requested_by: null,
        requested_at: now,
        decided_by: null,
        decided_at: null,
        decision_comment: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const completion = await db
      .insertInto('completion_requests')
      .values({ task_id: task.id, note: '已完成', state: 'pending', requested_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const pdf = Buffer.from('%PDF-1.4 matrix');
    const attachment = await db
      .insertInto('attachments')
      .values({
        ledger_entry_id: entry.id,
        name: '照片.pdf',
        size: pdf.length,
        content_type: 'application/pdf',
        sha256: 'x',
        content: pdf,
        uploaded_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const milestone = await db
      .insertInto('milestones')
      .values({
        task_id: task.id,
        title: '首批专家入企',
        due_date: '2017-10-31',
        done_at: null,
        evidence: null,
        done_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const visit = await db
      .insertInto('grassroots_visits')
      .values({
        person_id: await personId(db, '彭国华'),
        start_date: '2017-08-01',
        end_date: '2017-08-02',
        days: 2,
        place: '全椒县',
        purpose: '调研',
        findings: null,
        contact_point_id: null,
        recorded_by: null,
        voided_at: null,
        void_reason: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const contactPoint = await db
      .insertInto('grassroots_contact_points')
      .values({
        name: '南谯服务点',
        unit_id: null,
        address: null,
        person_id: await personId(db, '彭国华'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const infoItem = await db
      .insertInto('information_items')
      .values({
        unit_id: office,
        submitted_by: null,
        title: '科技三会精神宣讲',
        content: '开展宣讲活动。',
        submitted_on: '2017-09-10',
        adoption_level: null,
        instruction: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const bulletin = await db
      .insertInto('bulletins')
      .values({
        plan_id: plan,
        month: '2017-08',
        kind: 'key_work',
        version: 1,
        snapshot: JSON.stringify({
          kind: 'grassroots',
          month: '2017-08',
          asOf: '2017-08-31',
          people: [],
          plan: {
            id: plan,
            title: '滁州市科协2017年工作要点',
            year: 2017,
            docNumber: null,
            issuingUnit: null,
          },
        }),
        created_by: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const section = await db
      .selectFrom('plan_sections')
      .select('id')
      .where('plan_id', '=', plan)
      .where('no', '=', 1)
      .executeTakeFirstOrThrow();
    const item = await db
      .selectFrom('plan_items')
      .select('id')
      .where('plan_id', '=', plan)
      .where('no', '=', 1)
      .executeTakeFirstOrThrow();
    const keyTask = await db
      .selectFrom('key_tasks')
      .select('id')
      .where('plan_id', '=', plan)
      .where('no', '=', 1)
      .executeTakeFirstOrThrow();
    ids = {
      plan,
      task: task.id,
      indicator: indicator.id,
      entry: entry.id,
      report: report.id,
      section: section.id,
      keyTask: keyTask.id,
      item: item.id,
      unit: society,
      person: await personId(db, '彭国华'),
      user: userIds.get('viewer') ?? 0,
      spareUser,
      token: spare.id,
      issuer,
      notification: notification.id,
      webhook: webhook.id,
      extension: extension.id,
      completion: completion.id,
      attachment: attachment.id,
      milestone: milestone.id,
      visit: visit.id,
      contactPoint: contactPoint.id,
      infoItem: infoItem.id,
      bulletin: bulletin.id,
      office,
    };
  });
  afterAll(async () => t.close());

  it('has a row for every route in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${t.baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = [...rows.map((r) => `${r.method} ${r.path}`), ...publicRoutes];
    expect(documented.filter((r) => !covered.includes(r))).toEqual([]);
  });

  async function call(who: Principal, row: Row): Promise<number> {
    const client = clients.get(who);
    if (!client) throw new Error(who);
    const url = row.url(ids);
    if (row.upload) {
      const form = new FormData();
      form.append('file', new Blob([notice]), 'notice.txt');
      const res = await fetch(`${t.baseUrl}${url}`, {
        method: row.method,
        headers: client.auth,
        body: form,
      });
      await res.arrayBuffer();
      return res.status;
    }
    const res =
      row.method === 'GET'
        ? await client.get(url)
        : await client.send(row.method, url, row.body?.(ids));
    // Read the body: an unread response keeps its connection busy and the server from closing.
    await res.arrayBuffer();
    return res.status;
  }

  // Denied callers go first so that an allowed write cannot change what they are refused.
  it.each(rows.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, row) => {
    const outcome: Record<string, number> = {};
    for (const who of principals) {
      if (row.allowed.includes(who)) continue;
      outcome[who] = await call(who, row);
    }
    for (const who of row.allowed) outcome[who] = await call(who, row);
    const expected = Object.fromEntries(
      principals.map((who) => [
        who,
        row.allowed.includes(who) ? 'allowed' : who === 'anonymous' ? 401 : 403,
      ]),
    );
    const seen = Object.fromEntries(
      principals.map((who) => {
        const status = outcome[who] ?? 0;
        return [
          who,
          row.allowed.includes(who) && status !== 401 && status !== 403 ? 'allowed' : status,
        ];
      }),
    );
    expect(seen).toEqual(expected);
  });
});
