import { defineRule } from "../rule.js";
import type { Kpi } from "../../model/guide.js";
import { coverage, matchKpis, requirementText, terms, type KpiPair } from "../match.js";

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
    const draftTerms = terms(facts.lines.join("\n"));
    const pairs = matchKpis(direction.kpis, facts.kpis, facts.lines);
    const chosen = chosenOption(pairs);
    for (const p of pairs) {
      if (p.committed) continue;
      // 选择其中1套考核指标: only the set the draft answers is owed
      if (p.guide.option !== undefined && p.guide.option !== chosen) continue;
      // 销售不少于1万套或销售收入不低于2亿元: alternatives in one clause; one answered is enough
      if (alternativeAnswered(p.guide, pairs)) continue;
      const metric = terms(p.guide.metric);
      report({
        // An error only when the guide names the KPI and the draft never speaks of it; a KPI the draft
        // mentions without a value we could read, or one the guide gives no name, is a warning.
        doubtful: metric.size < 2 || coverage(metric, draftTerms) >= 0.5,
        messageId: "missing",
        kpi: p.guide,
        data: { metric: p.guide.metric, required: requirementText(p.guide) },
        expected: requirementText(p.guide),
        clause: p.guide,
      });
    }
  },
});

/** Is `k` one of several targets joined by 或 in its clause, another of which the draft answers? */
function alternativeAnswered(k: Kpi, pairs: readonly KpiPair[]): boolean {
  if (!/或/.test(k.text)) return false;
  return pairs.some((o) => o.guide !== k && o.committed && o.guide.text === k.text);
}

/** Of the alternative KPI sets a notice offers, the one the draft answers most of (the first on a tie). */
function chosenOption(pairs: readonly KpiPair[]): string | undefined {
  const answered = new Map<string, number>();
  for (const p of pairs) if (p.guide.option !== undefined) answered.set(p.guide.option, (answered.get(p.guide.option) ?? 0) + (p.committed ? 1 : 0));
  let best: string | undefined;
  for (const [option, n] of answered) if (best === undefined || n > answered.get(best)!) best = option;
  return best;
}
