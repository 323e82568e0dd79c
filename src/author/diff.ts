import type { Constraint, Deadline, Direction, GuideDocument, Kpi } from "../model/guide.js";
import { kpiRequirement, moneyText, trimNumber } from "./common.js";
import { fill, type Lang } from "../i18n/index.js";

/** What kind of change: to the notice's metadata, its deadlines, its document-wide rules, or one direction. */
export type ChangeKind =
  | "meta-changed"
  | "deadline-added"
  | "deadline-removed"
  | "deadline-changed"
  | "rule-added"
  | "rule-removed"
  | "rule-changed"
  | "direction-added"
  | "direction-removed"
  /** Same id, another title. */
  | "direction-renamed"
  /** Same title, another id. */
  | "direction-renumbered"
  /** A field of a direction: mode, category, entrustedTo, fundingCap, durationMaxYears, matchingRatioMin, projectsSupported. */
  | "direction-changed"
  | "kpi-added"
  | "kpi-removed"
  | "kpi-changed"
  | "constraint-added"
  | "constraint-removed"
  | "constraint-changed";

/** One change between two versions of a guide. */
export interface GuideChange {
  kind: ChangeKind;
  /** The direction it concerns (its id in the new version, or in the old one when removed); null for the document. */
  directionId: string | null;
  /** The direction's id in the old version, when it differs (direction-renumbered). */
  oldDirectionId?: string;
  /** The field, KPI metric, rule kind or deadline label that changed. */
  subject: string;
  /** The old value (null when added). */
  before: unknown;
  /** The new value (null when removed). */
  after: unknown;
  /** Source lines in the old and new notice. */
  oldLine: number | null;
  newLine: number | null;
}

/** The changes between two versions, in a fixed order: metadata, deadlines, rules, then directions in the new version's order. */
export interface GuideDiff {
  old: { path: string; sha256: string };
  new: { path: string; sha256: string };
  changes: GuideChange[];
  summary: Partial<Record<ChangeKind, number>>;
}

const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** A KPI as compared: comparator, value, bound and unit (the wording around it is not a change). */
function kpiValue(k: Kpi) {
  return { op: k.op, value: k.value, max: k.max, unit: k.unit, text: k.text };
}
const sameKpi = (a: Kpi, b: Kpi) => a.op === b.op && a.value === b.value && a.max === b.max && norm(a.unit) === norm(b.unit);

/** The key a KPI is matched by across versions: its metric, or its words without numbers when it has none. */
function kpiKey(k: Kpi): string {
  return norm(k.metric) || norm(k.text).replace(/[\d.~～\-–≥≤<>=%]+/g, "#");
}

/** Pair items by key, in order within a key; the rest are left over on either side. */
function pairBy<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): { pairs: [T, T][]; removed: T[]; added: T[] } {
  const pool = new Map<string, T[]>();
  for (const x of b) pool.set(key(x), [...(pool.get(key(x)) ?? []), x]);
  const pairs: [T, T][] = [];
  const removed: T[] = [];
  for (const x of a) {
    const q = pool.get(key(x));
    const y = q?.shift();
    if (y !== undefined) pairs.push([x, y]);
    else removed.push(x);
  }
  const taken = new Set(pairs.map((p) => p[1]));
  return { pairs, removed, added: b.filter((x) => !taken.has(x)) };
}

/** A constraint's key: its kind, and for `other` its words (several `other` rules are different rules). */
const constraintKey = (c: Constraint) => (c.kind === "other" ? `other:${norm(c.text)}` : c.kind);
const constraintValue = (c: Constraint) => ({ kind: c.kind, value: c.value, text: c.text });

function diffConstraints(a: readonly Constraint[], b: readonly Constraint[], directionId: string | null, out: GuideChange[]): void {
  const [added, removed, changed] = directionId === null ? (["rule-added", "rule-removed", "rule-changed"] as const) : (["constraint-added", "constraint-removed", "constraint-changed"] as const);
  // the same rule stated twice (seed 002 states ip_required at two places) is one rule
  const dedupe = (cs: readonly Constraint[]) => cs.filter((c, i) => cs.findIndex((x) => constraintKey(x) === constraintKey(c) && x.value === c.value) === i);
  const p = pairBy(dedupe(a), dedupe(b), constraintKey);
  for (const [x, y] of p.pairs)
    if (x.value !== y.value) out.push({ kind: changed, directionId, subject: y.kind, before: constraintValue(x), after: constraintValue(y), oldLine: x.span.startLine, newLine: y.span.startLine });
  for (const x of p.removed) out.push({ kind: removed, directionId, subject: x.kind, before: constraintValue(x), after: null, oldLine: x.span.startLine, newLine: null });
  for (const y of p.added) out.push({ kind: added, directionId, subject: y.kind, before: null, after: constraintValue(y), oldLine: null, newLine: y.span.startLine });
}

type Field = "mode" | "category" | "entrustedTo" | "fundingCap" | "durationMaxYears" | "matchingRatioMin" | "projectsSupported";
const FIELDS: Field[] = ["mode", "category", "entrustedTo", "fundingCap", "durationMaxYears", "matchingRatioMin", "projectsSupported"];

function diffDirection(a: Direction, b: Direction, out: GuideChange[]): void {
  const at = { oldLine: a.span.startLine, newLine: b.span.startLine };
  if (a.id !== b.id) out.push({ kind: "direction-renumbered", directionId: b.id, oldDirectionId: a.id, subject: "id", before: a.id, after: b.id, ...at });
  if (a.id === b.id && norm(a.title) !== norm(b.title)) out.push({ kind: "direction-renamed", directionId: b.id, subject: "title", before: a.title, after: b.title, ...at });
  for (const f of FIELDS) {
    const x = a[f];
    const y = b[f];
    // a cap is compared in yuan: 1000 万元 and 1000万元 are the same cap
    const same = f === "fundingCap" ? (a.fundingCap?.yuan ?? null) === (b.fundingCap?.yuan ?? null) : x === y;
    if (!same) out.push({ kind: "direction-changed", directionId: b.id, subject: f, before: x, after: y, ...at });
  }
  const k = pairBy(a.kpis, b.kpis, kpiKey);
  for (const [x, y] of k.pairs)
    if (!sameKpi(x, y)) out.push({ kind: "kpi-changed", directionId: b.id, subject: y.metric || y.text, before: kpiValue(x), after: kpiValue(y), oldLine: x.span.startLine, newLine: y.span.startLine });
  for (const x of k.removed) out.push({ kind: "kpi-removed", directionId: b.id, subject: x.metric || x.text, before: kpiValue(x), after: null, oldLine: x.span.startLine, newLine: null });
  for (const y of k.added) out.push({ kind: "kpi-added", directionId: b.id, subject: y.metric || y.text, before: null, after: kpiValue(y), oldLine: null, newLine: y.span.startLine });
  diffConstraints(a.constraints, b.constraints, b.id, out);
}

/**
 * What changed between two versions of a notice. Directions are paired by id and title (same id and title;
 * then same title under another id: renumbered; then same id under another title: renamed); the rest are
 * removed or added. Within a pair, fields are compared by value (caps in yuan), KPIs are paired by metric
 * and compared by comparator, value, bound and unit, constraints by kind and value. Deadlines are paired
 * by label. Wording and line numbers alone are not changes. Deterministic: the same inputs give the same
 * list in the same order.
 */
export function diffGuides(before: GuideDocument, after: GuideDocument): GuideDiff {
  const out: GuideChange[] = [];
  const m0 = before.meta;
  const m1 = after.meta;
  for (const f of ["title", "docNumber", "publishedAt"] as const)
    if ((m0[f] ?? null) !== (m1[f] ?? null)) out.push({ kind: "meta-changed", directionId: null, subject: f, before: m0[f], after: m1[f], oldLine: null, newLine: null });
  if ((m0.totalBudget?.yuan ?? null) !== (m1.totalBudget?.yuan ?? null))
    out.push({ kind: "meta-changed", directionId: null, subject: "totalBudget", before: m0.totalBudget ?? null, after: m1.totalBudget ?? null, oldLine: null, newLine: null });

  const line = (d: Deadline) => d.span?.startLine ?? null;
  const dl = pairBy(m0.deadlines, m1.deadlines, (d) => norm(d.label));
  for (const [x, y] of dl.pairs)
    if (x.at !== y.at) out.push({ kind: "deadline-changed", directionId: null, subject: y.label, before: x.at, after: y.at, oldLine: line(x), newLine: line(y) });
  for (const x of dl.removed) out.push({ kind: "deadline-removed", directionId: null, subject: x.label, before: x.at, after: null, oldLine: line(x), newLine: null });
  for (const y of dl.added) out.push({ kind: "deadline-added", directionId: null, subject: y.label, before: null, after: y.at, oldLine: null, newLine: line(y) });

  diffConstraints(before.rules, after.rules, null, out);

  // Pair directions: same id and title, then same title (renumbered), then same id (renamed).
  const left = new Set(before.directions);
  const right = new Set(after.directions);
  const pairs = new Map<Direction, Direction>();
  const take = (match: (a: Direction, b: Direction) => boolean) => {
    for (const b of after.directions) {
      if (!right.has(b)) continue;
      const a = before.directions.find((x) => left.has(x) && match(x, b));
      if (a) {
        pairs.set(b, a);
        left.delete(a);
        right.delete(b);
      }
    }
  };
  take((a, b) => a.id === b.id && norm(a.title) === norm(b.title));
  take((a, b) => norm(a.title) === norm(b.title));
  take((a, b) => a.id === b.id);

  for (const a of before.directions)
    if (left.has(a)) out.push({ kind: "direction-removed", directionId: a.id, subject: a.title, before: { id: a.id, title: a.title }, after: null, oldLine: a.span.startLine, newLine: null });
  for (const b of after.directions) {
    const a = pairs.get(b);
    if (a) diffDirection(a, b, out);
    else out.push({ kind: "direction-added", directionId: b.id, subject: b.title, before: null, after: { id: b.id, title: b.title }, oldLine: null, newLine: b.span.startLine });
  }

  const summary: Partial<Record<ChangeKind, number>> = {};
  for (const c of out) summary[c.kind] = (summary[c.kind] ?? 0) + 1;
  return { old: { path: before.source.path, sha256: before.source.sha256 }, new: { path: after.source.path, sha256: after.source.sha256 }, changes: out, summary };
}

const T: Record<Lang, Record<string, string>> = {
  zh: {
    head: "{{old}} → {{new}}",
    none: "两个版本没有实质变化",
    count: "共 {{n}} 处变化",
    document: "通知",
    deadline: "截止时间",
    rule: "通用要求",
    constraint: "方向要求",
    direction: "方向",
    kpi: "考核指标",
    added: "新增",
    removed: "删除",
    renamed: "改名",
    renumbered: "改编号",
    title: "标题",
    docNumber: "文号",
    publishedAt: "发布日期",
    totalBudget: "总经费",
    mode: "组织方式",
    category: "类别",
    entrustedTo: "定向委托单位",
    fundingCap: "资助上限",
    durationMaxYears: "实施期限（年）",
    matchingRatioMin: "配套比例",
    projectsSupported: "拟支持项目数",
  },
  en: {
    head: "{{old}} → {{new}}",
    none: "No change of substance between the two versions",
    count: "{{n}} changes",
    document: "Notice",
    deadline: "Deadline",
    rule: "Rule",
    constraint: "Direction rule",
    direction: "Direction",
    kpi: "KPI",
    added: "added",
    removed: "removed",
    renamed: "renamed",
    renumbered: "renumbered",
    title: "title",
    docNumber: "document number",
    publishedAt: "published",
    totalBudget: "total budget",
    mode: "mode",
    category: "category",
    entrustedTo: "entrusted to",
    fundingCap: "funding cap",
    durationMaxYears: "duration (years)",
    matchingRatioMin: "matching ratio",
    projectsSupported: "projects supported",
  },
};

/** A value of a change as short text: a KPI as its requirement, a cap in 万元, a constraint as kind = value. */
function show(v: unknown): string {
  if (v === null || v === undefined) return "-";
  if (typeof v === "number") return trimNumber(v);
  if (typeof v === "string") return v;
  const o = v as Record<string, unknown>;
  if ("op" in o) return kpiRequirement(o as unknown as Kpi);
  if ("yuan" in o) return moneyText(o.yuan as number);
  if ("kind" in o) return o.value === null ? String(o.text) : o.kind === "funding_cap" && typeof o.value === "number" ? moneyText(o.value) : String(o.value);
  if ("title" in o) return `${String(o.id)} ${String(o.title)}`;
  return JSON.stringify(v);
}

const lines = (c: GuideChange) => (c.oldLine === null && c.newLine === null ? "" : `  (L${c.oldLine ?? "-"} → L${c.newLine ?? "-"})`);

/** The diff as text: one line per change, `+` added, `-` removed, `~` changed, with the source lines in both versions. */
export function formatGuideDiff(diff: GuideDiff, lang: Lang = "zh"): string {
  const t = T[lang];
  const sep = lang === "zh" ? "：" : ": ";
  const paren = (x: string) => (lang === "zh" ? `（${x}）` : ` (${x})`);
  const out = [fill(t.head, { old: diff.old.path, new: diff.new.path }), ""];
  if (diff.changes.length === 0) return out.concat(t.none, "").join("\n");
  for (const c of diff.changes) {
    const sign = c.kind.endsWith("-added") ? "+" : c.kind.endsWith("-removed") ? "-" : "~";
    const where = c.directionId === null ? t.document : `${t.direction} ${c.directionId}`;
    let what: string;
    switch (c.kind) {
      case "direction-added":
      case "direction-removed":
        what = `${t.direction} ${show(c.after ?? c.before)}${paren(c.kind === "direction-added" ? t.added : t.removed)}`;
        break;
      case "direction-renamed":
        what = `${where} ${t.renamed}${sep}${show(c.before)} → ${show(c.after)}`;
        break;
      case "direction-renumbered":
        what = `${t.direction} ${c.oldDirectionId} → ${c.directionId} ${t.renumbered}`;
        break;
      case "direction-changed":
      case "meta-changed":
        what = `${where} ${t[c.subject] ?? c.subject}${sep}${show(c.before)} → ${show(c.after)}`;
        break;
      case "deadline-added":
      case "deadline-removed":
      case "deadline-changed":
        what = `${t.deadline}「${c.subject}」${sep}${show(c.before)} → ${show(c.after)}`;
        break;
      case "kpi-added":
      case "kpi-removed":
      case "kpi-changed":
        what = `${where} ${t.kpi}「${c.subject}」${sep}${show(c.before)} → ${show(c.after)}`;
        break;
      default:
        what = `${c.directionId === null ? t.rule : `${where} ${t.constraint}`} ${c.subject}${sep}${show(c.before)} → ${show(c.after)}`;
    }
    out.push(`${sign} ${what}${lines(c)}`);
  }
  out.push("", fill(t.count, { n: diff.changes.length }));
  return out.join("\n") + "\n";
}
