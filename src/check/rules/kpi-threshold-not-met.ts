import { defineRule } from "../rule.js";
import { assessKpis } from "../kpis.js";
import { requirementText } from "../match.js";

/**
 * A committed KPI that falls short of the guide's threshold after unit conversion: exactly at the
 * threshold passes ≥ and ≤ and fails > and <; a committed range must lie inside a guide range.
 */
export default defineRule({
  meta: {
    id: "kpi-threshold-not-met",
    category: "kpi",
    defaultSeverity: "error",
    description: {
      zh: "申报书承诺的指标值应达到指南考核指标的要求",
      en: "Committed KPI values must meet the guide's thresholds",
    },
    requires: { guide: ["kpis"], draft: ["kpis"] },
    messages: {
      notMet: {
        zh: "考核指标“{{metric}}”承诺{{found}}，未达到指南要求{{required}}",
        en: "KPI \"{{metric}}\" commits to {{found}}, short of the guide's {{required}}",
      },
    },
  },
  check({ direction, facts, report }) {
    for (const { pair: p, verdict, doubtful } of assessKpis(direction, facts)) {
      if (verdict !== "fail" || !p.committed) continue;
      const c = p.committed.value;
      const found = requirementText(c);
      report({
        doubtful,
        messageId: "notMet",
        at: p.committed,
        kpi: p.guide,
        data: { metric: p.guide.metric, found, required: requirementText(p.guide) },
        found: { metric: c.metric, op: c.op, value: c.value, max: c.max, unit: c.unit },
        expected: requirementText(p.guide),
        actual: found,
        clause: p.guide,
      });
    }
  },
});
