import rule from "../../src/check/rules/matching-ratio-too-low.js";
import { constraint, fact, facts, guide, money, ruleTester } from "./tester.js";

const b = (g: string, s: string | null, t: string | null = null) => ({
  government: fact(money(g), 60),
  selfFunded: s ? fact(money(s), 61) : null,
  total: t ? fact(money(t), 62) : null,
});
const g3 = guide({ dir: { matchingRatioMin: 3 } });

ruleTester(rule, {
  valid: [
    { name: "exactly 3:1", guide: g3, facts: facts({ budget: b("100万元", "300万元") }) },
    { name: "above", guide: g3, facts: facts({ budget: b("100万元", "400万元") }) },
    { name: "self-raised from the total", guide: g3, facts: facts({ budget: b("100万元", null, "400万元") }) },
    { name: "document rule", guide: guide({ rules: [constraint("matching_ratio_min", 1)] }), facts: facts({ budget: b("100万元", "100万元") }) },
    { name: "no ratio in the guide", facts: facts({ budget: b("100万元", "1万元") }) },
  ],
  invalid: [
    {
      guide: g3,
      facts: facts({ budget: b("100万元", "200万元") }),
      errors: [{ messageId: "tooLow", data: { found: "2", min: "3" }, line: 61 }],
    },
    {
      name: "from the total",
      guide: g3,
      facts: facts({ budget: b("100万元", null, "250万元") }),
      errors: [{ messageId: "tooLow", data: { found: "1.5", min: "3" }, line: 62 }],
    },
    {
      name: "field-missing",
      guide: g3,
      facts: facts({ budget: b("100万元", null) }),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "budget.selfFunded|budget.total" }, line: 2 }],
    },
  ],
});
