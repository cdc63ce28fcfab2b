import { registerMessages } from '../../i18n';

export const loginNs = registerMessages('login', {
  'zh-CN': {
    heading: '督办 · 登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    required: '请输入{{field}}',
    switchLanguage: 'English',
  },
  en: {
    heading: 'Duban · Log in',
    username: 'User name',
    password: 'Password',
    submit: 'Log in',
    required: 'Enter the {{field}}',
    switchLanguage: '中文',
  },
});
