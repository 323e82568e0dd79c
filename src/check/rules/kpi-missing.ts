import { defineRule } from "../rule.js";
import { assessKpis } from "../kpis.js";
import { requirementText } from "../match.js";

/** A KPI of the direction (考核指标) that no committed KPI of the draft answers. */
export default defineRule({
  meta: {
    id: "kpi-missing",
    category: "kpi",
    defaultSeverity: "error",
    description: {
      zh: "指南方向的每项考核指标都应在申报书中有对应的指标",
      en: "Every KPI of the direction must have a committed counterpart in the draft",
    },
    requires: { guide: ["kpis"], draft: ["kpis"] },
    messages: {
      missing: {
        zh: "申报书未承诺指南考核指标“{{metric}}”（指南要求{{required}}）",
        en: "The draft commits to nothing for the guide's KPI \"{{metric}}\" (the guide requires {{required}})",
      },
    },
  },
  check({ direction, facts, report }) {
    // a KPI of a set the draft did not choose (选择其中1套), or an alternative (或) to one it answers, is not owed
    for (const a of assessKpis(direction, facts)) {
      if (a.verdict !== "unanswered" || !a.owed) continue;
      const k = a.pair.guide;
      report({
        doubtful: a.doubtful,
        messageId: "missing",
        kpi: k,
        data: { metric: k.metric, required: requirementText(k) },
        expected: requirementText(k),
        clause: k,
      });
    }
  },
});
