import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";
import { isForeign, regionOf, regionsInName } from "../facts.js";

/**
 * The lead unit is outside the region the guide requires (申报单位应为江苏省境内注册…). Only what the draft
 * states is judged: a foreign lead unit, or a lead unit whose name places it in another province
 * (上海交通大学 for a Jiangsu call). A name that names no place is not judged.
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
    requires: { guide: ["applicant_region"], draft: ["leadUnit"] },
    messages: {
      outsideRegion: {
        zh: "牵头单位{{lead}}位于{{found}}，不符合指南“{{required}}”的要求",
        en: "The lead unit {{lead}} is in {{found}}, outside what the guide requires: {{required}}",
      },
    },
  },
  check({ constraints, facts, report }) {
    const c = constraintOf(constraints, "applicant_region");
    const lead = facts.leadUnit;
    if (!c || !lead) return;
    const required = typeof c.value === "string" ? c.value : c.text;
    const region = regionOf(required);
    let found: string | null = null;
    if (isForeign(lead.value)) found = lead.value.country;
    else if (region) {
      const places = regionsInName(lead.value.name);
      if (places.length > 0 && !places.includes(region)) found = places[0];
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
