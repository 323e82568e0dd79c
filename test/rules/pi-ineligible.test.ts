import rule from "../../src/check/rules/pi-ineligible.js";
import { constraint, fact, facts, guide, ruleTester } from "./tester.js";

const pi = (birthDate: string | null, employedByLead: boolean | null = true) => fact({ name: "张三", birthDate, title: "教授", employedByLead }, 15);
const g45 = guide({ rules: [constraint("pi_age_max", 45, 9, "项目负责人年龄不超过45周岁")], meta: { publishedAt: "2024-07-03" } });
const gCut = guide({ rules: [constraint("pi_age_max", null, 9, "项目负责人须为1984年1月1日（含）以后出生")] });
const gEmp = guide({ rules: [constraint("pi_employment", true, 132)] });
const gActive = guide({ rules: [constraint("pi_active_project_limit", null, 140, "有在研省科技计划项目的项目负责人，不得牵头申报")] });
const gTwo = guide({ rules: [constraint("pi_active_project_limit", 2, 141, "项目负责人在研项目2项及以上的，不得申报")] });
const gReached = guide({ rules: [constraint("pi_active_project_limit", 2, 143, "作为负责人主持的市级在研项目已达2项的，本批次不予受理")] });
const gAny = guide({ rules: [constraint("pi_active_project_limit", 1, 144, "正在主持市级科技项目且未结题的人员，不得担任负责人")] });
const gOnce = guide({ rules: [constraint("pi_one_application_per_year", 1, 142, "同一年度同一项目负责人只能申报一项省科技计划项目（定向委托项目除外）")] });
const other = (count: number, text: string) => fact({ name: "张三", birthDate: null, title: null, employedByLead: true, otherApplications: { count, text } }, 15);
const active = (count: number, text: string) => fact({ name: "张三", birthDate: null, title: null, employedByLead: true, activeProjects: { count, text } }, 15);

ruleTester(rule, {
  valid: [
    { name: "no other application this year", guide: gOnce, facts: facts({ pi: other(0, "无") }) },
    { name: "no active project", guide: gActive, facts: facts({ pi: active(0, "无在研省科技计划项目") }) },
    { name: "one project where two are barred", guide: gTwo, facts: facts({ pi: active(1, "国家重点研发计划课题") }) },
    { name: "one project where reaching two bars", guide: gReached, facts: facts({ pi: active(1, "市级科技计划项目（在研）") }) },
    { name: "45 on the publication date", guide: g45, facts: facts({ pi: pi("1979-07-03") }) },
    { name: "month only: 45 however the day falls", guide: g45, facts: facts({ pi: pi("1978-08") }) },
    { name: "born on the cut-off", guide: gCut, facts: facts({ pi: pi("1984-01-01") }) },
    { name: "employed", guide: gEmp, facts: facts({ pi: pi(null, true) }) },
    { name: "employment not stated: not judged", guide: gEmp, facts: facts({ pi: pi(null, null) }) },
  ],
  invalid: [
    {
      name: "another application as PI this year where one is allowed",
      guide: gOnce,
      facts: facts({ pi: other(1, "1项——2024年度省重点研发计划项目“…”，评审中") }),
      errors: [{ messageId: "otherApplications", data: { count: 1 }, line: 15, severity: "error" }],
    },
    {
      // 已达2项的，不予受理: the count written bars (it used to be read as allowed)
      name: "two active projects where reaching two bars",
      guide: gReached,
      facts: facts({ pi: active(2, "市级科技计划项目2项（在研）") }),
      errors: [{ messageId: "activeProjects", data: { count: 2 }, line: 15, severity: "error" }],
    },
    {
      // 正在主持…的人员，不得担任负责人 (value 1, no count written): any active project bars
      name: "one active project where any bars",
      guide: gAny,
      facts: facts({ pi: active(1, "市级科技计划项目（在研）") }),
      errors: [{ messageId: "activeProjects", data: { count: 1 }, line: 15, severity: "error" }],
    },
    {
      name: "an active provincial project",
      guide: gActive,
      facts: facts({ pi: active(1, "省重点研发计划“新型储能关键材料”（在研）") }),
      errors: [{ messageId: "activeProjects", data: { count: 1 }, line: 15, severity: "error" }],
    },
    {
      name: "doubtful: an active project of a level the draft does not name",
      guide: gActive,
      facts: facts({ pi: active(1, "“新型储能关键材料”（在研）") }),
      errors: [{ messageId: "activeProjects", line: 15, severity: "warning" }],
    },
    {
      name: "2项及以上 is too many",
      guide: gTwo,
      facts: facts({ pi: active(2, "国家重点研发计划课题；省自然科学基金") }),
      errors: [{ messageId: "activeProjects", data: { count: 2 }, line: 15 }],
    },
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
