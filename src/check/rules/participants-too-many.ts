import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";
import { isForeign } from "../facts.js";

/**
 * More units than the guide allows (参与单位总数不超过10家). Counting: the lead unit is included unless the
 * guide says 不含牵头单位; when the guide counts 中方 units, foreign units are left out; a count the draft
 * states (共11家（含牵头单位）) wins over counting its list.
 */
export default defineRule({
  meta: {
    id: "participants-too-many",
    category: "partners",
    defaultSeverity: "error",
    description: {
      zh: "参与单位数量（含牵头单位）不得超过指南上限",
      en: "The number of units (lead unit included) must not exceed the guide's maximum",
    },
    requires: { guide: ["participants_max"], draft: ["participantCount|leadUnit"] },
    messages: {
      tooMany: {
        zh: "参与单位共{{found}}家，超过指南上限{{max}}家",
        en: "{{found}} units take part, more than the guide's maximum of {{max}}",
      },
    },
  },
  check({ constraints, facts, report }) {
    const c = constraintOf(constraints, "participants_max");
    if (!c || typeof c.value !== "number") return;
    const chineseOnly = /中方/.test(c.text);
    const withoutLead = /不含牵头|不包括牵头|不含承担|不包括承担/.test(c.text);
    let count: number;
    if (facts.participantCount) count = facts.participantCount.value - (withoutLead ? 1 : 0);
    else {
      const listed = facts.participants.filter((p) => !(chineseOnly && isForeign(p.value))).length;
      count = listed + (facts.leadUnit && !withoutLead ? 1 : 0);
    }
    if (count > c.value) {
      // 参与单位不超过5家: whether the lead counts is not said, and only counting it exceeds the limit
      const withLead = /含牵头|包括牵头|含承担|包括承担|总数|共计|合计/.test(c.text);
      const doubtful = !facts.participantCount && !withoutLead && !withLead && !!facts.leadUnit && count - 1 <= c.value;
      const at = facts.participantCount ?? facts.participants[facts.participants.length - 1] ?? facts.leadUnit;
      report({
        doubtful,
        messageId: "tooMany",
        at,
        data: { found: count, max: c.value },
        found: { count, leadIncluded: !withoutLead, chineseOnly },
        expected: `≤${c.value}`,
        actual: String(count),
        clause: c,
      });
    }
  },
});
