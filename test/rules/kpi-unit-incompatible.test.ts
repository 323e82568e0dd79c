import rule from "../../src/check/rules/kpi-unit-incompatible.js";
import { committed, facts, guide, kpi, ruleTester } from "./tester.js";

const g = guide({ dir: { kpis: [kpi("算力利用率", ">", 50, "%", 30), kpi("跨机房带宽", "<=", 20, "Gb/s", 31)] } });

ruleTester(rule, {
  valid: [
    {
      name: "convertible units",
      guide: g,
      facts: facts({ kpis: [committed("算力利用率", ">", 0.6, "", 50), committed("跨机房带宽", "<=", 10000, "Mbps", 51)] }),
    },
  ],
  invalid: [
    {
      guide: g,
      facts: facts({ kpis: [committed("算力利用率", ">", 60, "%", 50), committed("跨机房带宽", "<=", 20, "GB", 51)] }),
      errors: [{ messageId: "incompatible", data: { metric: "跨机房带宽", unit: "GB", guideUnit: "Gb/s" }, line: 51 }],
    },
    {
      name: "field-missing",
      guide: g,
      facts: facts(),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "kpis" }, line: 2 }],
    },
  ],
});
