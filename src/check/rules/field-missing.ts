import { defineRule } from "../rule.js";

/**
 * A fact some rule needs is not in the draft (and not in its front matter or sidecar). The runner reports
 * it, once per fact, naming the rules that could not run; it is never a silent pass. A front-matter or
 * sidecar key left empty is "not filled in", reported at that key's line (not an unknown key).
 */
export default defineRule({
  meta: {
    id: "field-missing",
    category: "input",
    defaultSeverity: "warning",
    description: {
      zh: "申报书应写明检查所需的信息",
      en: "The draft must state the facts the check needs",
    },
    requires: { guide: [], draft: [] },
    messages: {
      missing: {
        zh: "申报书未写明{{label}}，无法检查：{{rules}}",
        en: "The draft does not state {{label}}, so these checks cannot run: {{rules}}",
      },
      unfilled: {
        zh: "申报书的{{label}}未填写（此处为空），无法检查：{{rules}}",
        en: "The draft leaves {{label}} empty (not filled in here), so these checks cannot run: {{rules}}",
      },
    },
    reportedBy: "runner",
  },
});
