import type { Direction } from "../../model/guide.js";
import { defineRule } from "../rule.js";
import { coverage, terms } from "../match.js";

// Words of a direction title that name the kind of work, not its content.
const GENERIC = /(?:关键技术|共性技术|技术研究|合作研发|合作研究|研究与示范|示范应用|应用示范|产业化|研究|研发|研制|开发|示范|应用|技术|攻关)/g;

/**
 * The content items of a direction. The model keeps no 研究内容 text, so the items are the direction's
 * 关键词 when it has them, else the parts of its title split at 及 / 与 / 和 / 、 / 的 with the generic
 * words (关键技术, 研发, 示范应用 …) taken out: 国产芯片适配及算电融合关键技术研究与示范应用 → 国产芯片适配, 算电融合.
 */
export function contentItems(direction: Direction): string[] {
  const raw = direction.keywords.length > 0 ? direction.keywords : direction.title.split(/及|与|和|、|，|,|；|;|的|暨|以及|并|面向|基于/);
  const out: string[] = [];
  for (const r of raw) {
    const item = r.replace(GENERIC, "").replace(/[（）()“”"《》\s]/g, "").trim();
    if ((item.match(/[\u3400-\u9fff]/g) ?? []).length >= 2 || /[A-Za-z]{2,}/.test(item)) out.push(item);
  }
  return [...new Set(out)];
}

/** Share of an item's terms the draft must contain for the item to count as covered. */
const COVERED = 0.5;

/** A content item of the direction (its 关键词, or the key terms of its title) that the draft never mentions. */
export default defineRule({
  meta: {
    id: "content-not-covered",
    category: "content",
    defaultSeverity: "warning",
    description: {
      zh: "申报书应覆盖指南方向的研究内容",
      en: "The draft must cover the direction's research content",
    },
    requires: { guide: [], draft: ["lines"] },
    messages: {
      notCovered: {
        zh: "申报书未涉及指南方向的研究内容“{{item}}”",
        en: "The draft never mentions \"{{item}}\" from the direction's research content",
      },
    },
  },
  check({ direction, facts, report }) {
    const text = terms(facts.lines.join("\n"));
    for (const item of contentItems(direction)) {
      if (coverage(terms(item), text) >= COVERED) continue;
      report({ messageId: "notCovered", data: { item }, clause: { span: direction.span, text: direction.title } });
    }
  },
});
