import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";
import { isForeign, regionOf, regionsInName, unitTypeOf } from "../facts.js";

/**
 * The lead unit is outside the region the guide requires (申报单位应为江苏省境内注册…), or is not an
 * enterprise where the guide has enterprises lead (项目由企业牵头申报). Only what the draft states is judged:
 * a foreign lead unit, or a lead unit whose name places it in another province (上海交通大学 for a Jiangsu
 * call), or whose registered address opens with another province; a lead whose type cannot be told is a warning.
 */
export default defineRule({
  meta: {
    id: "applicant-ineligible",
    category: "applicant",
    defaultSeverity: "error",
    description: {
      zh: "申报（牵头）单位须符合指南的注册地等资格要求",
      en: "The applicant (lead unit) must meet the guide's eligibility, such as where it is registered",
    },
    requires: { guide: ["applicant_region|lead_enterprise_required"], draft: ["leadUnit"] },
    messages: {
      outsideRegion: {
        zh: "牵头单位{{lead}}位于{{found}}，不符合指南“{{required}}”的要求",
        en: "The lead unit {{lead}} is in {{found}}, outside what the guide requires: {{required}}",
      },
      leadNotEnterprise: {
        zh: "指南要求由企业牵头申报，牵头单位{{lead}}{{typeText}}",
        en: "The guide has enterprises lead; the lead unit {{lead}} {{typeText}}",
      },
    },
  },
  check({ constraints, facts, report }) {
    const lead = facts.leadUnit;
    if (!lead) return;
    const byEnterprise = constraintOf(constraints, "lead_enterprise_required");
    const type = unitTypeOf(lead.value);
    if (byEnterprise && byEnterprise.value !== false && type !== "enterprise")
      report({
        // a lead whose type the draft does not show may still be an enterprise
        doubtful: type === null,
        messageId: "leadNotEnterprise",
        at: lead,
        data: { lead: lead.value.name, typeText: type ?? "" },
        i18n: {
          typeText: type === null ? { zh: "的单位类型无法确认", en: "is of a type that could not be told" } : type === "university" ? { zh: "为高校", en: "is a university" } : type === "institute" ? { zh: "为科研院所", en: "is a research institute" } : { zh: "不是企业", en: "is not an enterprise" },
        },
        found: { lead: lead.value.name, leadType: type },
        clause: byEnterprise,
      });
    const c = constraintOf(constraints, "applicant_region");
    if (!c) return;
    const required = typeof c.value === "string" ? c.value : c.text;
    const region = regionOf(required);
    let found: string | null = null;
    if (isForeign(lead.value)) found = lead.value.country;
    else if (region) {
      const places = regionsInName(lead.value.name);
      if (places.length > 0 && !places.includes(region)) found = places[0];
      // the province its registered address opens with, where the name places it nowhere
      else if (!places.length && lead.value.registeredIn && lead.value.registeredIn !== region) found = lead.value.registeredIn;
    }
    if (found)
      report({
        messageId: "outsideRegion",
        at: lead,
        data: { lead: lead.value.name, found, required },
        found: { lead: lead.value.name, region: found },
        clause: c,
      });
  },
});
