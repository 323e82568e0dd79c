/**
 * Units for comparing a committed KPI value with a guide threshold (单位换算): 元/万元/亿元, ms/s/min/h/天,
 * %/‰/百分点, ″/′/°, 万套/套, ×10^n, SI prefixes on m, g, s, Hz, W, Wh, B, bps …, and the same unit
 * written differently (cm2, cm^2, cm², 平方厘米). A unit is read into a scale and a dimension (base units
 * with exponents, as in mΩ·cm2 = 1e-7 · Ω·m²); two units compare when their dimensions are equal.
 */
import { normalizeUnit as modelUnit } from "../extract/unit.js";
import { memoize } from "../core/memo.js";
import { COMPOUND_UNITS, COUNT_MAGNITUDES, MEASURE_WORDS } from "../lexicon/units.js";

/** A unit read for comparison: value × scale is the amount in base units of `dims`. */
export interface UnitValue {
  /** Factor to base units: 万元 → 1e4 (base 元), ms → 1e-3 (base s), % → 0.01. */
  scale: number;
  /** Base units with exponents: {m: 2} for cm2, {W: 1, s: 1} for Wh, {} for %, ‰ and bare numbers. */
  dims: Record<string, number>;
}

const SI: Record<string, number> = {
  p: 1e-12, n: 1e-9, μ: 1e-6, u: 1e-6, m: 1e-3, c: 1e-2, d: 1e-1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};

// Base atoms that take SI prefixes: scale and dimension of the unprefixed atom.
const PREFIXABLE: Record<string, UnitValue> = {
  m: { scale: 1, dims: { m: 1 } },
  g: { scale: 1e-3, dims: { kg: 1 } },
  s: { scale: 1, dims: { s: 1 } },
  Hz: { scale: 1, dims: { s: -1 } },
  W: { scale: 1, dims: { W: 1 } },
  Wh: { scale: 3600, dims: { W: 1, s: 1 } },
  J: { scale: 1, dims: { W: 1, s: 1 } },
  eV: { scale: 1.602176634e-19, dims: { W: 1, s: 1 } },
  V: { scale: 1, dims: { V: 1 } },
  A: { scale: 1, dims: { A: 1 } },
  Ah: { scale: 3600, dims: { A: 1, s: 1 } },
  C: { scale: 1, dims: { A: 1, s: 1 } },
  Ω: { scale: 1, dims: { V: 1, A: -1 } },
  ohm: { scale: 1, dims: { V: 1, A: -1 } },
  S: { scale: 1, dims: { V: -1, A: 1 } },
  Pa: { scale: 1, dims: { Pa: 1 } },
  bar: { scale: 1e5, dims: { Pa: 1 } },
  N: { scale: 1, dims: { N: 1 } },
  L: { scale: 1e-3, dims: { m: 3 } },
  B: { scale: 8, dims: { bit: 1 } },
  b: { scale: 1, dims: { bit: 1 } },
  bit: { scale: 1, dims: { bit: 1 } },
  bps: { scale: 1, dims: { bit: 1, s: -1 } },
  Bps: { scale: 8, dims: { bit: 1, s: -1 } },
  OPS: { scale: 1, dims: { op: 1, s: -1 } },
  FLOPS: { scale: 1, dims: { flop: 1, s: -1 } },
  F: { scale: 1, dims: { F: 1 } },
  H: { scale: 1, dims: { H: 1 } },
  rad: { scale: 1, dims: { rad: 1 } },
  t: { scale: 1000, dims: { kg: 1 } },
};

// Atoms without prefixes (or whose prefixed reading would be wrong: min is not milli-in).
const PLAIN: Record<string, UnitValue> = {
  min: { scale: 60, dims: { s: 1 } },
  h: { scale: 3600, dims: { s: 1 } },
  hr: { scale: 3600, dims: { s: 1 } },
  d: { scale: 86400, dims: { s: 1 } },
  day: { scale: 86400, dims: { s: 1 } },
  "%": { scale: 0.01, dims: {} },
  // a percent of full scale (of a sensor's range), of relative humidity, of the lower explosive limit
  "%FS": { scale: 0.01, dims: { fullScale: 1 } },
  "%RH": { scale: 0.01, dims: { relativeHumidity: 1 } },
  "%LEL": { scale: 0.01, dims: { lowerExplosiveLimit: 1 } },
  με: { scale: 1e-6, dims: { strain: 1 } },
  nit: { scale: 1, dims: { cd: 1, m: -2 } },
  "‰": { scale: 0.001, dims: {} },
  ppm: { scale: 1e-6, dims: {} },
  ppb: { scale: 1e-9, dims: {} },
  "wt%": { scale: 0.01, dims: {} },
  "vol%": { scale: 0.01, dims: {} },
  "at%": { scale: 0.01, dims: {} },
  "mol%": { scale: 0.01, dims: {} },
  "°": { scale: 1, dims: { deg: 1 } },
  "′": { scale: 1 / 60, dims: { deg: 1 } },
  "″": { scale: 1 / 3600, dims: { deg: 1 } },
  "'": { scale: 1 / 60, dims: { deg: 1 } },
  '"': { scale: 1 / 3600, dims: { deg: 1 } },
  arcsec: { scale: 1 / 3600, dims: { deg: 1 } },
  arcmin: { scale: 1 / 60, dims: { deg: 1 } },
  "°C": { scale: 1, dims: { degC: 1 } },
  "℃": { scale: 1, dims: { degC: 1 } },
  K: { scale: 1, dims: { K: 1 } },
  dB: { scale: 1, dims: { dB: 1 } },
  dBm: { scale: 1, dims: { dBm: 1 } },
  rpm: { scale: 1 / 60, dims: { s: -1 } },
  TOPS: { scale: 1e12, dims: { op: 1, s: -1 } },
  GOPS: { scale: 1e9, dims: { op: 1, s: -1 } },
  TFLOPS: { scale: 1e12, dims: { flop: 1, s: -1 } },
  PFLOPS: { scale: 1e15, dims: { flop: 1, s: -1 } },
  GFLOPS: { scale: 1e9, dims: { flop: 1, s: -1 } },
  元: { scale: 1, dims: { CNY: 1 } },
  千元: { scale: 1e3, dims: { CNY: 1 } },
  万元: { scale: 1e4, dims: { CNY: 1 } },
  百万元: { scale: 1e6, dims: { CNY: 1 } },
  千万元: { scale: 1e7, dims: { CNY: 1 } },
  亿元: { scale: 1e8, dims: { CNY: 1 } },
  美元: { scale: 1, dims: { USD: 1 } },
  万美元: { scale: 1e4, dims: { USD: 1 } },
  亿美元: { scale: 1e8, dims: { USD: 1 } },
  百分点: { scale: 0.01, dims: {} },
  个百分点: { scale: 0.01, dims: {} },
  倍: { scale: 1, dims: { times: 1 } },
  度: { scale: 1, dims: { deg: 1 } },
  摄氏度: { scale: 1, dims: { degC: 1 } },
  角秒: { scale: 1 / 3600, dims: { deg: 1 } },
  弧秒: { scale: 1 / 3600, dims: { deg: 1 } },
  角分: { scale: 1 / 60, dims: { deg: 1 } },
  年: { scale: 365.25 * 86400, dims: { s: 1 } },
  月: { scale: (365.25 * 86400) / 12, dims: { s: 1 } },
  个月: { scale: (365.25 * 86400) / 12, dims: { s: 1 } },
  周: { scale: 7 * 86400, dims: { s: 1 } },
  天: { scale: 86400, dims: { s: 1 } },
  日: { scale: 86400, dims: { s: 1 } },
  亩: { scale: 666.6667, dims: { m: 2 } },
  公顷: { scale: 1e4, dims: { m: 2 } },
};

// Chinese names of measure units → the symbol they stand for (src/lexicon/units.ts; "" keeps the word).
const CN_ALIAS: Record<string, string> = Object.fromEntries(Object.entries(MEASURE_WORDS).filter(([, symbol]) => symbol !== ""));

// Count classifiers that differ only in style (5项 / 5件 / 5个 …) share one dimension.
const COUNT_RE = /^[\u3400-\u9fff]{1,3}$/;
const CN_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 萬: 1e4, 億: 1e8 };
// longest first, so that 十万套 reads as 十万 × 套
const CN_SCALES_LONGEST_FIRST = Object.entries(CN_SCALES).sort((a, b) => b[0].length - a[0].length);
const SUPERSCRIPT: Record<string, string> = { "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-" };

/**
 * Write a unit one way for comparison: the model's form (extract/unit.ts: full-width folded, µ → μ, ℃ → °C),
 * then superscripts and every ^ as plain exponents (cm² / cm^2 → cm2) and products with one dot (mΩ·cm2).
 */
export const normalizeUnit = memoize((unit: string): string =>
  modelUnit(unit)
    .normalize("NFKC")
    .replace(/′′/g, "″")
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]/g, (c) => SUPERSCRIPT[c] ?? c)
    .replace(/µ/g, "μ")
    .replace(/\s+/g, "")
    .replace(/\^/g, "")
    .replace(/[∙•×*]/g, "·")
    .replace(/^·/, "×"),
);

function mul(a: UnitValue, b: UnitValue, exp: number): UnitValue {
  const dims = { ...a.dims };
  for (const [k, e] of Object.entries(b.dims)) {
    dims[k] = (dims[k] ?? 0) + e * exp;
    if (dims[k] === 0) delete dims[k];
  }
  return { scale: a.scale * b.scale ** exp, dims };
}

const ONE: UnitValue = { scale: 1, dims: {} };

function atom(token: string): UnitValue | null {
  if (token === "") return ONE;
  const alias = CN_ALIAS[token];
  if (alias) return readUnit(alias);
  if (PLAIN[token]) return PLAIN[token];
  if (PREFIXABLE[token]) return PREFIXABLE[token];
  const p = token[0];
  if (SI[p] !== undefined && PREFIXABLE[token.slice(1)]) return mul({ scale: SI[p], dims: {} }, PREFIXABLE[token.slice(1)], 1);
  // 万套, 万例, 亿次: 万/亿 on a count unit
  for (const [w, s] of CN_SCALES_LONGEST_FIRST) {
    if (token.startsWith(w) && token.length > w.length) {
      const rest = atom(token.slice(w.length));
      if (rest) return { scale: s * rest.scale, dims: rest.dims };
    }
  }
  if (COUNT_RE.test(token)) return { scale: 1, dims: { count: 1 } };
  return null;
}

// One factor of a unit: an atom with an optional exponent (cm2, cm-2, s-1).
function factor(token: string): UnitValue | null {
  const whole = atom(token);
  if (whole) return whole;
  const m = /^(.*?[^\d-])(-?[1-4])$/.exec(token);
  if (m) {
    const base = atom(m[1]);
    if (base) return mul(ONE, base, Number(m[2]));
  }
  // Vs, Nm: two unit symbols written without their product dot (cm2/Vs is cm2/(V·s))
  if (token.length <= 3) {
    for (let k = 1; k < token.length; k++) {
      const a = PREFIXABLE[token.slice(0, k)] ?? PLAIN[token.slice(0, k)];
      const b = PREFIXABLE[token.slice(k)] ?? PLAIN[token.slice(k)];
      if (a && b) return mul(a, b, 1);
    }
  }
  // An unknown Latin word (tokens, core, GPU) is its own dimension: tokens/s compares only with tokens/s.
  if (/^[A-Za-zμ][A-Za-z0-9μ_-]*$/.test(token)) return { scale: 1, dims: { [`~${token.toLowerCase()}`]: 1 } };
  return null;
}

/**
 * Read a unit into scale and dimension; null when it cannot be read. "" (a bare number) is
 * dimensionless like %: 0.95 compares with 95%.
 */
export const readUnit = memoize((unit: string): UnitValue | null => {
  let u = normalizeUnit(unit);
  // a compound written as one word (ohmcm2, LMH) reads as the lexicon's form of it
  u = normalizeUnit(COMPOUND_UNITS[u] ?? u);
  let scale = 1;
  // ×10^6, x106 (a superscript lost in a PDF), 10^4 written before the unit
  const pow = /^(?:[×xX]\s*)?10(-?\d{1,2})(?=$|[^\d])/.exec(u);
  if (pow && (u.startsWith("×") || u.startsWith("x") || u.startsWith("X") || u.length > pow[0].length)) {
    scale = 10 ** Number(pow[1]);
    u = u.slice(pow[0].length).replace(/^·/, "");
  }
  if (u === "") return { scale, dims: {} };
  // cm2/(V·s), L/(m2·h): a bracketed denominator divides by each of its factors
  u = u.replace(/\/\(([^()]+)\)/g, (_, group: string) => "/" + group.split("·").join("/"));
  const whole = atom(u);
  if (whole) return { scale: scale * whole.scale, dims: whole.dims };
  // a/b/c reads as a/(b·c); 10^7/平方厘米 has an empty numerator
  const parts = u.split("/");
  let out: UnitValue = { scale, dims: {} };
  for (let i = 0; i < parts.length; i++) {
    for (const piece of parts[i].split("·")) {
      if (piece === "" && i === 0) continue;
      const f = factor(piece);
      if (!f) return null;
      out = mul(out, f, i === 0 ? 1 : -1);
    }
  }
  return out;
});

function sameDims(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}

/** Is the unit one we can read with confidence (not a bare number, not an unknown word)? */
export function understoodUnit(unit: string): boolean {
  if (normalizeUnit(unit) === "") return false;
  const r = readUnit(unit);
  return r !== null && !Object.keys(r.dims).some((k) => k.startsWith("~"));
}

/** True when values in the two units can be compared (same dimension). */
export function compatibleUnits(a: string, b: string): boolean {
  return unitFactor(a, b) !== null;
}

/**
 * The factor that turns a value in unit `from` into unit `to` (万元 → 亿元: 1e-4), or null when the
 * units measure different things (incompatible: the check reports kpi-unit-incompatible, never a pass).
 */
export function unitFactor(from: string, to: string): number | null {
  return unitFactorOf(from + "\u0000" + to);
}

const unitFactorOf = memoize((pair: string): number | null => {
  const [from, to] = pair.split("\u0000");
  if (normalizeUnit(from) === normalizeUnit(to)) return 1;
  // 7B against 70亿 (a count without a unit): the letter scales the count
  if (to === "" && from in COUNT_MAGNITUDES) return COUNT_MAGNITUDES[from];
  if (from === "" && to in COUNT_MAGNITUDES) return 1 / COUNT_MAGNITUDES[to];
  const a = readUnit(from), b = readUnit(to);
  if (!a || !b) return null;
  if (sameDims(a.dims, b.dims)) return a.scale / b.scale;
  // 个/mm² against /cm², 次/分钟 against /s: a rate or density of counted things says the same with or
  // without its count word, when something else is measured too (5个 against a bare 5 is no match)
  const da = uncounted(a.dims), db = uncounted(b.dims);
  return Object.keys(da).length > 0 && sameDims(da, db) ? a.scale / b.scale : null;
});

function uncounted(dims: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(dims).filter(([k]) => k !== "count"));
}

/** Convert `value` from one unit to another; null when incompatible. 0.9 亿元 → 9000 万元. */
export function convertUnit(value: number, from: string, to: string): number | null {
  const f = unitFactor(from, to);
  return f === null ? null : value * f;
}

/** A coarse name for a unit's dimension, for matching KPIs by meaning ("" when unknown). */
export const unitDimension = memoize((unit: string): string => {
  const r = readUnit(unit);
  if (!r) return "";
  return Object.entries(r.dims)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, e]) => `${k}^${e}`)
    .join("·");
});
