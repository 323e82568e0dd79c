import rule from "../../src/check/rules/kpi-threshold-not-met.js";
import { committed, facts, guide, kpi, ruleTester } from "./tester.js";

const g = guide({
  dir: {
    kpis: [
      kpi("光电转换效率", ">=", 20, "%", 30),
      kpi("响应时间", "<", 2, "s", 31),
      kpi("销售收入", ">=", 5000, "万元", 32),
      kpi("装机规模", ">=", 10000, "套", 33),
    ],
  },
});

ruleTester(rule, {
  valid: [
    {
      name: "exactly at ≥, converted units",
      guide: g,
      facts: facts({
        kpis: [
          committed("光电转换效率", ">=", 20, "%", 50),
          committed("响应时间", "<=", 1500, "ms", 51),
          committed("销售收入", "=", 0.5, "亿元", 52),
          committed("装机规模", ">=", 1, "万套", 53),
        ],
      }),
    },
  ],
  invalid: [
    {
      guide: g,
      facts: facts({
        kpis: [
          committed("光电转换效率", ">=", 19.5, "%", 50),
          committed("响应时间", "=", 2000, "ms", 51),
          committed("销售收入", "=", 0.45, "亿元", 52),
          committed("装机规模", ">=", 9000, "套", 53),
        ],
      }),
      errors: [
        { messageId: "notMet", data: { metric: "光电转换效率", found: "≥19.5%", required: "≥20%" }, line: 50 },
        { messageId: "notMet", data: { metric: "响应时间", found: "2000ms", required: "<2s" }, line: 51 },
        { messageId: "notMet", data: { metric: "销售收入", found: "0.45亿元" }, line: 52 },
        { messageId: "notMet", data: { metric: "装机规模" }, line: 53 },
      ],
    },
    {
      name: "exactly at > fails",
      guide: guide({ dir: { kpis: [kpi("容量保持率", ">", 90, "%", 30)] } }),
      facts: facts({ kpis: [committed("容量保持率", "=", 90, "%", 50)] }),
      errors: [{ messageId: "notMet", data: { required: ">90%" }, line: 50 }],
    },
    {
      name: "field-missing",
      guide: g,
      facts: facts(),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "kpis" }, line: 2 }],
    },
  ],
});
