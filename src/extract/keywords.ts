import { alternation, labelsOf } from "../lexicon/index.js";
const KEYWORDS_RE = new RegExp(String.raw`${alternation(labelsOf("keywords"))}\s*[:：]\s*([^\n]*)`);
// Labels that end the list when they follow on its line: 关键词：A；B。其他要求：…
const NEXT_LABEL = new RegExp(String.raw`[。]|${alternation([...labelsOf("notes"), ...labelsOf("content"), ...labelsOf("kpi"), ...labelsOf("projects")])}\s*[:：]`);

/**
 * The 关键词 list of `text`: 关键词：柔性；钙钛矿太阳能电池；锌离子储能电池 → three items.
 * Items are split on ；;，,、 and, when none of those is used, on spaces (關鍵詞: 強鏈工程 技術需求榜單).
 * A text without the label is read as the list itself when it is one short line without a colon.
 * Returns [] otherwise.
 */
export function readKeywords(text: string): string[] {
  const m = KEYWORDS_RE.exec(text);
  // The caller may have cut the 关键词： label off already: then the first line is the list.
  const bare = m ? null : (text.trim().split("\n")[0] ?? "");
  if (bare !== null && (bare.length > 200 || /[:：]|。./.test(bare))) return [];
  // The list ends at the sentence end; a following 其他要求： on the same line is not a keyword.
  let list = (bare ?? m![1]).split(NEXT_LABEL)[0];
  list = list.trim();
  const items = /[；;，,、]/.test(list) ? list.split(/\s*[；;，,、]\s*/) : list.split(/\s+/);
  return items.map((k) => k.trim()).filter((k) => k.length > 0);
}
