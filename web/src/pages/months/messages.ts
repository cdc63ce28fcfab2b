import { registerMessages } from '../../i18n';

export const monthsNs = registerMessages('months', {
  'zh-CN': {
    title: '月结',
    intro:
      '月结后，该月的台账和进展报送即为只读，不能再新增、修改、作废或审核；需要更正的记入未月结的月份。月结对全部单位生效，且不能撤销。',
    month: '月份',
    monthName: '{{year}}年{{month}}月',
    state: '状态',
    states: { closed: '已月结', open: '可月结', future: '未到期' },
    closedAt: '月结时间',
    close: '月结',
    confirmTitle: '月结 {{year}}年{{month}}月？',
    confirmContent:
      '月结后，{{year}}年{{month}}月的台账和进展报送将变为只读，所有单位都不能再修改，且不能撤销。',
    confirm: '确认月结',
    cancel: '取消',
    done: '{{year}}年{{month}}月已月结',
    summary: '{{year}}年：已月结 {{closed}} 个月，可月结 {{open}} 个月',
  },
  en: {
    title: 'Month close',
    intro:
      'Once a month is closed its ledger entries and progress reports are read-only: nothing is added, changed, voided or reviewed; corrections go in an open month. A close applies to every unit and cannot be undone.',
    month: 'Month',
    monthName: '{{year}}-{{month}}',
    state: 'State',
    states: { closed: 'Closed', open: 'Can be closed', future: 'Not yet begun' },
    closedAt: 'Closed at',
    close: 'Close',
    confirmTitle: 'Close {{year}}-{{month}}?',
    confirmContent:
      'The ledger entries and progress reports of {{year}}-{{month}} become read-only for every unit. This cannot be undone.',
    confirm: 'Close the month',
    cancel: 'Cancel',
    done: '{{year}}-{{month}} is closed',
    summary: '{{year}}: {{closed}} months closed, {{open}} can be closed',
  },
});
