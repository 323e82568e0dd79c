import { defineRule } from "../rule.js";

/**
 * A waiver (`<!-- guide-disable rule-id -- reason -->` in a Markdown/TXT draft, or an entry of `waivers`
 * in guide.config.yaml) gives no reason. The waiver still applies; this finding asks for the reason, so
 * that every accepted finding says why. Reported by src/waivers, not by the rule runner.
 */
export default defineRule({
  meta: {
    id: "waiver-reason-missing",
    category: "input",
    defaultSeverity: "warning",
    description: {
      zh: "豁免（guide-disable 注释或配置中的 waivers）应写明理由",
      en: "A waiver (guide-disable comment or config waiver) must give a reason",
    },
    requires: { guide: [], draft: [] },
    messages: {
      inline: {
        zh: "豁免注释 {{directive}} {{rules}} 未写明理由，应写作 <!-- {{directive}} {{rules}} -- 理由 -->",
        en: "The waiver comment {{directive}} {{rules}} gives no reason, expected <!-- {{directive}} {{rules}} -- reason -->",
      },
      config: {
        zh: "配置中的豁免 waivers[{{index}}]（{{rules}}）未写明理由，应加上 reason",
        en: "The config waiver waivers[{{index}}] ({{rules}}) gives no reason, expected a reason",
      },
    },
    reportedBy: "waivers",
  },
});
