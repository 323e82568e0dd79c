import { dateNumber, parseChineseNumeral } from "../extract/number.js";
import { findFields } from "./fields.js";
import type { DraftText } from "./text.js";
import type { Fact } from "./types.js";

/** 执行期限: start/end as YYYY-MM and the length in months. */
export type PeriodValue = { start: string | null; end: string | null; months: number | null };

/** Labels of the period. */
export const PERIOD_LABEL =
  "项目执行期限|执行期限|实施期限|项目执行期|项目实施期|执行期|实施期|实施周期|项目周期|研究期限|执行年限|起止年限|起止年月|起止时间|项目起止时间|研究年限";

// a date in figures, or in Chinese numerals as formal documents write it (二〇二四年十月一日)
const CN_YEAR = "[〇零一二][〇零一二三四五六七八九]{3}";
const CN_MONTH = "十[一二]?|[一二三四五六七八九]";
const CN_DAY = "[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";
const YM = String.raw`((?:19|20)\d{2}|${CN_YEAR})\s*(?:年\s*(?:(\d{1,2}|${CN_MONTH})\s*月?(?:\s*(?:\d{1,2}|${CN_DAY})\s*日)?)?|[.\-/／．]\s*(\d{1,2})(?:\s*[.\-/／．]\s*\d{1,2})?)`;
const RANGE_RE = new RegExp(`${YM}\\s*(?:至|到|—+|–|-|~|～|〜)\\s*${YM}`);
const LENGTH_RE = /(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(个月|个自然月|月|年|周年)(?!\d)/;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Read a period: "2025年1月至2027年12月" → 2025-01..2027-12, 36 months; "2025.01-2027.12"; "2025年至2027年"
 * (whole years); "36个月"; "3年" / "三年" → 36 months. With both a range and a length, the range decides.
 */
export function parsePeriod(s: string): { value: PeriodValue; index: number; length: number } | null {
  const r = RANGE_RE.exec(s);
  if (r) {
    const y1 = dateNumber(r[1]);
    const y2 = dateNumber(r[4]);
    const m1 = dateNumber(r[2] ?? r[3] ?? "1");
    const m2 = dateNumber(r[5] ?? r[6] ?? "12");
    if (y2 >= y1 && m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12) {
      const months = (y2 - y1) * 12 + (m2 - m1) + 1;
      if (months > 0) return { value: { start: `${y1}-${pad(m1)}`, end: `${y2}-${pad(m2)}`, months }, index: r.index, length: r[0].length };
    }
  }
  for (const m of s.matchAll(new RegExp(LENGTH_RE, "g"))) {
    // 2025年 and 二〇二五年 are years, not lengths
    if (/^\d{4}$/.test(m[1]) || /[〇零]/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    const n = /^\d/.test(m[1]) ? Number(m[1]) : parseChineseNumeral(m[1]);
    if (!n) continue;
    const months = /年/.test(m[2]) ? Math.round(n * 12) : n;
    return { value: { start: null, end: null, months }, index: m.index, length: m[0].length };
  }
  return null;
}

/** The period (执行期限 / 实施期限 / 项目执行期为3年 …): the first labelled value that reads as one. */
export function readPeriod(t: DraftText): Fact<PeriodValue> | null {
  for (const hit of findFields(t.lines, PERIOD_LABEL)) {
    const p = parsePeriod(hit.value);
    if (p) return t.fact(p.value, hit.value, hit.offset);
  }
  // prose: 项目执行期为2025年1月至2027年12月 / 本项目实施周期3年
  const prose = new RegExp(`(?:${PERIOD_LABEL})`);
  for (const line of t.lines) {
    const m = prose.exec(line.text);
    if (!m) continue;
    const rest = line.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const p = parsePeriod(rest);
    if (p && p.index <= 6) return t.fact(p.value, rest.slice(p.index, p.index + p.length), line.offset + m.index + m[0].length + p.index);
  }
  return null;
}
