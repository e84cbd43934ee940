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
    name: '驾驶舱',
    vendor: '创先争优'
  },
  // no "欢迎使用 Camunda" box linking Camunda's own welcome page on the first login
  disableWelcomeMessage: true,
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
