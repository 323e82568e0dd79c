import rule from "../../src/check/rules/applicant-ineligible.js";
import { constraint, fact, facts, guide, ruleTester, unit } from "./tester.js";

const g = guide({ rules: [constraint("applicant_region", "江苏省境内注册", 118)] });
const gEnt = guide({ dir: { constraints: [constraint("lead_enterprise_required", true, 956, "项目由企业牵头申报")] } });

ruleTester(rule, {
  valid: [
    { name: "an enterprise leads", guide: gEnt, facts: facts({ leadUnit: fact(unit("江苏某某半导体有限公司", null), 10) }) },
    { name: "a Jiangsu city in the name", guide: g, facts: facts({ leadUnit: fact(unit("南京大学", "university"), 10) }) },
    { name: "no place in the name: not judged", guide: g, facts: facts({ leadUnit: fact(unit("东南大学", "university"), 10) }) },
    { name: "another province's unit with a Jiangsu branch", guide: g, facts: facts({ leadUnit: fact(unit("北京大学南京创新研究院", "institute"), 10) }) },
    { name: "no region rule", facts: facts({ leadUnit: fact(unit("上海交通大学", "university"), 10) }) },
    {
      name: "registered in the province required",
      guide: g,
      facts: facts({ leadUnit: fact({ ...unit("东岳精密传动股份有限公司", "enterprise"), registeredIn: "江苏" }, 10) }),
    },
  ],
  invalid: [
    {
      // class from check-own18 07 (注册地址 | 灅西省垟城市…江苏路168号, a name with no known place); in other words
      name: "a name that places it nowhere, registered in another province",
      guide: g,
      facts: facts({ leadUnit: fact({ ...unit("东岳精密传动股份有限公司", "enterprise"), registeredIn: "浙江" }, 10) }),
      errors: [{ messageId: "outsideRegion", data: { found: "浙江" }, line: 10, severity: "error" }],
    },
    {
      name: "a university leads where an enterprise must",
      guide: gEnt,
      facts: facts({ leadUnit: fact(unit("齐鲁晶体材料大学", null), 10) }),
      errors: [{ messageId: "leadNotEnterprise", line: 10, severity: "error" }],
    },
    {
      name: "doubtful: a lead whose type cannot be told",
      guide: gEnt,
      facts: facts({ leadUnit: fact(unit("某某创新中心", null), 10) }),
      errors: [{ messageId: "leadNotEnterprise", line: 10, severity: "warning" }],
    },
    {
      guide: g,
      facts: facts({ leadUnit: fact(unit("上海交通大学", "university"), 10) }),
      errors: [{ messageId: "outsideRegion", data: { lead: "上海交通大学", found: "上海" }, line: 10 }],
    },
    {
      name: "foreign lead",
      guide: g,
      facts: facts({ leadUnit: fact(unit("Fraunhofer ISE", "institute", "德国"), 10) }),
      errors: [{ messageId: "outsideRegion", data: { found: "德国" }, line: 10 }],
    },
    {
      name: "field-missing",
      guide: g,
      facts: facts(),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "leadUnit" }, line: 2 }],
    },
  ],
});
