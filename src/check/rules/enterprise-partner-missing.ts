import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";
import { unitTypeOf } from "../facts.js";

/** A university or institute leads without an enterprise taking part, where the guide requires one (必须有企业联合). */
export default defineRule({
  meta: {
    id: "enterprise-partner-missing",
    category: "partners",
    defaultSeverity: "error",
    description: {
      zh: "高校、科研院所牵头的项目须有企业参与",
      en: "A project led by a university or institute must include an enterprise",
    },
    requires: { guide: ["enterprise_partner_required"], draft: ["leadUnit"] },
    messages: {
      missing: {
        zh: "牵头单位为{{leadType}}（{{lead}}），参与单位中没有企业，不符合指南要求",
        en: "The lead unit is a {{leadType}} ({{lead}}) and no enterprise takes part, as the guide requires",
      },
    },
  },
  check({ constraints, facts, report }) {
    const c = constraintOf(constraints, "enterprise_partner_required");
    const lead = facts.leadUnit;
    if (!c || c.value === false || !lead) return;
    const type = unitTypeOf(lead.value);
    if (type !== "university" && type !== "institute") return;
    if (facts.participants.some((p) => unitTypeOf(p.value) === "enterprise")) return;
    report({
      // a participant whose type the draft does not say could be the enterprise
      doubtful: facts.participants.some((p) => unitTypeOf(p.value) === null),
      messageId: "missing",
      at: lead,
      data: { lead: lead.value.name, leadType: type },
      i18n: { leadType: type === "university" ? { zh: "高校", en: "university" } : { zh: "科研院所", en: "research institute" } },
      found: { lead: lead.value.name, leadType: type, participants: facts.participants.map((p) => p.value.name) },
      clause: c,
    });
  },
});
