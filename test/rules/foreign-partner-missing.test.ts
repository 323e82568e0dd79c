import rule from "../../src/check/rules/foreign-partner-missing.js";
import { constraint, fact, facts, guide, ruleTester, unit } from "./tester.js";

const g1 = guide({ rules: [constraint("foreign_partner_min", 1, 7)] });
const g2c = guide({ rules: [constraint("foreign_partner_min", 1, 7), constraint("foreign_partner_countries_min", 2, 8)] });
const lead = fact(unit("牵头大学", "university"), 10);
const de = fact(unit("Fraunhofer ISE", "institute", "德国"), 11);
const de2 = fact(unit("TU München", "university", "德国"), 12);
const cn = fact(unit("某某科技有限公司", "enterprise", "中国"), 12);

ruleTester(rule, {
  valid: [
    { name: "one foreign partner", guide: g1, facts: facts({ leadUnit: lead, participants: [de] }) },
    { name: "no foreign rule", facts: facts({ leadUnit: lead, participants: [] }) },
    { name: "two countries", guide: g2c, facts: facts({ leadUnit: lead, participants: [de, fact(unit("MIT", "university", "美国"), 12)] }) },
  ],
  invalid: [
    {
      name: "doubtful: a unit named in Latin script without a country may be foreign",
      guide: g1,
      facts: facts({ leadUnit: lead, participants: [fact(unit("Imperial College London", "university", null), 11)] }),
      errors: [{ messageId: "tooFew", line: 11, severity: "warning" }],
    },
    {
      guide: g1,
      facts: facts({ leadUnit: lead, participants: [cn] }),
      errors: [{ messageId: "tooFew", data: { found: 0, min: 1 }, line: 12 }],
    },
    {
      name: "too few countries",
      guide: g2c,
      facts: facts({ leadUnit: lead, participants: [de, de2] }),
      errors: [{ messageId: "tooFewCountries", data: { found: 1, min: 2 }, line: 12 }],
    },
    {
      name: "field-missing",
      guide: g1,
      facts: facts(),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "leadUnit" }, line: 2 }],
    },
  ],
});
