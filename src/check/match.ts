/**
 * Matching guide KPIs (考核指标) to the KPIs a draft commits to, by meaning rather than by order, and
 * comparing a committed value with the guide's threshold after unit conversion.
 */
import type { CommittedKpi, Fact } from "../draft/types.js";
import type { Kpi } from "../model/guide.js";
import { readQuantity } from "../extract/threshold.js";
import { memoize } from "../core/memo.js";
import { normalizeUnit, unitDimension, unitFactor } from "./quantity-units.js";

/**
 * Terms of a text: CJK bigrams (single characters for one-character runs) and lower-cased Latin/digit tokens.
 * Those of a short text (a metric, a KPI's sentence) are remembered and shared: do not mutate the set.
 */
export function terms(text: string): Set<string> {
  return text.length <= 400 ? shortTerms(text) : termsOf(text);
}

const shortTerms = memoize(termsOf);

function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.normalize("NFKC");
  for (const run of t.match(/[\u3400-\u9fff]+/g) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  for (const w of t.match(/[A-Za-z][A-Za-z0-9]*|\d+(?:\.\d+)?[A-Za-z]+/g) ?? []) out.add(w.toLowerCase());
  return out;
}

/** Dice coefficient of two term sets (0 … 1). */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

/** Share of `a`'s terms found in `b` (0 … 1): how much of a short label a longer text covers. */
export function coverage(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

/** Similarity of two texts by shared terms. */
export function similarity(a: string, b: string): number {
  return dice(terms(a), terms(b));
}

// Words of a metric that say nothing about what is measured.
const STOP = /(?:不低于|不少于|不超过|不高于|以上|以下|以内|达到|大于|小于|低于|高于|超过|至少|支持|实现|完成|具有|具备|提升|提高|降低|分别|其中|包括|研制|研发|制备出?|形成|建立|申请|授权|获得)/g;

function metricTerms(metric: string): Set<string> {
  return terms(metric.replace(STOP, " "));
}

const guideMetricCache = new WeakMap<Kpi, Set<string>[]>();

/**
 * The term sets a guide KPI's metric may go by: its metric, and the words around its own number in its
 * sentence (支持两种芯片（至少有一种国产芯片）的1024节点以上异构通信 → 异构通信 for 1024 节点).
 */
function guideMetricTerms(k: Kpi): Set<string>[] {
  let out = guideMetricCache.get(k);
  if (out) return out;
  out = [metricTerms(k.metric)];
  for (const clause of k.text.split(/[，,；;（）()、。]/))
    for (const q of quantitiesOf(clause))
      if (q.value === k.value && q.metric) out.push(metricTerms(q.metric));
  guideMetricCache.set(k, out);
  return out;
}

// 55nm特色工艺良率, 8英寸晶圆, 650V器件: a number written into a metric's name says which thing is measured
const SPEC = /\d+(?:\.\d+)?(?:[A-Za-zμ]+|英寸|寸|代|层|核)/g;

/** The numbered qualifiers of a metric's name (55nm, 8英寸), lower-cased. */
function specsOf(metric: string): Set<string> {
  return new Set([...metric.matchAll(SPEC)].map((m) => m[0].toLowerCase()));
}

// 每公斤成本≤200元: the base the guide writes before its metric is the unit's denominator (元 → 元/公斤)
const PER_BASE = /^每\s*(公斤|千克|吨|克|平方米|立方米|千瓦时|小时|天|台|套|件)/;

/**
 * The guide's unit as the committed value can be compared with it: as written, or per the base its metric names
 * (每公斤成本 ≤200元 against 180元/kg) when only that makes the two comparable.
 */
function guideUnit(guide: Kpi, committedUnit: string): string {
  if (unitFactor(committedUnit, guide.unit) !== null || guide.unit.includes("/")) return guide.unit;
  const base = PER_BASE.exec(guide.metric);
  const per = base ? `${guide.unit}/${base[1]}` : null;
  return per && unitFactor(committedUnit, per) !== null ? per : guide.unit;
}

/** How well a committed KPI answers a guide KPI (0 … ~1.4); below MATCH_MIN it is no match. */
export function matchScore(guide: Kpi, committed: Fact<CommittedKpi>, line?: string): number {
  // 28nm逻辑工艺良率 does not answer 55nm特色工艺良率: both name their thing by a number, and not the same one
  const gUnit = guideUnit(guide, committed.value.unit);
  const gs = specsOf(guide.metric);
  const cs = specsOf(committed.value.metric);
  if (gs.size && cs.size && ![...gs].some((x) => cs.has(x))) return 0;
  const c = metricTerms(committed.value.metric);
  const gText = terms(guide.text);
  const cText = terms(line || committed.text || committed.value.metric);
  const metric = Math.max(...guideMetricTerms(guide).map((g) => Math.max(dice(g, c), 0.9 * coverage(c, g), 0.9 * coverage(g, c))));
  let score = 0.55 * metric + 0.25 * dice(gText, cText);
  if (gUnit !== "" && normalizeUnit(gUnit) === normalizeUnit(committed.value.unit)) score += 0.05;
  const gd = unitDimension(gUnit);
  if (gUnit !== "" || committed.value.unit !== "") {
    if (unitFactor(committed.value.unit, gUnit) !== null) score += gd === "count^1" ? 0.05 : 0.15;
    else score -= 0.1;
  }
  const gt = committed.value.guideText;
  if (gt) {
    // A 指南要求 column that restates this KPI is the strongest evidence there is.
    const s = Math.max(dice(terms(gt), gText), coverage(terms(gt), gText));
    score += 0.5 * s;
    if (gt.includes(String(guide.value))) score += 0.1;
  }
  // Between guide KPIs with the same metric (芯片电流 >20A, >5A), prefer the committed value nearest the threshold.
  const f = unitFactor(committed.value.unit, gUnit);
  if (f !== null && guide.value > 0 && committed.value.value > 0) {
    const d = Math.abs(Math.log10((committed.value.value * f) / guide.value));
    score += 0.05 * Math.max(0, 1 - d);
  }
  // ≥ commitments answer ≥ thresholds (转换效率 ≥21% is not 效率衰减 <10%)
  const dir = (op: string) => (op === ">=" || op === ">" ? 1 : op === "<=" || op === "<" ? -1 : 0);
  score += 0.05 * dir(guide.op) * dir(committed.value.op);
  return score;
}

/** The least score that makes a committed KPI answer a guide KPI. */
export const MATCH_MIN = 0.3;

/** Every quantity of a clause, left to right, with the words around it as its metric. */
function quantitiesOf(clause: string): CommittedKpi[] {
  const found: { q: NonNullable<ReturnType<typeof readQuantity>>; at: number }[] = [];
  let pos = 0;
  while (pos < clause.length && found.length < 12) {
    const q = readQuantity(clause.slice(pos));
    if (!q) break;
    found.push({ q, at: pos });
    pos += Math.max(q.end, 1);
  }
  return found.map(({ q, at }, i) => {
    const prevEnd = i > 0 ? found[i - 1].at + found[i - 1].q.end : 0;
    const nextStart = i + 1 < found.length ? found[i + 1].at + found[i + 1].q.start : clause.length;
    // Chinese puts the noun on either side: 面积1平方厘米, 适配7家厂商的国产芯片
    const metric = (clause.slice(prevEnd, at + q.start) + " " + clause.slice(at + q.end, nextStart))
      .replace(STOP, " ")
      .replace(/[\s:：]+/g, " ")
      .trim();
    return { metric, op: q.op, value: q.value, max: q.max, unit: q.unit };
  });
}

/**
 * The further quantities of the lines the draft's KPIs stand on: "效率不低于18%（面积1平方厘米）" commits
 * to the efficiency and, in its bracket, to the area. Each clause's quantity that no main commitment of
 * that line already states becomes a commitment of its own, with the words around it as its metric.
 */
export function secondaryCommitments(committed: readonly Fact<CommittedKpi>[], lines: readonly string[] = []): Fact<CommittedKpi>[] {
  const out: Fact<CommittedKpi>[] = [];
  const byLine = new Map<number, Fact<CommittedKpi>[]>();
  for (const f of committed) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  for (const [line, fs] of byLine) {
    // the list number (3. / （3）) is not a quantity of the line
    let text = (lines[line - 1] ?? fs.map((f) => f.text).join("，")).replace(/^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[）)])\s*/, "");
    // the 指南要求 cell restates the guide; it commits to nothing
    for (const f of fs) if (f.value.guideText) text = text.replace(f.value.guideText, " ");
    for (const clause of text.split(/[，,；;（）()、。]/)) {
      for (const q of quantitiesOf(clause)) {
        if (fs.some((f) => f.value.value === q.value && f.value.unit === q.unit)) continue;
        if (out.some((o) => o.line === line && o.value.value === q.value && o.value.unit === q.unit)) continue;
        if (!/[\u3400-\u9fff]{2}|[A-Za-z]{2}/.test(q.metric)) continue;
        out.push({ ...fs[0], text: clause, value: q });
      }
    }
  }
  return out;
}

/** A guide KPI and the committed KPI that answers it (null when none does). */
export interface KpiPair {
  guide: Kpi;
  guideIndex: number;
  committed: Fact<CommittedKpi> | null;
  score: number;
  /** The value is a quantity read beside a commitment (in its bracket or its metric's name), not one itself. */
  secondary: boolean;
  /** Other guide KPIs the same value fits almost as well: the pairing is a toss-up between them. */
  rivals: Kpi[];
}

// Two pairings whose scores differ by less than this are a toss-up.
const CONTESTED_MARGIN = 0.05;

/**
 * The assignment of rows to columns that maximises the total of `weight` (≤ 0 means "not paired"), by the
 * Hungarian method on the square matrix: −1 for a row left unpaired. Deterministic for the same matrix.
 */
export function bestAssignment(weight: number[][], columns: number): number[] {
  const rows = weight.length;
  const n = Math.max(rows, columns);
  const cost = (i: number, j: number) => (i < rows && j < columns ? -Math.max(0, weight[i][j]) : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) (minv[j] = cur), (way[j] = j0);
        if (minv[j] < delta) (delta = minv[j]), (j1 = j);
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) (u[p[j]] += delta), (v[j] -= delta);
        else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) if (p[j] >= 1 && p[j] <= rows && j <= columns && weight[p[j] - 1][j - 1] > 0) out[p[j] - 1] = j - 1;
  return out;
}

const cache = new WeakMap<readonly Kpi[], WeakMap<readonly Fact<CommittedKpi>[], KpiPair[]>>();

/**
 * Match each guide KPI to at most one committed KPI and each committed KPI to at most one guide KPI, so
 * that the pairs together fit best (one assignment over all scores, not first come first served).
 * `lines` (the draft's text) lets quantities beside a commitment on its line answer KPIs too; those pair
 * only where their unit converts to the guide's, and are marked `secondary`.
 */
export function matchKpis(guide: readonly Kpi[], committed: readonly Fact<CommittedKpi>[], lines: readonly string[] = []): KpiPair[] {
  let byGuide = cache.get(guide);
  const hit = byGuide?.get(committed);
  if (hit) return hit;
  // main commitments first, then the quantities in their brackets, a little less trusted
  const all: { f: Fact<CommittedKpi>; bonus: number; secondary: boolean }[] = committed.map((f) => ({ f, bonus: 0, secondary: false }));
  for (const x of secondaryCommitments(committed, lines)) all.push({ f: x, bonus: -0.05, secondary: true });
  const score: number[][] = guide.map((g) =>
    all.map(({ f, bonus, secondary }) => {
      if (secondary && (g.unit !== "" || f.value.unit !== "") && unitFactor(f.value.unit, guideUnit(g, f.value.unit)) === null) return 0;
      const s = matchScore(g, f, lines[f.line - 1]) + bonus;
      return s >= MATCH_MIN ? s : 0;
    }),
  );
  // a hair of order keeps ties with the earlier guide KPI and the earlier commitment
  const weight = score.map((row, g) => row.map((s, c) => (s > 0 ? s - 1e-9 * (g * all.length + c) : 0)));
  const assigned = bestAssignment(weight, all.length);
  const out: KpiPair[] = guide.map((k, g) => {
    const c = assigned[g];
    if (c < 0) return { guide: k, guideIndex: g, committed: null, score: 0, secondary: false, rivals: [] };
    const s = score[g][c];
    const rivals = guide.filter((_, h) => h !== g && score[h][c] > 0 && score[h][c] >= s - CONTESTED_MARGIN);
    return { guide: k, guideIndex: g, committed: all[c].f, score: s, secondary: all[c].secondary, rivals };
  });
  if (!byGuide) cache.set(guide, (byGuide = new WeakMap()));
  byGuide.set(committed, out);
  return out;
}

/** The outcome of comparing a committed value with a guide threshold. */
export type Verdict = "pass" | "fail" | "incompatible";

const EPS = 1e-9;
// Metrics whose range is one to cover: operating temperatures, frequency bands, measuring ranges.
const COVERAGE = /范围|覆盖|量程|工作温度|环境温度|频段|温区|波段|调谐/;
const eq = (a: number, b: number) => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Compare a committed KPI with the guide's threshold, after converting the committed unit to the guide's.
 * The committed value is read as an interval: ≥21 → [21, ∞), ≤1.5 → (−∞, 1.5], 3-5 → [3, 5], 21 → [21, 21];
 * a comparator pointing the other way from the guide's is read as the bare value. Then:
 * ≥T passes when the lower bound is ≥ T (exactly T passes), >T when it is > T (exactly T fails unless the
 * commitment is itself strict); ≤ and < alike; a range needs the committed value or range inside it; approx
 * passes within 10 %; a bare guide value (=) is read as a lower bound (形成标准3项 means at least 3).
 * ± tolerances compare magnitudes: ≤±1.5% meets ≤±2%.
 */
export function compareKpi(guide: Kpi, committed: CommittedKpi): Verdict {
  const f = unitFactor(committed.unit, guideUnit(guide, committed.unit));
  // (a value restated in brackets in the guide's unit answers in that unit: 130亿参数（13B） against 超过7B)
  if (f === null) return committed.restated ? compareKpi(guide, { metric: committed.metric, ...committed.restated }) : "incompatible";
  const tol = committed.tolerance || /±/.test(guide.text);
  const norm = (x: number) => (tol ? Math.abs(x) : x) * f;
  const v = norm(committed.value);
  const vmax = committed.max === null ? null : norm(committed.max);
  const gOp = guide.op === "=" ? ">=" : guide.op;
  const lowerOps = new Set([">=", ">"]), upperOps = new Set(["<=", "<"]);
  // the committed interval [lo, hi] and whether each end is open (strict)
  let lo = v, hi = v, loOpen = false, hiOpen = false;
  if (committed.op === "range" && vmax !== null) {
    lo = Math.min(v, vmax);
    hi = Math.max(v, vmax);
  } else if (lowerOps.has(committed.op) && (lowerOps.has(gOp) || gOp === "approx")) {
    hi = Infinity;
    loOpen = committed.op === ">";
  } else if (upperOps.has(committed.op) && upperOps.has(gOp)) {
    lo = -Infinity;
    hiOpen = committed.op === "<";
  }
  const T = guide.value;
  switch (gOp) {
    case ">=":
      return lo > T || eq(lo, T) ? "pass" : "fail";
    case ">":
      return lo > T && !eq(lo, T) ? "pass" : eq(lo, T) && loOpen ? "pass" : "fail";
    case "<=":
      return hi < T || eq(hi, T) ? "pass" : "fail";
    case "<":
      return hi < T && !eq(hi, T) ? "pass" : eq(hi, T) && hiOpen ? "pass" : "fail";
    case "range": {
      const max = guide.max ?? T;
      // A range to cover (工作温度-20℃~55℃, 频率覆盖2.4~2.48GHz) is met by any range that contains it;
      // a range to stay in (粒径80~120nm, 硬度80~95) by values inside it.
      if (COVERAGE.test(guide.metric) && committed.op === "range" && vmax !== null)
        return (lo < T || eq(lo, T)) && (hi > max || eq(hi, max)) ? "pass" : "fail";
      const inside = (x: number) => (x > T || eq(x, T)) && (x < max || eq(x, max));
      return inside(lo) && inside(hi) ? "pass" : "fail";
    }
    case "approx":
      return Math.abs(lo - T) <= 0.1 * Math.abs(T) + EPS ? "pass" : "fail";
    default:
      return "fail";
  }
}

/** A guide KPI's requirement written short: "≥ 20 %", "3–5 项", "≈ 500 mAh/g". */
export function requirementText(k: { op: string; value: number; max: number | null; unit: string }): string {
  const op = k.op === "range" ? "" : k.op === "approx" ? "≈" : k.op === "=" ? "" : k.op.replace(">=", "≥").replace("<=", "≤");
  const num = k.op === "range" && k.max !== null ? `${fmt(k.value)}–${fmt(k.max)}` : fmt(k.value);
  return `${op}${num}${k.unit}`;
}

/** A number without float noise: 0.30000000000000004 → 0.3. */
export function fmt(n: number): string {
  return String(Number(n.toPrecision(12)));
}
