import { defineRule } from "../rule.js";
import { assessKpis } from "../kpis.js";
import { requirementText } from "../match.js";

/** A committed KPI whose unit cannot be converted to the guide's (件 against %): it cannot be judged, so it does not pass. */
export default defineRule({
  meta: {
    id: "kpi-unit-incompatible",
    category: "kpi",
    defaultSeverity: "error",
    description: {
      zh: "承诺指标的单位应能与指南考核指标的单位换算比较",
      en: "A committed KPI's unit must be comparable with the guide's",
    },
    requires: { guide: ["kpis"], draft: ["kpis"] },
    messages: {
      incompatible: {
        zh: "考核指标“{{metric}}”承诺{{found}}，单位“{{unit}}”无法与指南要求{{required}}的单位“{{guideUnit}}”比较",
        en: "KPI \"{{metric}}\" commits to {{found}}; its unit \"{{unit}}\" cannot be compared with the guide's {{required}} (\"{{guideUnit}}\")",
      },
    },
  },
  check({ direction, facts, report }) {
    for (const { pair: p, verdict, doubtful } of assessKpis(direction, facts)) {
      if (verdict !== "incompatible" || !p.committed) continue;
      const c = p.committed.value;
      report({
        doubtful,
        messageId: "incompatible",
        at: p.committed,
        kpi: p.guide,
        data: { metric: p.guide.metric, found: requirementText(c), unit: c.unit, required: requirementText(p.guide), guideUnit: p.guide.unit },
        found: { metric: c.metric, op: c.op, value: c.value, unit: c.unit },
        clause: p.guide,
      });
    }
  },
});
