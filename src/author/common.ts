import { effectiveConstraints } from "../check/runner.js";
import { displayWidth } from "../core/display-width.js";
import type { Direction, GuideDocument, Kpi, Money } from "../model/guide.js";

/** Where an effective value comes from: the direction (or its 专项) itself, or a document-wide rule. */
export type ValueSource = "direction" | "document";

/** A value as `guide check` applies it to a direction, with where it comes from. */
export interface Effective<T> {
  value: T;
  source: ValueSource;
  /** Source lines of the clause that states it. */
  span: { startLine: number; endLine: number };
}

/**
 * The number-valued constraint of a kind that `guide check` applies to a direction (effectiveConstraints:
 * the direction's value overriding the document's), with where it comes from.
 */
function effective(guide: GuideDocument, d: Direction, kind: string): Effective<number> | null {
  const c = effectiveConstraints(guide, d).find((x) => x.kind === kind);
  if (!c || typeof c.value !== "number") return null;
  return { value: c.value, source: guide.rules.includes(c) ? "document" : "direction", span: c.span };
}

/** The funding cap (资助上限) that applies to a direction: its own fundingCap, else the document's `funding_cap`. */
export function effectiveCap(guide: GuideDocument, d: Direction): Effective<Money> | null {
  const e = effective(guide, d, "funding_cap");
  if (!e) return null;
  const money = e.source === "direction" && d.fundingCap ? d.fundingCap : { yuan: e.value, text: moneyText(e.value) };
  return { ...e, value: money };
}

/** The longest duration (实施期限, years) that applies: the direction's, else the document's `duration_max_years`. */
export function effectiveDuration(guide: GuideDocument, d: Direction): Effective<number> | null {
  return effective(guide, d, "duration_max_years");
}

/** The matching ratio (配套:财政) lower bound that applies: the direction's, else the document's `matching_ratio_min`. */
export function effectiveRatio(guide: GuideDocument, d: Direction): Effective<number> | null {
  return effective(guide, d, "matching_ratio_min");
}

/** Yuan as 万元 text: 20000000 → "2000万元", 5500 → "0.55万元". */
export function moneyText(yuan: number): string {
  return `${trimNumber(yuan / 10000)}万元`;
}

/**
 * A number without float noise, as a draft would write it: 0.30000000000000004 → "0.3", and powers of ten
 * as 5×10^-9 (the reader takes 5×10^-9 and 5×10-9, not JavaScript's 5e-9).
 */
export function trimNumber(n: number): string {
  const s = String(Number(n.toPrecision(12)));
  const e = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return e ? `${e[1]}×10^${Number(e[2])}` : s;
}

const OPS: Record<Kpi["op"], string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", range: "", approx: "约" };

/** A KPI threshold as a short requirement: "≥20%", "3~5个", "约50%", "<1.5mΩ·cm2". */
export function kpiRequirement(k: Pick<Kpi, "op" | "value" | "max" | "unit">): string {
  if (k.op === "range") return `${trimNumber(k.value)}~${trimNumber(k.max ?? k.value)}${k.unit}`;
  return `${OPS[k.op]}${trimNumber(k.value)}${k.unit}`;
}

/** Pad to a display width (CJK counts two columns). */
export function padEnd(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/** Pad on the left to a display width, for numbers. */
export function padStart(s: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** Cut to a display width, ending with … when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + "…";
}

/**
 * Rows aligned in columns by display width, columns separated by two spaces; `right` names the
 * columns aligned right (numbers). Trailing spaces are trimmed.
 */
export function alignColumns(rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) => r.map((c, i) => (right.has(i) ? padStart(c, widths[i]) : padEnd(c, widths[i]))).join("  ").trimEnd());
}

/** Lines of a span: "L12" or "L12-15". */
export function linesText(span: { startLine: number; endLine: number }): string {
  return span.endLine > span.startLine ? `L${span.startLine}-${span.endLine}` : `L${span.startLine}`;
}
