import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";
import { periodMonths } from "../facts.js";
import { fmt } from "../match.js";

/** 执行期限 longer than the direction's limit (or the document's when the direction states none). */
export default defineRule({
  meta: {
    id: "duration-too-long",
    category: "duration",
    defaultSeverity: "error",
    description: { zh: "项目执行期限不得超过指南规定的年限", en: "The project period must not exceed the guide's limit" },
    requires: { guide: ["duration_max_years"], draft: ["period.months|period.start", "period.months|period.end"] },
    messages: {
      tooLong: {
        zh: "执行期限{{found}}个月，超过指南规定的{{max}}年（{{maxMonths}}个月）",
        en: "The project runs {{found}} months, longer than the guide's {{max}} years ({{maxMonths}} months)",
      },
    },
  },
  check({ constraints, facts, report }) {
    const c = constraintOf(constraints, "duration_max_years");
    const p = facts.period;
    if (!c || typeof c.value !== "number" || !p) return;
    const months = periodMonths(p.value);
    if (months === null) return;
    const maxMonths = Math.round(c.value * 12);
    // 2025年至2028年 without months: read as January to December; from December to January it may fit
    const wholeYears = p.value.start !== null && !/月|\d\s*[.\-/／．]\s*\d{1,2}(?!\d)/.test(p.text ?? "");
    if (months > maxMonths)
      report({
        doubtful: wholeYears && months - 22 <= maxMonths,
        messageId: "tooLong",
        at: p,
        data: { found: months, max: fmt(c.value), maxMonths },
        found: { months, start: p.value.start, end: p.value.end },
        expected: `≤${maxMonths}`,
        actual: String(months),
        clause: c,
      });
  },
});
