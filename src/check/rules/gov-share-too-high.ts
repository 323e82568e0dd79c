import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";
import { percentText, unitTypeOf } from "../facts.js";

/**
 * 财政经费 as a share of the total budget above the guide's maximum; when the lead unit is an
 * enterprise and the guide has an enterprise-led maximum (企业牵头…不超过30%), that one applies.
 */
export default defineRule({
  meta: {
    id: "gov-share-too-high",
    category: "funding",
    defaultSeverity: "error",
    description: {
      zh: "财政经费占项目总预算的比例不得超过指南上限（企业牵头项目按企业牵头比例）",
      en: "Government funding must not exceed the guide's share of the total budget (the enterprise-led share when an enterprise leads)",
    },
    requires: {
      guide: ["gov_share_max|gov_share_max_enterprise_led"],
      draft: ["budget.government", "budget.total|budget.selfFunded", "leadUnit if gov_share_max_enterprise_led"],
    },
    messages: {
      tooHigh: {
        zh: "财政经费占总预算{{found}}，超过指南上限{{max}}",
        en: "Government funding is {{found}} of the total budget, above the guide's maximum of {{max}}",
      },
      tooHighEnterpriseLed: {
        zh: "企业牵头项目财政经费占总预算{{found}}，超过指南对企业牵头项目的上限{{max}}",
        en: "Government funding of this enterprise-led project is {{found}} of the total budget, above the guide's enterprise-led maximum of {{max}}",
      },
    },
  },
  check({ constraints, facts, report }) {
    const gov = facts.budget.government;
    if (!gov) return;
    const total = facts.budget.total
      ? facts.budget.total.value.yuan
      : facts.budget.selfFunded
        ? gov.value.yuan + facts.budget.selfFunded.value.yuan
        : null;
    if (total === null || total <= 0) return;
    const enterpriseLed = facts.leadUnit ? unitTypeOf(facts.leadUnit.value) === "enterprise" : false;
    const ent = constraintOf(constraints, "gov_share_max_enterprise_led");
    const general = constraintOf(constraints, "gov_share_max");
    const c = enterpriseLed && ent ? ent : general;
    if (!c || typeof c.value !== "number") return;
    const share = gov.value.yuan / total;
    if (share > c.value + 1e-9) {
      report({
        // without a stated total, 财政 + 自筹 may leave out other sources (其他来源)
        doubtful: !facts.budget.total,
        messageId: c === ent ? "tooHighEnterpriseLed" : "tooHigh",
        at: gov,
        data: { found: percentText(share), max: percentText(c.value) },
        found: { share, governmentYuan: gov.value.yuan, totalYuan: total, enterpriseLed },
        expected: `≤${percentText(c.value)}`,
        actual: percentText(share),
        clause: c,
      });
    }
  },
});
