import rule from "../../src/check/rules/pi-ineligible.js";
import { constraint, fact, facts, guide, ruleTester } from "./tester.js";

const pi = (birthDate: string | null, employedByLead: boolean | null = true) => fact({ name: "张三", birthDate, title: "教授", employedByLead }, 15);
const g45 = guide({ rules: [constraint("pi_age_max", 45, 9, "项目负责人年龄不超过45周岁")], meta: { publishedAt: "2024-07-03" } });
const gCut = guide({ rules: [constraint("pi_age_max", null, 9, "项目负责人须为1984年1月1日（含）以后出生")] });
const gEmp = guide({ rules: [constraint("pi_employment", true, 132)] });

ruleTester(rule, {
  valid: [
    { name: "45 on the publication date", guide: g45, facts: facts({ pi: pi("1979-07-03") }) },
    { name: "month only: 45 however the day falls", guide: g45, facts: facts({ pi: pi("1978-08") }) },
    { name: "born on the cut-off", guide: gCut, facts: facts({ pi: pi("1984-01-01") }) },
    { name: "employed", guide: gEmp, facts: facts({ pi: pi(null, true) }) },
    { name: "employment not stated: not judged", guide: gEmp, facts: facts({ pi: pi(null, null) }) },
  ],
  invalid: [
    {
      name: "doubtful: month only, too old only if born before the day",
      guide: g45,
      facts: facts({ pi: pi("1978-07") }),
      errors: [{ messageId: "tooOld", data: { age: 46 }, line: 15, severity: "warning" }],
    },
    {
      guide: g45,
      facts: facts({ pi: pi("1978-05-01") }),
      errors: [{ messageId: "tooOld", data: { age: 46, max: 45, refDate: "2024-07-03" }, line: 15 }],
    },
    {
      name: "born before the cut-off",
      guide: gCut,
      facts: facts({ pi: pi("1983-12") }),
      errors: [{ messageId: "bornBeforeCutoff", data: { cutoff: "1984-01-01" }, line: 15 }],
    },
    {
      name: "not employed by the lead",
      guide: gEmp,
      facts: facts({ pi: pi(null, false) }),
      errors: [{ messageId: "notEmployed", line: 15 }],
    },
    {
      name: "field-missing: birth date for an age limit",
      guide: g45,
      facts: facts({ pi: pi(null) }),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "pi.birthDate" }, line: 2 }],
    },
  ],
});
