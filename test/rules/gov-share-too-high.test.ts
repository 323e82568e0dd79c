import rule from "../../src/check/rules/gov-share-too-high.js";
import { constraint, fact, facts, guide, money, ruleTester, unit } from "./tester.js";

const b = (g: string, s: string | null, t: string | null = null) => ({
  government: fact(money(g), 60),
  selfFunded: s ? fact(money(s), 61) : null,
  total: t ? fact(money(t), 62) : null,
});
const g = guide({ rules: [constraint("gov_share_max", 0.5, 77), constraint("gov_share_max_enterprise_led", 0.3, 81)] });
const uni = fact(unit("南京大学", "university"), 10);
const ent = fact(unit("江苏某某科技有限公司", null), 10);

ruleTester(rule, {
  valid: [
    { name: "exactly 50%", guide: g, facts: facts({ leadUnit: uni, budget: b("500万元", null, "1000万元") }) },
    { name: "enterprise at 30%", guide: g, facts: facts({ leadUnit: ent, budget: b("300万元", "700万元") }) },
    { name: "no share rule", facts: facts({ leadUnit: uni, budget: b("900万元", null, "1000万元") }) },
  ],
  invalid: [
    {
      name: "doubtful: no stated total, 财政 + 自筹 may leave out other sources",
      guide: g,
      facts: facts({ leadUnit: uni, budget: b("600万元", "400万元") }),
      errors: [{ messageId: "tooHigh", data: { found: "60%" }, line: 60, severity: "warning" }],
    },
    {
      name: "university over 50%",
      guide: g,
      facts: facts({ leadUnit: uni, budget: b("600万元", null, "1000万元") }),
      errors: [{ messageId: "tooHigh", data: { found: "60%", max: "50%" }, line: 60 }],
    },
    {
      name: "enterprise-led over 30% (but under 50%)",
      guide: g,
      facts: facts({ leadUnit: ent, budget: b("400万元", "600万元") }),
      errors: [{ messageId: "tooHighEnterpriseLed", data: { found: "40%", max: "30%" }, line: 60 }],
    },
    {
      name: "field-missing",
      guide: g,
      facts: facts({ leadUnit: uni, budget: b("400万元", null) }),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "budget.total|budget.selfFunded" }, line: 2 }],
    },
  ],
});
