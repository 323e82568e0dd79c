import { DURATION_SUBJECTS, alternation } from "../lexicon/index.js";
import { NUMBER_SOURCE, parseNumberToken } from "./number.js";
import type { Located } from "./types.js";

const SUBJECT = alternation(DURATION_SUBJECTS);
// Only wording that states the length may sit between the subject and the number, so that
// 项目执行期内实现销售收入…3年 is not read as a duration.
// (项目执行期一般按3年设置: 按 states the period as 为 does)
// (执行期原则上以3年为限: 以…为限 bounds it as 不超过 does)
const FILLER = String.raw`(?:\s|[:：]|为|按|是|在|以|一般|原则上|不超过|不得超过|不长于|不多于|最长|最多|控制在|应在|限)*`;
const NUM = `(${NUMBER_SOURCE})`;
const DURATION_RE = new RegExp(
  String.raw`(?:${SUBJECT})${FILLER}${NUM}(?:\s*[-~～至到—]\s*${NUM})?\s*(年|个月|個月)(?![\d月度])`,
);
const BARE_RE = new RegExp(
  String.raw`^[ \t:：]*(?:一般|原则上)?\s*(?:不超过|不得超过|不长于|最长|最多|为)?\s*${NUM}(?:\s*[-~～至到—]\s*${NUM})?\s*(年|个月|個月)(?:以内)?[ \t。；;]*$`,
  "m",
);
// …，最长不超过3年 after a usual duration.
// (最长以3年为限: 以…为限 bounds it as 不超过 does)
const LONGEST_RE = new RegExp(String.raw`^[^。；;]{0,6}?最长(?:不超过|不得超过|为|以|可达|可延长至|可至|至)?\s*(${NUMBER_SOURCE})\s*(年|个月|個月)`);
// 揭榜期限自任务书签订之日起计算，最长不超过3年: the limit in a later clause of the sentence naming the duration
const LATER_CLAUSE_RE = new RegExp(
  String.raw`(?:${SUBJECT})[^。；;]{0,30}?[，,]\s*(?:原则上|一般)?\s*(?:最长(?:不超过|不得超过|不长于|为|以)?|不超过|不得超过|不长于)\s*(${NUMBER_SOURCE})\s*(年|个月|個月)(?=\s*(?:为限)?\s*(?:[。；;，,（(]|$))`,
);
// 执行期限：2025年1月至2027年12月 — the form drafts use.
const DATE_RANGE_RE = new RegExp(
  String.raw`(?:${SUBJECT})${FILLER}(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|-|—|~|～)\s*(\d{4})\s*年\s*(\d{1,2})\s*月`,
);

/**
 * The longest project duration in years (实施期限 / 项目执行期 / 实施周期), or null:
 * 实施期限：不超过3年 → 3; 实施周期一般为3-5年 → 5 (upper bound); 执行期3年; 36个月 → 3; 两年 → 2;
 * 执行期限：2025年1月至2027年12月 → 3. A text that is only a label's value (不超过3年) is read too.
 */
export function readDurationMaxYears(text: string): Located<number> | null {
  // every duration ends in 年 or 月 (DURATION_RE, DATE_RANGE_RE, BARE_RE): most sentences have neither (issue 14)
  if (!/[年月]/.test(text)) return null;
  const found: Located<number>[] = [];
  const m = DURATION_RE.exec(text);
  if (m) {
    const hi = parseNumberToken(m[2] ?? m[1]);
    if (hi !== null && hi > 0) {
      const years = m[3] === "年" ? hi : Math.round((hi / 12) * 100) / 100;
      found.push({ value: years, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  const r = DATE_RANGE_RE.exec(text);
  if (r) {
    const months = (Number(r[3]) - Number(r[1])) * 12 + (Number(r[4]) - Number(r[2])) + 1;
    if (months > 0) {
      found.push({ value: Math.round((months / 12) * 100) / 100, text: r[0], start: r.index, end: r.index + r[0].length });
    }
  }
  if (!found.length) {
    const l = LATER_CLAUSE_RE.exec(text);
    const hi = l ? parseNumberToken(l[1]) : null;
    if (l && hi !== null && hi > 0) {
      const at = l.index + l[0].search(/[，,]/) + 1;
      const written = text.slice(at, l.index + l[0].length).trim();
      found.push({ value: l[2] === "年" ? hi : Math.round((hi / 12) * 100) / 100, text: written, start: l.index + l[0].length - written.length, end: l.index + l[0].length });
    }
  }
  if (!found.length) {
    // A label's value on its own (实施期限： cut off by the caller): 不超过3年, 36个月.
    const b = BARE_RE.exec(text);
    const hi = b ? parseNumberToken(b[2] ?? b[1]) : null;
    if (b && hi !== null && hi > 0) {
      const start = b.index + b[0].length - b[0].replace(/^[\s:：]+/, "").length;
      const written = b[0].trim().replace(/[。；;]$/, "");
      found.push({ value: b[3] === "年" ? hi : Math.round((hi / 12) * 100) / 100, text: written, start, end: start + written.length });
    }
  }
  found.sort((x, y) => x.start - y.start);
  // 一般为2年，最长不超过3年: the longest allowed is the limit.
  const longest = found.length ? LONGEST_RE.exec(text.slice(found[0].end)) : null;
  if (longest) {
    const hi = parseNumberToken(longest[1]);
    if (hi !== null && hi > 0) {
      const at = found[0].end + longest.index;
      return { value: longest[2] === "年" ? hi : Math.round((hi / 12) * 100) / 100, text: longest[0], start: at, end: at + longest[0].length };
    }
  }
  return found[0] ?? null;
}
