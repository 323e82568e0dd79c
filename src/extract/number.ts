/**
 * Number reading for 考核指标 and drafts: Arabic numerals (decimals, thousands separators, negatives),
 * Chinese numerals (一种, 两类, 十五, 三千), scientific notation including superscripts lost in PDF
 * extraction (1×106 → 1e6), fractions (1/10) and compound specs (7x24小时 → 168).
 * Pure functions over strings; offsets are UTF-16 indices into the string given.
 */

/** Value of each Chinese digit (数字), 两 and 〇 included. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 萬: 1e4, 億: 1e8 };

/** A number as written in a notice: ASCII digits (with 1,200 grouping) or a short Chinese numeral. */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{1,6}`;

/** Reads a number matched by {@link NUMBER_SOURCE}. */
export function parseNumberToken(s: string): number | null {
  const t = s.replace(/,/g, "");
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumeral(t);
}

/** Characters that may make up a Chinese numeral (中文数字). */
export const CN_NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千万亿萬億";

/** A part of a date in figures or in Chinese numerals (2024 / 二〇二四, 10 / 十, 31 / 三十一), NaN when unreadable. */
export function dateNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (parseChineseNumeral(s.replace(/零/g, "〇")) ?? NaN);
}

/**
 * Parse a Chinese numeral: "三" → 3, "十五" → 15, "二十" → 20, "一百零五" → 105, "两千" → 2000,
 * "三万" → 30000, "百" → 100, "万" → 10000. Returns null when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  const chars = [...s];
  if (chars.length > 1 && chars.every((c) => c in CN_DIGITS)) {
    // "二〇二四" style: digits written one by one
    return Number(chars.map((c) => CN_DIGITS[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of chars) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = CN_DIGITS[ch];
    } else if (ch in CN_SMALL_UNITS) {
      section += (digit ?? 1) * CN_SMALL_UNITS[ch];
      digit = null;
    } else if (ch in CN_BIG_UNITS) {
      const unit = CN_BIG_UNITS[ch];
      const head = section + (digit ?? 0);
      const h = head === 0 ? 1 : head;
      // 一亿五千万: 万 scales only its own section once 亿 has been seen
      total = total >= 1e8 && unit < 1e8 ? total + h * unit : (total + h) * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A number read at some position: its value and the slice it occupies. */
export interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** How it was written: arabic "20", chinese "两", sci "1×10^6", fraction "1/10", product "7x24". */
  kind: "arabic" | "chinese" | "sci" | "fraction" | "product";
}

// thousands groups: "10,000", and "10 000" with a (thin) space as in typeset tables
const ARABIC_RE = /\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d{1,3}(?:[ \u2009\u202f]\d{3})+(?![\d.])|\d+(?:\.\d+)?/y;

/** Read a plain Arabic number (no sign) at `pos`; "10,000" → 10000, "1.60" → 1.6. */
export function readArabic(s: string, pos: number): NumberToken | null {
  ARABIC_RE.lastIndex = pos;
  const m = ARABIC_RE.exec(s);
  if (!m) return null;
  return { value: Number(m[0].replace(/[, \u2009\u202f]/g, "")), start: pos, end: pos + m[0].length, kind: "arabic" };
}

const TIMES = "×xX*✕╳";
const SCI_AFTER_RE = /[ \t]*[×xX*✕][ \t]*10(?:\^(-?\d{1,3})|(-?\d{1,2}))(?![\d.])/y;
const POW10_RE = /10\^(-?\d{1,3})(?![\d.])/y;
const FRACTION_RE = /\/(\d+)(?![\d.])/y;
const PRODUCT_RE = /[ \t]*[×xX*✕][ \t]*(\d+(?:\.\d+)?)(?![\d.])/y;

/**
 * Read a number with its sign and notation at `pos` (which must be a digit, or a minus sign before a
 * digit): "-50" → -50, "1×10^6" and "1×106" → 1e6 (a superscript lost in PDF text), "10^4" → 1e4,
 * "1/10" → 0.1, "7x24" → 168 (only when a time unit follows, else the first factor alone).
 * `isTimeUnitAt(end)` tells whether a time unit (小时, h, 天) starts at an offset; it is a parameter so
 * this file does not depend on the unit table.
 */
export function readNumber(
  s: string,
  pos: number,
  isTimeUnitAt: (offset: number) => boolean = () => false,
): NumberToken | null {
  let sign = 1;
  let p = pos;
  if (s[p] === "-" || s[p] === "−" || s[p] === "－") {
    sign = -1;
    p++;
  } else if (s[p] === "+") {
    p++;
  }
  POW10_RE.lastIndex = p;
  const pow = POW10_RE.exec(s);
  if (pow) return { value: sign * 10 ** Number(pow[1]), start: pos, end: POW10_RE.lastIndex, kind: "sci" };
  const a = readArabic(s, p);
  if (!a) return null;
  const base = sign * a.value;
  SCI_AFTER_RE.lastIndex = a.end;
  const sci = SCI_AFTER_RE.exec(s);
  if (sci) {
    const exp = Number(sci[1] ?? sci[2]);
    return { value: base * 10 ** exp, start: pos, end: SCI_AFTER_RE.lastIndex, kind: "sci" };
  }
  FRACTION_RE.lastIndex = a.end;
  const fr = FRACTION_RE.exec(s);
  if (fr && Number.isInteger(a.value) && Number(fr[1]) !== 0 && !/[\dA-Za-z]/.test(s[FRACTION_RE.lastIndex] ?? "")) {
    return { value: base / Number(fr[1]), start: pos, end: FRACTION_RE.lastIndex, kind: "fraction" };
  }
  PRODUCT_RE.lastIndex = a.end;
  const pr = PRODUCT_RE.exec(s);
  if (pr && TIMES.includes(s.slice(a.end).trimStart()[0] ?? "")) {
    // 7x24小时 is a duration; 1920×1080 or 0.5m×0.5m are not products we can state as one number
    if (isTimeUnitAt(PRODUCT_RE.lastIndex)) {
      return { value: base * Number(pr[1]), start: pos, end: PRODUCT_RE.lastIndex, kind: "product" };
    }
  }
  return { value: base, start: pos, end: a.end, kind: "arabic" };
}

const CN_RUN_RE = new RegExp(`[${CN_NUMERAL_CHARS}]+`, "y");

/** Read a Chinese numeral run at `pos` ("三" in "三个", "十五" in "十五项"); null if not a numeral. */
export function readChineseNumber(s: string, pos: number): NumberToken | null {
  CN_RUN_RE.lastIndex = pos;
  const m = CN_RUN_RE.exec(s);
  if (!m) return null;
  const value = parseChineseNumeral(m[0]);
  if (value === null) return null;
  // 九十九点八: decimals read digit by digit after 点
  const dec = /^[点點]([零〇一二两三四五六七八九]+)/.exec(s.slice(pos + m[0].length));
  if (dec) {
    const digits = [...dec[1]].map((c) => CN_DIGITS[c]).join("");
    return { value: Number(`${value}.${digits}`), start: pos, end: pos + m[0].length + dec[0].length, kind: "chinese" };
  }
  return { value, start: pos, end: pos + m[0].length, kind: "chinese" };
}

/**
 * Map full-width ASCII (０-９, Ａ-ｚ, ＞, ％ …), superscript and subscript digits, µ and the minus sign
 * to plain forms, one UTF-16 unit for one, so offsets into the result are offsets into the input.
 * CJK punctuation （），：；。、 is kept.
 */
export function foldWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E⁰¹²³⁴⁵⁶⁷⁸⁹⁻₀₁₂₃₄₅₆₇₈₉µ−]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) {
      // keep the CJK clause punctuation the other stages rely on
      if ("（），：；！？".includes(c)) return c;
      return String.fromCharCode(code - 0xfee0);
    }
    const sup = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
    if (sup >= 0) return String(sup);
    const sub = "₀₁₂₃₄₅₆₇₈₉".indexOf(c);
    if (sub >= 0) return String(sub);
    if (c === "⁻" || c === "−") return "-";
    if (c === "µ") return "μ";
    return c;
  });
}
