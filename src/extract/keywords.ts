const KEYWORDS_RE = /(?:关键词|关键字|關鍵詞|關鍵字)\s*[:：]\s*([^\n]*)/;

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
  let list = (bare ?? m![1]).split(/[。]|(?:其他要求|有关说明|研究内容|考核指标|拟支持项目数)\s*[:：]/)[0];
  list = list.trim();
  const items = /[；;，,、]/.test(list) ? list.split(/\s*[；;，,、]\s*/) : list.split(/\s+/);
  return items.map((k) => k.trim()).filter((k) => k.length > 0);
}
