// Excellence: the Camunda webapps speak Chinese by default. A browser whose first language is
// English gets English; any other language gets Chinese. The zh locale is assembled by
// cn.excellence.shared.webapp.WebappTranslations (community translation + webapp-i18n/*.zh.json).
// require.js gives up on a script after 7 s and leaves the page on its spinner for good: a plugin's script (Cockpit's
// is 300 KB) on a slow connection or from a busy server is waited for instead. The webapp has made require.js global
// before it imports this file, and loads its plugins after.
if (window.require && window.require.config) {
  window.require.config({ waitSeconds: 0 });
}

export default {
  app: {
    name: '任务列表',
    vendor: '创先争优'
  },
  // form-js (Camunda Forms) validation messages in Chinese; on a phone, the opened task in view and a
  // notice after completing it; a refused completion shown as 未能提交：<the server's message>
  customScripts: ['scripts/form-messages-zh', 'scripts/phone', 'scripts/refusal'],
  // no "欢迎使用 Camunda" box linking Camunda's own welcome page on the first login
  disableWelcomeMessage: true,
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: '认领当前选中的任务' },
    focusFilter: { key: 'ctrl+shift+f', description: '跳到第一个过滤器' },
    focusList: { key: 'ctrl+alt+l', description: '跳到任务列表的第一个任务' },
    focusForm: { key: 'ctrl+alt+f', description: '跳到任务表单的第一个输入框' },
    startProcess: { key: 'ctrl+alt+p', description: '打开“发起流程”对话框' }
  }
};
