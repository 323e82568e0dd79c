/**
 * The quantity/threshold reader for 考核指标: every numeric target atom of a KPI sentence
 * ("外延厚度≥20μm，掺杂浓度不均匀性<5%" → two atoms), and single committed values of a draft (≥21%).
 * A pure left-to-right scan: numbers, then unit, then range / comparator before or after.
 */
import type { Comparator } from "../model/guide.js";
import { PREFIX_COMPARATORS, readComparatorAfter, readComparatorBefore, readComparatorOverReference, type ComparatorMatch } from "./comparator.js";
import { alternation, SMALLER_IS_BETTER, SMALLER_IS_BETTER_IN_UNITS } from "../lexicon/index.js";
import { foldWidth, readChineseNumber, readNumber, type NumberToken } from "./number.js";
import { isTimeUnitAt, readUnit, type UnitMatch } from "./unit.js";
import type { KpiAtom } from "./types.js";

/** A single quantity with its comparator: "不低于95%" → {op: ">=", value: 95, unit: "%"}. */
export interface Quantity {
  /** The number (lower bound for a range); 万/亿 on count units resolved, money kept as written. */
  value: number;
  /** Upper bound when `op` is "range", else null. */
  max: number | null;
  /** Unit as written, ASCII-normalised ("%", "Wh/kg", "万元", "件"), "" when none. */
  unit: string;
  /** Comparator; "=" when the quantity is stated bare. */
  op: Comparator;
  /** The quantity as written, comparator included ("不低于95%", "95%以上"). */
  text: string;
  /** Offsets of `text` in the string given. */
  start: number;
  end: number;
}

interface Scanned {
  op: Comparator;
  value: number;
  max: number | null;
  unit: string;
  /** The atom itself: comparator + number + unit + suffix comparator. */
  start: number;
  end: number;
  /** Where the number starts (after the prefix comparator). */
  numStart: number;
  /** Where the metric label ends: the atom start, or after a change verb (碳排放降低40%以上). */
  metricEnd: number;
  /** The unit is a count classifier (项, 个, 家): the counted noun may follow the number. */
  counted: boolean;
}

const NUM_START_RE = /-?\d|[零〇一二两兩三四五六七八九十百千万亿萬億]/g;
const RANGE_SEP_RE = /[ \t]*(~|～|〜|-|–|—|至|到)[ \t]*(?=[-+]?\d)/y;
const PERCENT_LIKE = new Set(["%", "‰", "倍", "个百分点", "百分点"]);
const QUALIFIER_RE = /^[（(][^（）()，,。；;]{1,12}[）)]/;
// Prefix words that only set a target level, so a suffix (…以下, …以内) decides the direction.
const WEAK_PREFIX = /^(达到|达|达至|提升至|提升到|提高至|提高到|增加至|增加到|增长至|增长到|控制在|控制到)$/;
const CN_CHAR = /[\u4e00-\u9fff]/;
// Two or more UTF-16 units none below U+2E80: what a string of two or more Han characters is at least.
const HAN_ONLY = /^[\u2e80-\uffff]{2,}$/;
// words that state a band for a range without a unit: 控制在3.5~4.5, 介于0.8至1.2
const BAND_PREFIX = /(?:控制在|保持在|维持在|稳定在|介于|处于)[ \t]*$/;
// 每小时60片, 每秒不少于30帧: a rate whose time base is written before the number
const PER_TIME_BEFORE = /每[ \t]*(小时|秒钟|秒|分钟|天|日|h|s|min)[ \t]*$/;
// 硬度HRA≥94.0, HV10≥600: hardness scales written before the number are its unit
const UNIT_BEFORE = /(?<![A-Za-z])(HR[A-HK]|HR\d{2}[NTWXY]|HV\d*(?:\.\d+)?|HBW|HBS|HB|HK|HLD|HS)[ \t]*$/;

// response times, not deadlines: 5年内通过临床研究 is a schedule, 10秒内完成 a target
const TIME_UNIT = /^(?:秒|秒钟|s|ms|毫秒|微秒|分钟|min|小时|h)$/;

function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}

// 控制在3.5~4.5之间, 稳定在20~25℃范围内: a verb before 在 makes the range the target itself
const TARGET_VERB_ZAI = /(?:控制|保持|稳定|维持|限定|限制|降低|降至|提高|提升|处于|位于|集中|分布|落)在/;
// what follows a range that sets the test conditions: 在…下, 在…条件, 在…温区范围内的电导率≥…
// a comparator of the vocabulary (≥, 不低于, 达到 …), not a relative one (提升) nor a one-character word (达, 约)
const COMPARED = new RegExp(
  alternation(Object.entries(PREFIX_COMPARATORS).filter(([w, c]) => !c.relative && c.op !== "approx" && (w.length >= 2 || /^[≥≤<>＜＞]$/.test(w)) && !w.startsWith("\\")).map(([w]) => w)),
);
const CONDITION_AFTER = new RegExp(`下|条件|范围|区间|频段|温区|内|时|${COMPARED.source}`);

/**
 * "在 30%~80% 大气相对湿度下", "在 CO2 浓度为 10%~30%、温度为 25°C~60°C 条件下", "在80-105℃温区范围内的
 * 电导率≥120mS/cm": a range after 在 that sets the test conditions of what follows in its clause, not a target.
 */
function isConditionContext(f: string, start: number, end: number): boolean {
  const back = f.slice(Math.max(0, start - 25), start);
  const ahead = f.slice(end, end + 30);
  const b = back.slice(Math.max(back.lastIndexOf("，"), back.lastIndexOf("；"), back.lastIndexOf("。"), back.lastIndexOf(","), back.lastIndexOf("：")) + 1);
  const cut = ahead.search(/[，；。,;\n]/);
  const a = cut < 0 ? ahead : ahead.slice(0, cut);
  // 30~100°C 温度范围，热膨胀系数≤…: a range opening its clause and named as a range of conditions
  // (the plain word test first: the \p{Script=Han} repetition is a large expression to compile)
  if (!/\p{Script=Han}/u.test(b) && /范围|区间|温区|频段|条件/.test(a) && /^\s*\p{Script=Han}{0,6}(?:范围|区间|温区|频段|条件)[内下]?\s*$/u.test(a)) return true;
  const at = b.lastIndexOf("在");
  if (at < 0 || TARGET_VERB_ZAI.test(b.slice(Math.max(0, at - 2), at + 1))) return false;
  return CONDITION_AFTER.test(a);
}

/** Characters before a number that make it part of an identifier, version, fraction or product. */
// the metric words of the clause before a comparator (after its last break)
const SMALLER_RE = new RegExp(`${alternation(SMALLER_IS_BETTER)}[^，,；;。：:]*$`);
const SMALLER_IN_UNITS_RE = new RegExp(`${alternation(SMALLER_IS_BETTER_IN_UNITS)}[^，,；;。：:]*$`);

/** Is the metric before a comparator (`lead`: the text up to it) one where smaller is better, for a value in `unit`? */
function smallerIsBetter(lead: string, unit: string, counted: boolean): boolean {
  if (SMALLER_RE.test(lead)) return true;
  return unit !== "" && !PERCENT_LIKE.has(unit) && !counted && SMALLER_IN_UNITS_RE.test(lead);
}

function gluedBefore(f: string, pos: number): boolean {
  const prev = f[pos - 1] ?? "";
  if (/[A-Za-z_.\d/^±]/.test(prev)) return true;
  if (prev === "第" || prev === "之") return true;
  if (prev === ":" && /\d/.test(f[pos - 2] ?? "")) return true;
  // 0.5m × 0.5m: the second factor is not a quantity of its own
  if (/[×*✕]/.test(f.slice(Math.max(0, pos - 2), pos).trim().slice(-1))) return true;
  return false;
}

/**
 * Scan folded text for quantities. With `bare`, quantities without a comparator are kept with op "=";
 * otherwise they are dropped (test conditions, identifiers, list numbers).
 */
function scan(f: string, bare: boolean): Scanned[] {
  const out: Scanned[] = [];
  NUM_START_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM_START_RE.exec(f))) {
    const pos = m.index;
    const r = readAt(f, pos, out[out.length - 1], bare);
    if (r === null) {
      NUM_START_RE.lastIndex = pos + 1;
      continue;
    }
    if (typeof r === "number") {
      NUM_START_RE.lastIndex = Math.max(r, pos + 1);
      continue;
    }
    out.push(r);
    NUM_START_RE.lastIndex = Math.max(r.end, pos + 1);
  }
  return out;
}

/** Read one quantity at `pos`; a number means "nothing here, resume at this offset". */
function readAt(f: string, pos: number, prev: Scanned | undefined, bare: boolean): Scanned | number | null {
  const chinese = !/[-\d]/.test(f[pos]);
  // 控制在±5%以内, 精度≤±0.08mm: a tolerance bound; "50±10°C" (a nominal with tolerance) is not
  const pm = !chinese && f[pos - 1] === "±" && !/[\d.]/.test(f[pos - 2] ?? "");
  if (f[pos] === "-") {
    // a minus sign only after a comparator, space or CJK text: "≤-50dBc", "温度-40°C"
    if (/[A-Za-z\d%°.)）]/.test(f[pos - 1] ?? "")) return null;
  } else if (!chinese && !pm && gluedBefore(f, pos)) {
    let e = pos;
    while (/[\d.]/.test(f[e] ?? "")) e++;
    return e;
  }
  let num: NumberToken | null;
  if (chinese) {
    num = readChineseNumber(f, pos);
    const pct = f.slice(Math.max(0, pos - 3), pos) === "百分之";
    if (!num || (/[第之]/.test(f[pos - 1] ?? "") && !pct)) return num ? num.end : null;
  } else {
    num = readNumber(f, pos, (o) => isTimeUnitAt(f, o));
    if (!num) return null;
    // versions (vLLM0.5.1), ratios (3:1) and times (17:30) are not thresholds here
    if (/^\.\d/.test(f.slice(num.end, num.end + 2))) {
      let e = num.end;
      while (/[\d.]/.test(f[e] ?? "")) e++;
      return e;
    }
    if (/^[:：]\d/.test(f.slice(num.end, num.end + 2)) || f[num.end] === "±") return num.end + 1;
  }
  const percentWord = f.slice(Math.max(0, pos - 3), pos) === "百分之";
  let unit: UnitMatch | null = percentWord ? null : readUnit(f, num.end);
  const grade = /^[ \t]*级/.exec(f.slice(num.end, num.end + 4));
  if (!unit && !chinese && grade) {
    // DS类评级≤0.5级, 3级以上, ≥ 4 级: 级 after an Arabic number is a grade (亿级 / 米级 alone are magnitudes)
    unit = { unit: "级", scale: 1, more: false, classifier: false, start: num.end, end: num.end + grade[0].length };
  }
  // 三至五个, 二到三条: a range in Chinese numerals, its unit after the second number
  if (chinese && !percentWord && !unit) {
    const sep = /^[ \t]*(?:至|到|~|～)[ \t]*/.exec(f.slice(num.end, num.end + 4));
    const num2 = sep ? readChineseNumber(f, num.end + sep[0].length) : null;
    const unit2 = num2 ? readUnit(f, num2.end) : null;
    if (num2 && unit2?.unit && CN_CHAR.test(unit2.unit[0]) && num.value < num2.value && !/^[年月日]$/.test(unit2.unit)) {
      if (!bare && isConditionContext(f, pos, unit2.end)) return unit2.end;
      return {
        op: "range", value: num.value * unit2.scale, max: num2.value * unit2.scale, unit: unit2.unit, start: pos, end: unit2.end,
        numStart: pos, metricEnd: pos, counted: unit2.classifier,
      };
    }
  }
  if (chinese && !percentWord && (!unit || unit.unit === "" || !CN_CHAR.test(unit.unit[0]))) return num.end;
  // 三元氧化物, 二元醇, 一元化: a small numeral and 元 are a word; money in numerals is written 三十万元, never 三元
  if (chinese && unit?.unit === "元" && num.value <= 10) return unit.end;
  const value = num.value * (unit?.scale ?? 1);
  let unitText = percentWord ? "%" : unit?.unit ?? "";
  let end = unit?.end ?? num.end;
  const lead = percentWord ? pos - 3 : pm ? pos - 1 : pos;

  // 打钉频率小于每3秒1次: a cycle time, "seconds per operation"
  let opLead = lead;
  if (f[lead - 1] === "每" && unit && /^[1一]次/.test(f.slice(end, end + 2))) {
    unitText = `${unitText}/次`;
    end += 2;
    opLead = lead - 1;
  }

  // ranges: 3-5个, 2~4 项, 1.60 至 1.75 电子伏特, 200m~400m, -40°C~60°C
  RANGE_SEP_RE.lastIndex = end;
  const sep = RANGE_SEP_RE.exec(f);
  if (sep && !chinese) {
    const num2 = readNumber(f, RANGE_SEP_RE.lastIndex, (o) => isTimeUnitAt(f, o));
    if (num2 && !/^\.\d/.test(f.slice(num2.end, num2.end + 2))) {
      const unit2 = readUnit(f, num2.end);
      const u1 = unitText;
      const u2 = unit2?.unit ?? "";
      const scale2 = unit2?.scale ?? 1;
      const v1 = u1 === "" ? num.value * scale2 : value;
      const v2 = num2.value * scale2;
      const sameUnit = u1 === "" || u2 === "" || u1 === u2;
      let rEnd = unit2?.end ?? num2.end;
      // 控制在3.5~4.5之间, 介于0.8至1.2: a unitless range stated as a band (not "1-2", which may be an id)
      const between = /^[ \t]*(?:之间|范围内|区间内?)/.exec(f.slice(rEnd, rEnd + 5));
      const band = sep[1] !== "-" && (!!between || BAND_PREFIX.test(f.slice(Math.max(0, opLead - 4), opLead)));
      const hasUnit = u2 !== "" || (u1 !== "" && sep[1] !== "-") || band;
      const dates = (isYear(num.value) && isYear(num2.value)) || /^[年月日]$/.test(u2 || u1);
      if (between && hasUnit) rEnd += between[0].length;
      if (sameUnit && hasUnit && !dates && v1 <= v2) {
        if (!bare && isConditionContext(f, opLead, rEnd)) return rEnd;
        return {
          op: "range", value: v1, max: v2, unit: u2 || u1, start: opLead, end: rEnd, numStart: pos,
          metricEnd: opLead, counted: !!unit2?.classifier,
        };
      }
      if (!sameUnit || dates) return unit2?.end ?? num2.end;
    }
  }

  if (unitText === "" && num.kind === "arabic" && /^[)）、.]/.test(f[end] ?? "") && !/^\.\d/.test(f.slice(end))) {
    // list markers (1) 1、 1. are never quantities, even after a comparator-looking word
    const pre = readComparatorBefore(f, opLead);
    if (!pre) return end;
  }

  // 不低于原始纤维的80%, 不超过明文计算的20倍: a share of a named reference stands between the comparator and the number
  let before = readComparatorBefore(f, opLead) ?? (PERCENT_LIKE.has(unitText) ? readComparatorOverReference(f, opLead) : null);
  // 每小时60片 → 片/小时; the comparator may stand before 每 (达到每小时60片) or after it (每小时不少于60片)
  let perStart = Infinity;
  if (unitText && !PERCENT_LIKE.has(unitText) && !unitText.includes("/")) {
    const at = before ? before.start : opLead;
    const per = PER_TIME_BEFORE.exec(f.slice(Math.max(0, at - 8), at));
    if (per) {
      unitText = `${unitText}/${per[1]}`;
      perStart = at - per[0].length;
      if (!before) before = readComparatorBefore(f, perStart);
    }
  }
  let after: ComparatorMatch | null = readComparatorAfter(f, end);
  // 达到±25μm（3σ）以内, 45dB（A计权）以下: a short bracketed qualifier between the quantity and the word bounding it
  if (!after && (f[end] === "（" || f[end] === "(")) {
    const q = QUALIFIER_RE.exec(f.slice(end, end + 16));
    if (q) after = readComparatorAfter(f, end + q[0].length);
  }
  // 10秒内完成, 2小时内响应: a time followed by 内 is an upper bound
  if (!after && f[end] === "内" && TIME_UNIT.test(unitText)) {
    // …but 在1000小时内容量衰减≤5%: a window 在…内 before another target is its test condition
    const rest = f.slice(end + 1, end + 40).split(/[，；。,;\n]/)[0];
    if (/在\s*$/.test(f.slice(Math.max(0, lead - 2), lead)) && COMPARED.test(rest)) return end + 1;
    after = { op: "<=", relative: false, word: "内", start: end, end: end + 1 };
  }
  if (!after && unit?.classifier) {
    // 具备3种型号以上产品: a short noun between the classifier and 以上
    const g = /^[\u4e00-\u9fff]{1,2}?(及以上|以上)/.exec(f.slice(end, end + 5));
    if (g && !/[的和与及或、]/.test(g[0].slice(0, -2))) {
      after = { op: ">=", relative: false, word: g[1], start: end, end: end + g[0].length };
    }
  }
  let op: Comparator | null = null;
  let start = opLead;
  if (before && !before.relative && !(after && WEAK_PREFIX.test(before.word))) {
    op = before.op;
    start = before.start;
  } else if (after) {
    op = after.op;
    if (before) start = before.start;
  } else if (unit?.more) {
    op = ">";
  } else if (before?.relative && PERCENT_LIKE.has(unitText)) {
    op = before.op;
    start = before.start;
  }
  if (after) end = after.end;
  if (pm && !before && !after) return end;
  // 精度优于±0.1mm: better than a tolerance is a smaller tolerance; 偏差优于30厘米: better than an error is a smaller one
  if (op === ">" && before && /^(优于|優於|好于)$/.test(before.word) && (pm || smallerIsBetter(f.slice(Math.max(0, before.start - 24), before.start), unitText, !!unit?.classifier))) op = "<";
  if (op === null && prev && prev.op !== "=" && prev.op !== "range") {
    // 分别不低于 90% 和 60%; 超过20 TOPS INT8或10 TFLOPS FP16: the comparator carries over a list
    const gap = f.slice(prev.end, lead);
    if (/^[\sA-Za-z\d()（）]*[和与及或、][\s(（]*$/.test(gap) && gap.length <= 12) op = prev.op;
  }
  if (op === null) {
    if (!bare) return end;
    op = "=";
  }
  if (unit?.more && op === "=") op = ">";
  let metricEnd = Math.min(before?.relative ? opLead : start, perStart);
  start = Math.min(start, perStart);
  if (unitText === "") {
    const ub = UNIT_BEFORE.exec(f.slice(Math.max(0, start - 8), start));
    if (ub) {
      unitText = ub[1];
      metricEnd = Math.min(metricEnd, start - ub[0].length);
    }
  }
  return { op, value, max: null, unit: unitText, start, end, numStart: pos, metricEnd, counted: !!unit?.classifier };
}

// | and tabs separate table cells (指标 | 目标值). Character codes, not one-character strings: the clause
// walks below run over every character around every atom, and a CJK character read as a string is allocated.
const CLAUSE_BREAK = new Set([..."，；。：！？!?;\n\r、|\t"].map((c) => c.charCodeAt(0)));
const [COMMA, COLON, OPEN, CLOSE, OPEN_FW, CLOSE_FW] = [...",:()（）"].map((c) => c.charCodeAt(0));

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Is f[i] a clause boundary? ASCII , and : count unless they sit between digits (10,000; 17:30). */
function isBreak(f: string, i: number): boolean {
  const c = f.charCodeAt(i);
  if (CLAUSE_BREAK.has(c)) return true;
  if (c === COMMA || c === COLON) return !(isDigitCode(f.charCodeAt(i - 1)) && isDigitCode(f.charCodeAt(i + 1)));
  return false;
}

/** The clause around [start, end): out to the nearest breaks, parentheses closed within it kept. */
function clauseAround(f: string, start: number, end: number): [number, number] {
  let a = start;
  let depth = 0;
  while (a > 0) {
    if (isBreak(f, a - 1)) break;
    const c = f.charCodeAt(a - 1);
    if (c === CLOSE || c === CLOSE_FW) depth++;
    else if (c === OPEN || c === OPEN_FW) {
      if (depth === 0) break;
      depth--;
    }
    a--;
  }
  let b = end;
  depth = 0;
  while (b < f.length) {
    if (isBreak(f, b)) break;
    const c = f.charCodeAt(b);
    if (c === OPEN || c === OPEN_FW) depth++;
    else if (c === CLOSE || c === CLOSE_FW) {
      if (depth === 0) break;
      depth--;
    }
    b++;
  }
  return [a, b];
}

/** An item's number before its text: (1), 2., ①, 三、. */
export const LIST_MARKER = /^\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、)）](?!\d)|[①-⑳]|[一二三四五六七八九十]+\s*[、.])\s*/;
const LEAD_WORDS =
  /^(?:目标|实现|达到|支持|具备|开发|研制|建立|建成|形成|完成|突破|提出|构建|包括|其中|要求|确保|使得|使|并且|并|且|同时|可以|可|能够|应(?!用)|需|须|对|和|及|与|或|以及|等|在|将)+/;
const TRAIL_WORDS = /(?:分别|均|应|须|需|需要|必须|要|可|将|都|也|控制|为|在|是|的|有|和|或|及|与|要求|需达到|应达到)+$/;

// all-capital units that may stand in parentheses after a metric; other all-capital words are acronyms
const CAPS_UNITS = new Set([
  "TOPS", "GOPS", "POPS", "FLOPS", "TFLOPS", "GFLOPS", "PFLOPS", "MIPS", "IOPS", "QPS", "TPS", "FPS", "NTU", "PPM", "PPB",
  "HRA", "HRB", "HRC", "HV", "HB", "GB", "TB", "MB", "KB", "PB", "DPI", "PPI", "MW", "GW", "KW", "KV", "MV", "GPU", "LMH",
  "CFU", "RPM", "PFU", "IU", "FIT",
]);

/**
 * "(TOPS/W)", "(mm)", "(dB)" are units; "(DAR)", "(MAPE)", "(IC50)", "(GIS)" name the metric itself.
 */
function isParenUnit(u: string): boolean {
  if (/[/·^]/.test(u)) return true;
  // an all-capital word (with or without digits) is an acronym of the metric unless it is a known unit
  if (/^[A-Z][A-Z\d-]+$/.test(u)) return CAPS_UNITS.has(u);
  return true;
}

/** The unit given in parentheses after a metric (能效比(TOPS/W), 能量密度（Wh/kg）) at the end of `s`, or "". */
function parenUnit(s: string): string {
  const pu = /[(（]([A-Za-zμΩ%][A-Za-zμΩ/·\d^%-]*)[)）][^，,；;。(（]*$/.exec(s);
  return pu && isParenUnit(pu[1]) ? pu[1].replace(/\^/g, "") : "";
}

function cleanMetric(s: string): string {
  let m = s.replace(/\s+/g, " ").trim();
  m = m.replace(LIST_MARKER, "");
  // test conditions before the measured thing: "8位量化后精度损失", "弯折 5000 次后效率损失"
  const cut = Math.max(m.lastIndexOf("后"), m.lastIndexOf("下"));
  if (cut > 0 && /\d/.test(m.slice(0, cut)) && m.length - cut > 2) m = m.slice(cut + 1);
  for (let i = 0; i < 3; i++) m = m.trim().replace(LEAD_WORDS, "").replace(TRAIL_WORDS, "").trim();
  return m.replace(/^[的，,、\s]+|[，,、\s]+$/g, "");
}

/**
 * Read every numeric target atom (考核指标 threshold) in one KPI paragraph or sentence, in text order.
 * Understands comparators before or after the number (不少于6家, ≥10件, 5项以上, 在5%以内, 20多家), ranges
 * (3-5个, 1.60至1.75), approximations (约, 接近), relative targets (提升50% → >= 50 %), Chinese numerals
 * (至少一种 → >= 1 种), 万/亿 on count units (1万套 → 10000 套; 4000万元 stays 万元) and scientific notation
 * (1×106cm-2 → 1e6 cm-2). Bare numbers without a comparator (test conditions such as "半径 15mm",
 * identifiers such as "8英寸", "vLLM0.5.1", list numbers) are not emitted.
 * `text`/`start`/`end` give the clause containing the atom: `text === input.slice(start, end)`.
 */
// Words of a test condition: 在…条件下, @25℃, ΔTj=100K, …时 / …下 at the end.
const CONDITION_WORDS = /条件|[@=＝]|时$|下$/;

/** The end of the bracket opened at `open` in `s`: its closing mark, or the end of the text. */
export function closingBracket(s: string, open: number): number {
  const close = s.indexOf(s[open] === "（" ? "）" : ")", open);
  return close < 0 ? s.length : close;
}

/** For each offset of `s`, the offset of the bracket (（ or () still open there, or -1: one pass. */
export function openBrackets(s: string): Int32Array {
  const out = new Int32Array(s.length + 1);
  const opens: number[] = [];
  // Only the brackets are visited; the offsets between two of them share one value (a native fill).
  let from = 0;
  for (const m of s.matchAll(BRACKETS)) {
    out.fill(opens.length ? opens[opens.length - 1] : -1, from, m.index + 1);
    from = m.index + 1;
    if (m[0] === "（" || m[0] === "(") opens.push(m.index);
    else if (opens.length) opens.pop();
  }
  out.fill(opens.length ? opens[opens.length - 1] : -1, from);
  return out;
}
const BRACKETS = /[（()）]/g;

// a 在…下 / 在…时 phrase: 在 not after a verb that makes what follows a target (控制在), a short stretch without
// clause breaks, then 下 (not the 以下 of 在3.2以下) or 时 (not 小时/实时/同时) closing the phrase (before a break, 运转/工作/能够, or the end)
const CONDITION_PHRASE = /在[^，；。,;\n在]{2,40}?(?:(?<!以)下|(?<![小实同及])时)(?=[，；。,;\n]|$|\s*[(（]|运|工作|测试|检测|使用|能|可|应|须|需|，)/g;

/** The [start, end) of every 在…下 phrase of `f` that sets test conditions. */
function conditionPhrases(f: string): [number, number][] {
  const out: [number, number][] = [];
  if (!f.includes("在")) return out;
  CONDITION_PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONDITION_PHRASE.exec(f))) {
    if (TARGET_VERB_ZAI.test(f.slice(Math.max(0, m.index - 2), m.index + 1))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

export function readKpis(text: string): KpiAtom[] {
  const f = foldWidth(text);
  const found = scan(f, false);
  // Targets inside a bracket opened right after another target are its test conditions when the bracket
  // reads as one (电压≥0.70V（空气过量系数不大于1.8，湿度不大于30%）: a figure without a unit, or words of a
  // condition): kept as that target's condition, not as KPIs. A breakdown (（其中…不少于2个）) and a second
  // target (循环寿命1000次（容量保持率≥80%）) stay KPIs.
  const brackets = found.length > 1 ? openBrackets(f) : null;
  const qualifies = found.map((q, i) => {
    if (i === 0 || !brackets) return -1;
    const open = brackets[q.start];
    if (open < 0) return -1;
    let k = i - 1;
    while (k >= 0 && found[k].start > open) k--;
    if (k < 0 || !/^[ \t]*$/.test(f.slice(found[k].end, open))) return -1;
    const close = closingBracket(f, open);
    const inside = f.slice(open + 1, close);
    if (/^\s*(?:其中|含|包括|包含)/.test(inside)) return -1;
    const bare = found.some((x) => x.start > open && x.end <= close && x.unit === "");
    return bare || CONDITION_WORDS.test(inside) ? k : -1;
  });
  const conditions = new Map<number, string>();
  found.forEach((q, i) => {
    let k = qualifies[i];
    while (k >= 0 && qualifies[k] >= 0) k = qualifies[k];
    if (k < 0) return;
    const open = brackets![q.start];
    conditions.set(k, text.slice(open + 1, closingBracket(f, open)).trim());
  });
  // 在≥105℃的工作温度和CO2含量不低于20%的氢气供给下: targets inside a 在…下 phrase set the conditions of the
  // target after it, which carries the phrase as its condition
  const settings = conditionPhrases(f);
  const setting = (q: Scanned) => settings.find(([a, b]) => q.start >= a && q.end <= b);
  let pending: [number, number] | undefined;
  const atoms: KpiAtom[] = [];
  let prevEnd = -1;
  let prevClause = -1;
  let prevMetric = "";
  for (const [i, q] of found.entries()) {
    if (qualifies[i] >= 0) continue;
    const inPhrase = setting(q);
    if (inPhrase) {
      pending = inPhrase;
      continue;
    }
    if (pending && !conditions.has(i)) conditions.set(i, text.slice(pending[0], pending[1]).trim());
    pending = undefined;
    const [ca, cb] = clauseAround(f, q.start, q.end);
    // the metric is what comes before this atom in its clause (after the previous atom, if any)
    const [ma] = clauseAround(f, q.start, q.start);
    const mFrom = prevClause === ca && prevEnd > ma ? prevEnd : ma;
    let metric = cleanMetric(f.slice(mFrom, q.metricEnd));
    const after = cleanMetric(f.slice(q.end, cb).replace(/^[的]/, "").replace(/[\d<>≥≤(（].*$/, "")).slice(0, 16);
    // 适配不少于6家厂商的国产芯片, 服务5个以上行业领域: the counted noun follows the count
    if (q.counted && metric.length <= 4 && after) metric = metric + after;
    let unit = q.unit;
    if (unit === "") {
      // 能效比(TOPS/W)提升至30以上: the unit is given in parentheses after the metric
      unit = parenUnit(f.slice(ma, q.start));
      // 提升至30以上(当前主流约20): a bare figure in parentheses right after an atom shares its unit
      // (not a size written A×B, and not a figure whose unit follows a line break)
      if (unit === "" && atoms.length && /^[ \t]*[(（]$/.test(f.slice(prevEnd, ma)) && !/^\s*[×xX*]\s*\d/.test(f.slice(q.end)) && !/^[ \t]*\n/.test(f.slice(q.end)))
        unit = atoms[atoms.length - 1].unit;
    }
    if (metric === "" && prevClause === ca) metric = prevMetric;
    if (metric === "" && /[|\t]/.test(f[ma - 1] ?? "")) {
      // a table row: the metric is the cell before the value cell
      let c = ma - 1;
      while (c > 0 && !/[|\t\n]/.test(f[c - 1])) c--;
      metric = cleanMetric(f.slice(c, ma - 1));
      // 能量密度（Wh/kg） | ≥400: the unit is given with the metric in its cell
      if (unit === "") unit = parenUnit(f.slice(c, ma - 1));
    }
    if (metric === "" && /[：:]\s*$/.test(f.slice(Math.max(0, ma - 2), ma))) {
      // 检出率：≥95%: the name before the colon is the metric
      const colon = f.lastIndexOf("：", ma) >= f.lastIndexOf(":", ma) ? f.lastIndexOf("：", ma) : f.lastIndexOf(":", ma);
      let c = colon;
      while (c > 0 && !/[；;，,。\n|：:]/.test(f[c - 1])) c--;
      metric = cleanMetric(f.slice(c, colon));
    }
    if (metric === "") metric = after;
    // 支持≥32数字通道@100MHz: no word around but the unit, which names what is counted
    // (HAN_ONLY first: every Han character is at or above U+2E80, and the \p{Script=Han} tests cost a compilation)
    if (HAN_ONLY.test(unit) && !/[\p{Script=Han}A-Za-z]/u.test(metric) && /^\p{Script=Han}{2,}$/u.test(unit)) metric = unit;
    let [ta, tb] = [ca, cb];
    const lm = LIST_MARKER.exec(text.slice(ta, tb));
    if (lm) ta += lm[0].length;
    while (ta < tb && /\s/.test(text[ta])) ta++;
    while (tb > ta && /\s/.test(text[tb - 1])) tb--;
    const atom: KpiAtom = { metric, op: q.op, value: q.value, max: q.max, unit, text: text.slice(ta, tb), start: ta, end: tb };
    if (conditions.has(i)) atom.condition = conditions.get(i);
    else {
      // a condition without a target of its own: 供电效率不低于90%（环境温度25℃条件下）
      const after = /^[ \t]*[（(]([^（）()]{1,40})[）)]/.exec(f.slice(q.end));
      if (after && CONDITION_WORDS.test(after[1])) {
        const at = q.end + after[0].indexOf(after[1]);
        atom.condition = text.slice(at, at + after[1].length);
      }
    }
    atoms.push(atom);
    prevEnd = q.end;
    prevClause = ca;
    prevMetric = metric;
  }
  return atoms;
}

/**
 * Read the single quantity a draft commits to: "≥21%", "不低于95%", "95%以上", "0.9亿元", "1500ms", "48″".
 * Prefers the first quantity with a comparator, then the first with a unit, then the first number;
 * a bare quantity gets op "=". Returns null when the text holds no quantity.
 * `text` is the quantity as written (comparator included); `start`/`end` are its offsets in the input.
 */
export function readQuantity(text: string): Quantity | null {
  const f = foldWidth(text);
  const all = scan(f, true);
  const pick = all.find((q) => q.op !== "=") ?? all.find((q) => q.unit !== "") ?? all[0];
  if (!pick) return null;
  return {
    value: pick.value,
    max: pick.max,
    unit: pick.unit,
    op: pick.op,
    text: text.slice(pick.start, pick.end),
    start: pick.start,
    end: pick.end,
  };
}
