import rule from "../../src/check/rules/duration-too-long.js";
import { constraint, fact, facts, guide, ruleTester } from "./tester.js";

const period = (start: string | null, end: string | null, months: number | null = null) => fact({ start, end, months }, 40);
const g3 = guide({ dir: { durationMaxYears: 3 } });

ruleTester(rule, {
  valid: [
    { name: "exactly 36 months", guide: g3, facts: facts({ period: period("2025-01", "2027-12") }) },
    { name: "stated months", guide: g3, facts: facts({ period: period(null, null, 24) }) },
    {
      name: "direction's 4 years override the document's 3",
      guide: guide({ rules: [constraint("duration_max_years", 3, 50)], dir: { durationMaxYears: 4 } }),
      facts: facts({ period: period("2025-01", "2028-12") }),
    },
    { name: "no limit", facts: facts({ period: period("2025-01", "2035-12") }) },
  ],
  invalid: [
    {
      name: "doubtful: whole years only (2025年至2028年)",
      guide: g3,
      facts: facts({ period: { ...period("2025-01", "2028-12"), text: "2025年至2028年" } }),
      errors: [{ messageId: "tooLong", line: 40, severity: "warning" }],
    },
    {
      guide: g3,
      facts: facts({ period: period("2025-01", "2028-06") }),
      errors: [{ messageId: "tooLong", data: { found: 42, max: "3", maxMonths: 36 }, line: 40 }],
    },
    {
      name: "document limit",
      guide: guide({ rules: [constraint("duration_max_years", 3, 50)] }),
      facts: facts({ period: period(null, null, 48) }),
      errors: [{ messageId: "tooLong", data: { found: 48, max: "3" }, line: 40 }],
    },
    {
      name: "field-missing",
      guide: g3,
      facts: facts(),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "period" }, line: 2 }],
    },
    {
      name: "field-missing: an end without a start",
      guide: g3,
      facts: facts({ period: period(null, "2027-12") }),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "period.months|period.start" }, line: 2 }],
    },
  ],
});
