import rule from "../../src/check/rules/enterprise-partner-missing.js";
import { constraint, fact, facts, guide, ruleTester, unit } from "./tester.js";

const g = guide({ rules: [constraint("enterprise_partner_required", true, 122)] });
const uni = fact(unit("南京大学", "university"), 10);
const inst = fact(unit("中国科学院苏州纳米技术与纳米仿生研究所", null), 10);

ruleTester(rule, {
  valid: [
    { name: "university with an enterprise", guide: g, facts: facts({ leadUnit: uni, participants: [fact(unit("苏州某某半导体有限公司", null), 11)] }) },
    { name: "enterprise lead", guide: g, facts: facts({ leadUnit: fact(unit("江苏某某集团", "enterprise"), 10) }) },
    { name: "no such rule", facts: facts({ leadUnit: uni }) },
  ],
  invalid: [
    {
      name: "doubtful: a participant of unknown type may be the enterprise",
      guide: g,
      facts: facts({ leadUnit: uni, participants: [fact(unit("某某创新中心", null), 11)] }),
      errors: [{ messageId: "missing", line: 10, severity: "warning" }],
    },
    {
      guide: g,
      facts: facts({ leadUnit: uni, participants: [fact(unit("东南大学", "university"), 11)] }),
      errors: [{ messageId: "missing", data: { lead: "南京大学", leadType: "university" }, line: 10 }],
    },
    {
      name: "institute by its name",
      guide: g,
      facts: facts({ leadUnit: inst }),
      errors: [{ messageId: "missing", data: { leadType: "institute" }, line: 10 }],
    },
    {
      name: "field-missing",
      guide: g,
      facts: facts(),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "leadUnit" }, line: 2 }],
    },
  ],
});
