import rule from "../../src/check/rules/funding-over-cap.js";
import { constraint, fact, facts, guide, money, ruleTester } from "./tester.js";

const budget = (g: string) => ({ government: fact(money(g), 60), selfFunded: null, total: null });

ruleTester(rule, {
  valid: [
    { name: "under the direction cap", guide: guide({ dir: { fundingCap: money("500万元") } }), facts: facts({ budget: budget("400万元") }) },
    { name: "exactly at the cap", guide: guide({ dir: { fundingCap: money("500万元") } }), facts: facts({ budget: budget("500万元") }) },
    { name: "0.05亿元 is 500万元", guide: guide({ dir: { fundingCap: money("500万元") } }), facts: facts({ budget: budget("0.05亿元") }) },
    { name: "no cap: not applicable", facts: facts({ budget: budget("9亿元") }) },
    {
      name: "direction cap overrides the document's",
      guide: guide({ rules: [constraint("funding_cap", 3_000_000, 8)], dir: { fundingCap: money("800万元") } }),
      facts: facts({ budget: budget("600万元") }),
    },
  ],
  invalid: [
    {
      guide: guide({ dir: { fundingCap: money("500万元") } }),
      facts: facts({ budget: budget("600万元") }),
      errors: [{ messageId: "overCap", data: { found: "600万元", cap: "500万元" }, line: 60 }],
    },
    {
      name: "document cap",
      guide: guide({ rules: [constraint("funding_cap", 20_000_000, 8, "2000万元")] }),
      facts: facts({ budget: budget("0.21亿元") }),
      errors: [{ messageId: "overCap", data: { found: "0.21亿元", cap: "2000万元" }, line: 60 }],
    },
    {
      name: "field-missing",
      guide: guide({ dir: { fundingCap: money("500万元") } }),
      facts: facts(),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "budget.government" }, line: 2 }],
    },
  ],
});
