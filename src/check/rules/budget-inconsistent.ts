import { defineRule } from "../rule.js";
import { roundingOf, yuanText } from "../facts.js";

/** 财政经费 + 自筹经费 ≠ 总经费 beyond the rounding of the written figures, or a breakdown that does not add up. */
export default defineRule({
  meta: {
    id: "budget-inconsistent",
    category: "funding",
    defaultSeverity: "error",
    description: {
      zh: "财政经费与自筹经费之和应等于总经费，预算明细应与合计一致",
      en: "Government plus self-raised funds must equal the total budget, and a breakdown must add up",
    },
    requires: { guide: [], draft: [] },
    messages: {
      sumMismatch: {
        zh: "财政经费{{government}}与自筹经费{{selfFunded}}之和为{{sum}}，与总经费{{total}}不符",
        en: "Government funding {{government}} plus self-raised funds {{selfFunded}} is {{sum}}, not the stated total {{total}}",
      },
      breakdownMismatch: {
        zh: "预算明细合计{{sum}}，与所列总额{{total}}不符",
        en: "The budget breakdown adds up to {{sum}}, not the stated total {{total}}",
      },
      governmentOverTotal: {
        zh: "申请财政经费{{government}}，超过总经费{{total}}",
        en: "Requested government funding {{government}} exceeds the total budget {{total}}",
      },
    },
  },
  check({ facts, report }) {
    const { government: g, selfFunded: s, total: t } = facts.budget;
    if (g && s && t) {
      const sum = g.value.yuan + s.value.yuan;
      // the rounding of the written figures, but never more than 0.5 % of the total
      const slack = Math.max(1, Math.min(roundingOf(g.value) + roundingOf(s.value) + roundingOf(t.value), 0.005 * t.value.yuan));
      if (Math.abs(sum - t.value.yuan) > slack)
        report({
          // short of the total: a source the draft names in words we do not read (其他来源) may close the gap,
          // unless the three figures stand on one row (合计 | 500 | 660 | 1,210)
          doubtful: sum < t.value.yuan && !(g.line === t.line && s.line === t.line),
          messageId: "sumMismatch",
          at: t,
          data: { government: g.value.text, selfFunded: s.value.text, sum: yuanText(sum), total: t.value.text },
          found: { governmentYuan: g.value.yuan, selfFundedYuan: s.value.yuan, totalYuan: t.value.yuan },
          expected: yuanText(sum),
          actual: t.value.text,
        });
    } else if (g && t && g.value.yuan > t.value.yuan + Math.max(1, roundingOf(g.value) + roundingOf(t.value))) {
      report({
        messageId: "governmentOverTotal",
        at: g,
        data: { government: g.value.text, total: t.value.text },
        found: { governmentYuan: g.value.yuan, totalYuan: t.value.yuan },
      });
    }
    const bd = facts.budget.breakdown;
    if (bd && bd.value.items.length > 0) {
      const total = bd.value.total ?? t?.value ?? null;
      if (!total) return;
      const sum = bd.value.items.reduce((a, i) => a + i.money.yuan, 0);
      const slack = Math.max(1, Math.min(roundingOf(total) + bd.value.items.reduce((a, i) => a + roundingOf(i.money), 0), 0.005 * total.yuan));
      if (Math.abs(sum - total.yuan) > slack)
        report({
          messageId: "breakdownMismatch",
          at: bd,
          data: { sum: yuanText(sum), total: total.text },
          found: { sumYuan: sum, totalYuan: total.yuan, items: bd.value.items.length },
        });
    }
  },
});
