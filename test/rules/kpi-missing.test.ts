import rule from "../../src/check/rules/kpi-missing.js";
import { committed, facts, guide, kpi, ruleTester } from "./tester.js";

const g = guide({
  dir: {
    kpis: [
      kpi("光电转换效率", ">=", 20, "%", 30),
      kpi("发明专利申请数", ">=", 5, "项", 31),
      kpi("产品原型面积", ">", 1000, "cm2", 32),
    ],
  },
});

const either = "项目执行期内销售不少于1万套或销售收入不低于2亿元";
const gOr = guide({ dir: { kpis: [kpi("销售", ">=", 10000, "套", 40, null, either), kpi("销售收入", ">=", 2, "亿元", 40, null, either)] } });

// 考核指标（项目根据研究方向选择其中1套考核指标）: (1) or (2)
const gSets = guide({
  dir: {
    kpis: [
      { ...kpi("再生热耗", "<=", 2, "GJ/tCO2", 40), option: "(1)" },
      { ...kpi("烟气量", ">=", 500, "Nm3/h", 40), option: "(1)" },
      { ...kpi("外场能量利用效率", ">=", 60, "%", 42), option: "(2)" },
      { ...kpi("烟气量", ">=", 100, "Nm3/h", 43), option: "(2)" },
    ],
  },
});

ruleTester(rule, {
  valid: [
    {
      name: "one of the sets the notice lets a project choose",
      guide: gSets,
      facts: facts({ kpis: [committed("再生热耗", "<=", 1.9, "GJ/tCO2", 50), committed("烟气量", ">=", 600, "Nm3/h", 51)] }),
    },
    { name: "one of two alternatives (或) answered", guide: gOr, facts: facts({ kpis: [committed("项目执行期内销售", "=", 12000, "套", 50)] }) },
    {
      name: "all matched, in another order and wording",
      guide: g,
      facts: facts({
        kpis: [
          committed("申请发明专利", ">=", 6, "件", 50),
          committed("产品原型面积", ">=", 1200, "cm^2", 51),
          committed("电池光电转换效率", ">=", 21, "%", 52),
        ],
      }),
    },
    { name: "a direction without KPIs", facts: facts({ kpis: [committed("光电转换效率", ">=", 21, "%")] }) },
  ],
  invalid: [
    {
      name: "the chosen set is owed in full",
      guide: gSets,
      facts: facts({ kpis: [committed("外场能量利用效率", ">=", 65, "%", 50)] }),
      errors: [{ messageId: "missing", data: { metric: "烟气量" }, line: 2 }],
    },
    {
      guide: g,
      facts: facts({ kpis: [committed("光电转换效率", ">=", 21, "%", 50), committed("发明专利", ">=", 5, "项", 51)] }),
      errors: [{ messageId: "missing", data: { metric: "产品原型面积", required: ">1000cm2" }, line: 2 }],
    },
    {
      name: "one commitment serves one KPI",
      guide: guide({ dir: { kpis: [kpi("芯片电流", ">", 20, "A", 30), kpi("芯片电流", ">", 5, "A", 31)] } }),
      facts: facts({ kpis: [committed("芯片电流", ">", 25, "A", 50)] }),
      errors: [{ messageId: "missing", data: { metric: "芯片电流", required: ">5A" }, line: 2 }],
    },
    {
      name: "field-missing",
      guide: g,
      facts: facts(),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "kpis" }, line: 2 }],
    },
  ],
});
