import rule from "../../src/check/rules/participants-too-many.js";
import { constraint, fact, facts, guide, ruleTester, unit } from "./tester.js";

const g10 = guide({ rules: [constraint("participants_max", 10, 5, "中方参与单位总数不超过10家")] });
const g3 = guide({ rules: [constraint("participants_max", 3, 5, "参与单位不超过3家")] });
const g3x = guide({ rules: [constraint("participants_max", 3, 5, "参与单位不超过3家（不含牵头单位）")] });
const lead = fact(unit("牵头大学", "university"), 10);
const parts = (n: number, country: string | null = null) => Array.from({ length: n }, (_, i) => fact(unit(`参与单位${i + 1}`, null, country), 11 + i));

ruleTester(rule, {
  valid: [
    { name: "lead + 2 = 3", guide: g3, facts: facts({ leadUnit: lead, participants: parts(2) }) },
    { name: "stated count 10 (含牵头单位)", guide: g10, facts: facts({ leadUnit: lead, participantCount: fact(10, 9) }) },
    { name: "foreign units are not 中方", guide: g10, facts: facts({ leadUnit: lead, participants: [...parts(9), ...parts(3, "德国")] }) },
    { name: "不含牵头单位: 3 besides the lead", guide: g3x, facts: facts({ leadUnit: lead, participants: parts(3) }) },
  ],
  invalid: [
    {
      name: "doubtful: over only if the lead counts, and the guide does not say",
      guide: g3,
      facts: facts({ leadUnit: lead, participants: parts(3) }),
      errors: [{ messageId: "tooMany", line: 13, severity: "warning" }],
    },
    {
      name: "over however the lead counts",
      guide: g3,
      facts: facts({ leadUnit: lead, participants: parts(4) }),
      errors: [{ messageId: "tooMany", data: { found: 5, max: 3 }, line: 14, severity: "error" }],
    },
    {
      name: "stated count",
      guide: g10,
      facts: facts({ leadUnit: lead, participantCount: fact(11, 9) }),
      errors: [{ messageId: "tooMany", data: { found: 11, max: 10 }, line: 9 }],
    },
    {
      name: "field-missing",
      guide: g3,
      facts: facts(),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "participantCount|leadUnit" }, line: 2 }],
    },
  ],
});
