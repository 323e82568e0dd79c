import { GOVERNMENT_FUNDS, SELF_FUNDS, alternation } from "../lexicon/index.js";
import { startOfRun } from "./money.js";
import { parseChineseNumeral } from "./number.js";
import type { Located } from "./types.js";

// 其他经费（包括地方财政经费、单位出资…）与中央财政经费比例: the funds other than the government's
const MATCHING_SOURCE = alternation(SELF_FUNDS.filter((w) => !/出资|社会|贷款/.test(w)));
const MATCHING = new RegExp(`${MATCHING_SOURCE}(?:经费|资金)?`, "g");
const MATCHING_WORD = new RegExp(MATCHING_SOURCE);
const GOVERNMENT = new RegExp(alternation(GOVERNMENT_FUNDS));
// LaTeX converters leave $1:1$; the normalizer may keep a full-width colon.
const RATIO_RE = /\$?\s*(\d+(?:\.\d+)?)\s*[:：∶比]\s*(\d+(?:\.\d+)?)\s*\$?/g;

// 自筹经费不低于申请省财政资金的1.5倍 / 不少于市财政资助经费的两倍: matching funds as a multiple of the government's
const TIMES_RE = new RegExp(
  String.raw`(?:不得少于|不得低于|不低于|不少于|不小于|至少|达到|为)[^。；;，,]{0,12}?${alternation(GOVERNMENT_FUNDS)}[^。；;，,]{0,10}?的\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*倍`,
  "g",
);

/** End of the sentence from `from`: 。；; or a line break, except a line break inside parentheses (a wrap). */
function sentenceEndFrom(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && depth > 0) depth--;
    else if (/[。；;]/.test(c) || (c === "\n" && depth === 0)) return i;
  }
  return text.length;
}

/**
 * The lowest ratio of matching (配套 / 自筹) funds to government (国拨 / 财政) funds, or null:
 * 配套经费与国拨经费的比例不低于 3:1 → 3; 自筹经费与财政经费比例不低于1.5:1 → 1.5; 1:1 → 1.
 * The ratio may come later in the same sentence than the word 配套; a ratio written
 * government-first (国拨经费与自筹经费比例为1:2) is turned round → 2.
 */
export function readMatchingRatio(text: string): Located<number> | null {
  for (const m of text.matchAll(MATCHING)) {
    const end = sentenceEndFrom(text, m.index);
    // The clause that names 配套 decides the order (注：…省财政资助上限，配套经费与财政资助经费比例…).
    const clauseStart = startOfRun(text.slice(0, m.index), "。；;\n，,");
    RATIO_RE.lastIndex = m.index;
    const r = RATIO_RE.exec(text);
    if (!r || r.index >= end) {
      TIMES_RE.lastIndex = m.index;
      const t = TIMES_RE.exec(text);
      const times = t && t.index < end ? (/\d/.test(t[1]) ? Number(t[1]) : parseChineseNumeral(t[1])) : null;
      if (t && times && times > 0) return { value: times, text: text.slice(m.index, t.index + t[0].length), start: m.index, end: t.index + t[0].length };
      continue;
    }
    const a = Number(r[1]);
    const b = Number(r[2]);
    if (!(a > 0 && b > 0)) continue;
    // Which side is the government's: whichever is named first in the sentence goes left.
    // what a parenthesis lists (其他经费（包括地方财政经费…）) does not name a side
    const head = text.slice(clauseStart, r.index).replace(/[（(][^（）()]*[）)]/g, (p) => " ".repeat(p.length));
    const gov = head.search(GOVERNMENT);
    const matching = head.search(MATCHING_WORD);
    const governmentFirst = gov >= 0 && gov < matching;
    const value = Math.round((governmentFirst ? b / a : a / b) * 1000) / 1000;
    const start = m.index;
    const stop = r.index + r[0].replace(/\s*\$?\s*$/, "").length;
    return { value, text: text.slice(start, stop), start, end: stop };
  }
  return null;
}
