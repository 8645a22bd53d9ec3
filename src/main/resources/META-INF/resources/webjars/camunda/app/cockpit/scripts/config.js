// fund-risk-campaign: the webapp in Simplified Chinese (English when the browser asks for it),
// under the product's name. Replaces the default config.js of Camunda 7.24's cockpit webapp.
// customScripts (ES modules, relative to app/cockpit/): scripts/fundrisk-cockpit.js names the unit beside each
// process instance's business key.
export default {
  customScripts: ['scripts/fundrisk-cockpit.js'],
  app: {
    name: '流程监控',
    vendor: '社保基金风险防控'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY年M月D日 HH:mm:ss'
  }
};
