// Excellence: the Camunda webapps speak Chinese by default. A browser whose first language is
// English gets English; any other language gets Chinese. The zh locale is assembled by
// cn.excellence.shared.webapp.WebappTranslations (community translation + webapp-i18n/*.zh.json).
export default {
  app: {
    name: '管理',
    vendor: '创先争优'
  },
  // no "欢迎使用 Camunda" box linking Camunda's own welcome page on the first login
  disableWelcomeMessage: true,
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
