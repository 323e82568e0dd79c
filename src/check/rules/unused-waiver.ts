import { defineRule } from "../rule.js";

/**
 * A waiver that suppressed nothing: the finding it was written for is gone (fixed, or the draft moved on),
 * so the waiver only hides future problems. Reported with `--report-unused-waivers`, by src/waivers.
 */
export default defineRule({
  meta: {
    id: "unused-waiver",
    category: "input",
    defaultSeverity: "warning",
    description: {
      zh: "豁免应对应实际存在的问题，无用的豁免应删除",
      en: "A waiver must match a finding; remove waivers that match nothing",
    },
    requires: { guide: [], draft: [] },
    messages: {
      inline: {
        zh: "豁免注释 {{directive}} {{rule}} 未豁免任何问题，应删除",
        en: "The waiver comment {{directive}} {{rule}} matched no finding, expected it removed",
      },
      config: {
        zh: "配置中的豁免 waivers[{{index}}]（{{rule}}）未豁免任何问题，应删除",
        en: "The config waiver waivers[{{index}}] ({{rule}}) matched no finding, expected it removed",
      },
    },
    reportedBy: "waivers",
  },
});
