import { registerMessages } from '../i18n';

/** Strings of the shell: layout, log-in state, roles, shared dialogs. */
export const appNs = registerMessages('app', {
  'zh-CN': {
    title: '督办',
    subtitle: '工作要点督办系统',
    loading: '加载中…',
    logOut: '退出登录',
    languageName: { 'zh-CN': '中文', en: 'English' },
    roles: {
      admin: '管理员',
      leader: '分管领导',
      owner: '责任人',
      info_officer: '信息员',
      viewer: '查阅',
    },
    forbidden: '您的角色无权查看此页面。',
    notFound: '没有这个页面。',
    backHome: '返回工作台',
    conflict: {
      title: '任务已被他人修改',
      content:
        '在您编辑期间，其他人已修改了这条记录。您的修改没有保存。请重新加载最新内容后再修改。',
      reload: '重新加载',
      cancel: '取消',
    },
    choosePlan: '选择工作要点',
    noPlans: '还没有工作要点，请先导入通知。',
  },
  en: {
    title: 'Duban',
    subtitle: 'Work-plan supervision',
    loading: 'Loading…',
    logOut: 'Log out',
    languageName: { 'zh-CN': '中文', en: 'English' },
    roles: {
      admin: 'Administrator',
      leader: 'Supervising leader',
      owner: 'Owner',
      info_officer: 'Information officer',
      viewer: 'Viewer',
    },
    forbidden: 'Your role may not see this page.',
    notFound: 'There is no such page.',
    backHome: 'Back to the dashboard',
    conflict: {
      title: 'Someone else changed this task',
      content:
        'While you were editing, someone else changed this record. Your change was not saved. Reload the latest version and edit again.',
      reload: 'Reload',
      cancel: 'Cancel',
    },
    choosePlan: 'Choose a work plan',
    noPlans: 'No work plans yet: import a notice first.',
  },
});
