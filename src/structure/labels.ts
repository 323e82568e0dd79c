import { memoize } from "../core/memo.js";
import { alternation } from "../lexicon/index.js";
import { COLON_ONLY_LABELS, NOTICE_LABELS, type SectionKind } from "../lexicon/labels.js";

export type { SectionKind };

const LABELS = NOTICE_LABELS;
const REMARK = "\\s*(?:[（(][^（）()]{0,60}[）)])?\\s*";
const LABEL_WORDS = LABELS.flatMap(([, words]) => words);
// 市财政资助：…, 省级财政补助：…: who pays, before a label with its colon
const PAYER = "(?:省级|市级|县级|区级|中央|国家|省|市|县|区)(?=财政)";
// 【研究内容】…, [考核指标]: a label in brackets, the closing bracket standing for its colon
const LABEL_RE = new RegExp(
  `^(?:[【[]\\s*(${alternation(LABEL_WORDS)})${REMARK}[】\\]]\\s*[：:]?|(${alternation(LABEL_WORDS.filter((w) => !COLON_ONLY_LABELS.includes(w)))})${REMARK}(?:[：:]|$)|(${alternation(COLON_ONLY_LABELS)})${REMARK}[：:]|${PAYER}(${alternation(LABEL_WORDS)})${REMARK}[：:])`,
);
const WORDS = [...LABEL_WORDS].sort((a, b) => b.length - a.length).join("|");
// A label inside a paragraph, after a clause: 项目完成时，主要技术指标：…
const INNER_LABEL_RE = new RegExp(`(?<=[。；;，,：:])\\s*(${WORDS})\\s*(?:[（(][^（）()]{0,60}[）)])?\\s*[：:]`, "g");
const KIND_OF = new Map(LABELS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

/**
 * A section label at the start of a text: "考核指标：…" → {kind: "kpi", length: 5}. A parenthesised
 * remark may stand between the label and its colon: 考核指标（项目根据研究方向选择其中 1 套考核指标）：
 */
export function readLabel(text: string): { kind: SectionKind; label: string; length: number } | null {
  const m = LABEL_RE.exec(text);
  if (!m) return null;
  const label = m[1] ?? m[2] ?? m[3] ?? m[4];
  return { kind: KIND_OF.get(label)!, label, length: m[0].length };
}

/** Labels whose presence under a heading shows that the heading is a direction one applies to. */
export function isDirectionEvidence(kind: SectionKind): boolean {
  return kind !== "area-goal" && kind !== "mode";
}

/** A label inside a paragraph, with its offsets in the paragraph. */
export interface InnerLabel {
  kind: SectionKind;
  label: string;
  start: number;
  contentStart: number;
}

/**
 * Labels that open a section in the middle of a paragraph (…项目完成时，主要技术指标：…), with their offsets.
 * Remembered per text: the outline asks for the labels of each block once per heading above it.
 */
export const findInnerLabels: (text: string) => readonly InnerLabel[] = memoize(innerLabels, 4096);

function innerLabels(text: string): InnerLabel[] {
  const out: InnerLabel[] = [];
  if (text.length < 6) return out;
  for (const m of text.matchAll(INNER_LABEL_RE)) {
    const kind = KIND_OF.get(m[1])!;
    out.push({ kind, label: m[1], start: m.index + m[0].indexOf(m[1]), contentStart: m.index + m[0].length });
  }
  return out;
}
