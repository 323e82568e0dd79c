import { defineRule } from "../rule.js";

/**
 * The draft's direction cannot be determined: the id it names is not in the guide, its title matches no
 * direction well enough, or two directions match equally well. Reported by checkDraft when it resolves the
 * direction, with the closest candidates; no other rule runs then.
 */
export default defineRule({
  meta: {
    id: "direction-not-found",
    category: "direction",
    defaultSeverity: "error",
    description: {
      zh: "申报书应明确指南中存在的申报方向",
      en: "The draft must name a direction of the guide",
    },
    requires: { guide: [], draft: [] },
    messages: {
      notFound: {
        zh: "申报方向“{{found}}”不在指南中，最接近的方向：{{candidates}}",
        en: "Direction \"{{found}}\" is not in the guide; closest: {{candidates}}",
      },
      ambiguous: {
        zh: "申报方向“{{found}}”无法确定，可能是：{{candidates}}",
        en: "Direction \"{{found}}\" is ambiguous; it could be: {{candidates}}",
      },
      absent: {
        zh: "申报书未写明申报方向，最接近的方向：{{candidates}}",
        en: "The draft names no direction; closest: {{candidates}}",
      },
    },
    reportedBy: "resolver",
  },
});
