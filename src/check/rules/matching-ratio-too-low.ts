import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";
import { fmt } from "../match.js";

/** 配套(自筹)经费 : 国拨(财政)经费 below the guide's lower bound (不低于3:1). */
export default defineRule({
  meta: {
    id: "matching-ratio-too-low",
    category: "funding",
    defaultSeverity: "error",
    description: {
      zh: "自筹（配套）经费与财政经费之比不得低于指南要求",
      en: "Self-raised (matching) funds to government funding must meet the guide's ratio",
    },
    requires: { guide: ["matching_ratio_min"], draft: ["budget.government", "budget.selfFunded|budget.total"] },
    messages: {
      tooLow: {
        zh: "自筹（配套）经费与财政经费之比为{{found}}:1，低于指南要求的{{min}}:1",
        en: "Matching funds to government funding is {{found}}:1, below the guide's {{min}}:1",
      },
    },
  },
  check({ constraints, facts, report }) {
    const c = constraintOf(constraints, "matching_ratio_min");
    const gov = facts.budget.government;
    if (!c || typeof c.value !== "number" || !gov || gov.value.yuan <= 0) return;
    const self = facts.budget.selfFunded ?? null;
    const selfYuan = self ? self.value.yuan : facts.budget.total ? facts.budget.total.value.yuan - gov.value.yuan : null;
    if (selfYuan === null) return;
    const ratio = selfYuan / gov.value.yuan;
    // 1e-9: 300万 : 100万 is exactly 3:1, whatever the floating point says
    if (ratio < c.value - 1e-9) {
      const found = fmt(Math.round(ratio * 100) / 100);
      report({
        messageId: "tooLow",
        at: self ?? facts.budget.total ?? gov,
        data: { found, min: fmt(c.value) },
        found: { ratio, selfFundedYuan: selfYuan, governmentYuan: gov.value.yuan },
        expected: `≥${fmt(c.value)}:1`,
        actual: `${found}:1`,
        clause: c,
      });
    }
  },
});
