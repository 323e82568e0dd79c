/**
 * Unit reading (计量单位 / 量词) after a number in 考核指标: ASCII and symbol units (%, Wh/kg, mΩ·cm2,
 * tokens/s, °, ′), Chinese units and count classifiers (个, 项, 件, 小时, 万元, 人次), with 万/亿 glued to a
 * count unit resolved (1万套 → ×10000 套) while money keeps its written unit (4000万元 stays 万元). The words
 * come from src/lexicon/units.ts; compound units (%FS/℃, °/√h, Mrad(Si), L/(m2·h)) are read whole first.
 */
import { COMPOUND_UNITS, COUNT_CLASSIFIERS, MEASURE_WORDS, MONEY_UNITS } from "../lexicon/units.js";


const CN_MEASURE_UNITS = Object.keys(MEASURE_WORDS);

const TIME_UNITS = new Set(["小时", "h", "天", "日"]);

/** A unit read after a number. */
export interface UnitMatch {
  /** Normalised unit: "%", "Wh/kg", "cm2", "项", "万元"; "" when only a multiplier was read. */
  unit: string;
  /** Multiplier to apply to the number: 1万套 → 1e4; 1 for money and plain units. */
  scale: number;
  /** 20多家, 60余项: the number is a lower bound (the comparator becomes >). */
  more: boolean;
  /** True for Chinese count classifiers (量词) such as 项, 个, 家. */
  classifier: boolean;
  start: number;
  end: number;
}

function byLength(xs: readonly string[]): string[] {
  return [...xs].sort((a, b) => b.length - a.length);
}
const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

const CLASSIFIER_SET = new Set<string>(COUNT_CLASSIFIERS);
const CN_WORDS = byLength([...CN_MEASURE_UNITS, ...COUNT_CLASSIFIERS]);
// Compound units read whole, with full-width brackets too (L/（m2·h）); never when a Latin letter runs on.
const COMPOUND = new Map<string, string>();
for (const [written, unit] of Object.entries(COMPOUND_UNITS)) {
  COMPOUND.set(written, unit);
  COMPOUND.set(written.replace(/\(/g, "（").replace(/\)/g, "）"), unit);
}
const COMPOUND_RE = new RegExp(`(?:${byLength([...COMPOUND.keys()]).map(esc).join("|")})(?![A-Za-z])`, "y");
const CN_WORD_RE = new RegExp(`(?:${CN_WORDS.map(esc).join("|")})`, "y");
const MONEY_RE = new RegExp(`(?:${byLength(MONEY_UNITS).map(esc).join("|")})`, "y");

// An ASCII unit piece: letters (with μ Ω), an optional exponent (cm2, cm^2, cm^-2); or a symbol.
// A fractional exponent is kept as written: pT/Hz^1/2; √ stands for the same: pT/√Hz.
// (MPa·m1/2: a half power written without its caret)
const ASCII_PIECE = "√?[A-Za-zμΩÅ][A-Za-zμΩ]*(?:\\^-?\\d(?:/\\d)?(?![\\d.])|1/2(?![\\d.])|[1-4](?![\\d.]))?";
const ASCII_PIECE_NEG =
  "√?[A-Za-zμΩÅ][A-Za-zμΩ]*(?:\\^-?\\d(?:/\\d)?(?![\\d.])|1/2(?![\\d.])|[1-4](?![\\d.])|-[1-4](?![\\d.A-Za-z]))?";
// \\% is a percent sign left escaped by a LaTeX converter ($\\geq 20\\%$)
const SYMBOL = "wt%|vol%|at%|mol%|\\\\%|%|‰|°C|℃|°|′|″";
// mbar.L/s, N.m, kW.h: a full stop between two letter units is the product dot
// cm2/(V·s), L/(m2·h): a bracketed product after a slash is one denominator
const asciiRe = (piece: string) =>
  new RegExp(`(?:${SYMBOL}|/?${piece}(?:(?:[/·]|\\.(?=[A-Za-zμΩ]))(?:${piece}|\\(${piece}(?:·${piece})+\\)))*)`, "y");
const ASCII_NEG_RE = asciiRe(ASCII_PIECE_NEG);
// (after a slash a single 分/秒/时/天 is a time: 次/分, 米/秒, 件/天)
const SLASH_TAIL_RE = new RegExp(`[/·](?:${ASCII_PIECE}|${CN_WORDS.map(esc).join("|")})|/[分秒时天周月年](?![\\u4e00-\\u9fff])`, "y");
// 10^7/平方厘米: a per-unit written in Chinese
const CN_PER_RE = new RegExp(`/(?:${CN_WORDS.map(esc).join("|")})`, "y");

function matchAt(re: RegExp, s: string, pos: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(s);
  return m ? m[0] : null;
}

/**
 * Read the unit that follows a number ending at `pos`: spaces, then an optional 万/亿/千/百 multiplier,
 * an optional 多/余, then a unit. A bare negative exponent is a superscript lost in PDF text ("1×106cm-2",
 * "<0.3cm-2") unless a unit follows it, which makes it a range ("5m-6m").
 * Returns null when nothing unit-like follows.
 */
export function readUnit(s: string, pos: number): UnitMatch | null {
  let p = pos;
  while (s[p] === " " || s[p] === "\t") p++;
  const start = p;
  const compound = matchAt(COMPOUND_RE, s, p);
  if (compound) return { unit: COMPOUND.get(compound)!, scale: 1, more: false, classifier: false, start, end: p + compound.length };
  const money = matchAt(MONEY_RE, s, p);
  if (money) {
    // 0.5元/Wh, 350元/kWh: a price per unit stays one unit
    const tail = matchAt(SLASH_TAIL_RE, s, p + money.length) ?? "";
    const end = p + money.length + tail.length;
    return { unit: normalizeUnit(money + tail), scale: 1, more: false, classifier: false, start, end };
  }
  let scale = 1;
  let more = false;
  const word0 = matchAt(CN_WORD_RE, s, p);
  if (!word0 && /[万亿萬億千百]/.test(s[p] ?? "")) {
    const m = { 万: 1e4, 亿: 1e8, 萬: 1e4, 億: 1e8, 千: 1e3, 百: 1e2 }[s[p] as "万"]!;
    const q = p + 1 + (/[多余]/.test(s[p + 1] ?? "") ? 1 : 0);
    const w = matchAt(CN_WORD_RE, s, q);
    if (w || m >= 1e4) {
      scale = m;
      more = q > p + 1;
      p = q;
    }
  }
  if (/[多余]/.test(s[p] ?? "") && p === start) {
    more = true;
    p++;
  }
  const word = matchAt(CN_WORD_RE, s, p);
  if (word) {
    let end = p + word.length;
    let unit = word;
    const tail = matchAt(SLASH_TAIL_RE, s, end);
    if (tail) {
      unit += tail;
      end += tail.length;
    }
    // 万吨 is listed as a unit so that "万吨级" reads; as a count it is 10000 吨
    if (unit.startsWith("万吨")) {
      scale *= 1e4;
      unit = unit.slice(1);
    }
    // 300架次, 3000台次: a classifier with 次 counts occurrences
    if (!tail && s[end] === "次" && CLASSIFIER_SET.has(word) && word !== "个" && !word.endsWith("次")) {
      unit += "次";
      end++;
    }
    return { unit: normalizeUnit(unit), scale, more, classifier: CLASSIFIER_SET.has(word), start, end };
  }
  const counted = countedWord(s, p);
  if (scale !== 1 || more) {
    // "体量≥1万" — a multiplier with no unit; 多/余 with nothing after is not a quantity
    if (scale === 1) return null;
    const q = readAsciiUnit(s, p);
    if (q) return { unit: normalizeUnit(q), scale, more, classifier: false, start, end: p + q.length };
    // 20万辆, 200万剂, 20万冲次: after 万/亿 a single CJK character is the counted unit even if we do not list it
    if (counted) return { unit: normalizeUnit(counted), scale, more, classifier: true, start, end: p + counted.length };
    if (/[\u4e00-\u9fff]/.test(s[p] ?? "") && !/[以左多余及或的和与等至到]/.test(s[p])) {
      const unit = s[p] + (s[p + 1] === "次" ? "次" : "");
      return { unit, scale, more, classifier: true, start, end: p + unit.length };
    }
    return { unit: "", scale, more, classifier: false, start, end: p };
  }
  // 5000码/秒: a rate of a counted thing we do not list
  if (counted) return { unit: normalizeUnit(counted), scale: 1, more: false, classifier: false, start, end: p + counted.length };
  const per = matchAt(CN_PER_RE, s, p);
  if (per) return { unit: normalizeUnit(per), scale: 1, more: false, classifier: false, start, end: p + per.length };
  const a = readAsciiUnit(s, p);
  if (a) return { unit: normalizeUnit(a), scale: 1, more: false, classifier: false, start, end: p + a.length };
  return null;
}

/** An unlisted counted thing per a unit of time or measure (码/秒, 单/小时), or null. */
function countedWord(s: string, p: number): string | null {
  if (!/[\u4e00-\u9fff]/.test(s[p] ?? "") || /[以左多余及或的和与等至到每]/.test(s[p])) return null;
  const tail = matchAt(SLASH_TAIL_RE, s, p + 1);
  return tail && tail[0] === "/" ? s[p] + tail : null;
}

// A Latin qualifier glued to a unit in brackets names which of its kind it is: dB(A) A-weighted, V(rms), mV(p-p).
const QUALIFIER_RE = /[(（][A-Za-z][A-Za-z-]{0,3}[)）]/y;

function readAsciiUnit(s: string, p: number): string | null {
  const a = matchAt(ASCII_NEG_RE, s, p)?.replace(/\.(?=[A-Za-zμΩ])/g, "·");
  if (!a || a === "/") return null;
  let unit = a;
  const qualifier = /[A-Za-z]$/.test(a) ? matchAt(QUALIFIER_RE, s, p + a.length) : null;
  if (qualifier) return unit + qualifier;
  const tail = a.endsWith("%") || a.startsWith("°") ? null : matchAt(SLASH_TAIL_RE, s, p + a.length);
  if (tail && /[\u4e00-\u9fff]/.test(tail)) unit += tail; // 元/Wh is CN-first; Nm/次 is ASCII-first
  return unit;
}

/** True when a time unit (小时, h, 天, 日) starts at `pos`, spaces allowed: for "7x24小时". */
export function isTimeUnitAt(s: string, pos: number): boolean {
  let p = pos;
  while (s[p] === " ") p++;
  for (const u of TIME_UNITS) if (s.startsWith(u, p) && !/[A-Za-z]/.test(s[p + u.length] ?? "")) return true;
  return false;
}

/**
 * Normalise a unit as written to the ASCII form used in the model: "cm^2" → "cm2", "cm^-2" → "cm-2",
 * µ → μ, ℃ → °C, full-width ％ → %. Words are kept ("小时", "万元", "tokens/s").
 */
export function normalizeUnit(u: string): string {
  return u
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/µ/g, "μ")
    .replace(/℃/g, "°C")
    .replace(/\\%/g, "%")
    // cm^2 → cm2, cm^-2 → cm-2; a fractional exponent (Hz^1/2) keeps its caret
    .replace(/\^(?!-?\d+\/\d)/g, "")
    .replace(/\s+/g, "");
}
