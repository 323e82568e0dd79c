import { defineRule } from "../rule.js";
import { constraintOf } from "../runner.js";
import { yuanText } from "../facts.js";

/** 申请财政经费 above the direction's cap (榜单金额, 省财政资助经费不超过…), or the document's when the direction has none. */
export default defineRule({
  meta: {
    id: "funding-over-cap",
    category: "funding",
    defaultSeverity: "error",
    description: { zh: "申请财政经费不得超过资助上限", en: "Requested government funding must not exceed the cap" },
    requires: { guide: ["funding_cap"], draft: ["budget.government"] },
    messages: {
      overCap: {
        zh: "申请财政经费{{found}}，超过指南上限{{cap}}",
        en: "Requested government funding {{found}} exceeds the guide's cap of {{cap}}",
      },
    },
  },
  check({ constraints, facts, report }) {
    const cap = constraintOf(constraints, "funding_cap");
    const asked = facts.budget.government;
    if (!cap || typeof cap.value !== "number" || !asked) return;
    if (asked.value.yuan > cap.value) {
      const capText = /\d/.test(cap.text) && cap.text.length <= 12 ? cap.text : yuanText(cap.value);
      report({
        messageId: "overCap",
        at: asked,
        data: { found: asked.value.text, cap: capText },
        found: { yuan: asked.value.yuan },
        expected: `≤${capText}`,
        actual: asked.value.text,
        clause: cap,
      });
    }
  },
});
