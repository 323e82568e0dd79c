import rule from "../../src/check/rules/budget-inconsistent.js";
import { fact, facts, money, ruleTester } from "./tester.js";

const b = (g: string | null, s: string | null, t: string | null) => ({
  government: g ? fact(money(g), 60) : null,
  selfFunded: s ? fact(money(s), 61) : null,
  total: t ? fact(money(t), 62) : null,
});

ruleTester(rule, {
  valid: [
    { name: "adds up", facts: facts({ budget: b("300万元", "200万元", "500万元") }) },
    { name: "mixed units", facts: facts({ budget: b("0.03亿元", "200万元", "500万元") }) },
    { name: "rounding of written figures", facts: facts({ budget: b("333.33万元", "166.67万元", "500万元") }) },
    { name: "within the rounding of 1.23亿元", facts: facts({ budget: b("8000万元", "4345万元", "1.23亿元") }) },
    { name: "nothing to compare", facts: facts({ budget: b("300万元", null, null) }) },
    {
      name: "a breakdown that adds up",
      facts: facts({
        budget: {
          ...b("300万元", "200万元", "500万元"),
          breakdown: fact({ items: [{ label: "设备费", money: money("200万元") }, { label: "材料费", money: money("300万元") }], total: null }, 70),
        } as never,
      }),
    },
  ],
  invalid: [
    {
      name: "doubtful: short of the total, an unread source may close the gap",
      facts: facts({ budget: b("300万元", "100万元", "500万元") }),
      errors: [{ messageId: "sumMismatch", line: 62, severity: "warning" }],
    },
    {
      name: "short of the total on one 合计 row: no source is left unread",
      facts: facts({ budget: { government: fact(money("500万元"), 28), selfFunded: fact(money("660万元"), 28), total: fact(money("1210万元"), 28) } }),
      errors: [{ messageId: "sumMismatch", line: 28, severity: "error" }],
    },
    {
      facts: facts({ budget: b("300万元", "199万元", "500万元") }),
      errors: [{ messageId: "sumMismatch", data: { sum: "499万元", total: "500万元" }, line: 62 }],
    },
    {
      name: "0.5亿元 is not 4800万元",
      facts: facts({ budget: b("3000万元", "1800万元", "0.5亿元") }),
      errors: [{ messageId: "sumMismatch", data: { sum: "4800万元", total: "0.5亿元" }, line: 62 }],
    },
    {
      name: "government above the total",
      facts: facts({ budget: b("600万元", null, "500万元") }),
      errors: [{ messageId: "governmentOverTotal", data: { government: "600万元", total: "500万元" }, line: 60 }],
    },
    {
      name: "a breakdown that does not add up",
      facts: facts({
        budget: {
          ...b(null, null, "500万元"),
          breakdown: fact({ items: [{ label: "设备费", money: money("200万元") }, { label: "材料费", money: money("250万元") }], total: null }, 70),
        } as never,
      }),
      errors: [{ messageId: "breakdownMismatch", data: { sum: "450万元", total: "500万元" }, line: 70 }],
    },
  ],
});
