// fund-risk-campaign: Tasklist in Simplified Chinese (English when the browser asks for it),
// under the product's name. Replaces the default config.js of Camunda 7.24's Tasklist.
// customScripts: ES modules Tasklist imports at start, relative to app/tasklist/ (see
// scripts/fundrisk-tasklist.js: take a task on open, overdue marks, filter counts, form-js in Chinese).
export default {
  customScripts: ['scripts/fundrisk-tasklist.js'],
  app: {
    name: '任务中心',
    vendor: '社保基金风险防控'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY年M月D日 HH:mm:ss'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '签收当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '焦点移到第一个筛选器'},
    focusList: {key: 'ctrl+alt+l', description: '焦点移到任务列表的第一个任务'},
    focusForm: {key: 'ctrl+alt+f', description: '焦点移到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开“发起流程”对话框'}
  }
};
