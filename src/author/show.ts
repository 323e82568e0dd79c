import { effectiveConstraints } from "../check/runner.js";
import type { Area, Constraint, Direction, GuideDocument, Kpi } from "../model/guide.js";
import { effectiveCap, effectiveDuration, effectiveRatio, kpiRequirement, linesText, moneyText, trimNumber, type Effective, type ValueSource } from "./common.js";
import { fill, type Lang } from "../i18n/index.js";

/** A constraint that applies to a direction, with where it comes from. */
export interface AppliedConstraint extends Constraint {
  /** "direction": stated for the direction (or its 专项); "document": a document-wide rule (申报要求). */
  source: ValueSource;
}

/** One direction in full: what `guide show` prints. */
export interface DirectionDetail {
  direction: Direction;
  /** The enclosing areas, outermost first (领域 → 专项). */
  areas: Pick<Area, "id" | "title">[];
  /** Values `guide check` applies, the direction's own or the document's. */
  effective: {
    fundingCap: Effective<{ yuan: number; text: string }> | null;
    durationMaxYears: Effective<number> | null;
    matchingRatioMin: Effective<number> | null;
  };
  /** Every constraint `guide check` applies to this direction: its own and the document rules it does not override. */
  constraints: AppliedConstraint[];
  kpis: Kpi[];
}

/** The direction with this id (ids as the model writes them: "1.1", "3001"), or null. */
export function findDirection(guide: GuideDocument, id: string): Direction | null {
  const want = id.normalize("NFKC").trim();
  return guide.directions.find((d) => d.id === want) ?? null;
}

/** One direction in full, or null when the guide has no direction with that id. */
export function showDirection(guide: GuideDocument, id: string): DirectionDetail | null {
  const d = findDirection(guide, id);
  if (!d) return null;
  const areas: Pick<Area, "id" | "title">[] = [];
  const seen = new Set<string>();
  for (let p = d.parentId; p !== null && !seen.has(p); ) {
    seen.add(p);
    const a = guide.areas.find((x) => x.id === p);
    if (!a) break;
    areas.unshift({ id: a.id, title: a.title });
    p = a.parentId;
  }
  const docRules = new Set(guide.rules);
  // The cap, duration and ratio the checker synthesises from the direction's fields are shown as fields, not twice.
  const fieldKinds = new Set(["funding_cap", "duration_max_years", "matching_ratio_min"]);
  const constraints: AppliedConstraint[] = effectiveConstraints(guide, d)
    .filter((c) => docRules.has(c) || d.constraints.includes(c) || !fieldKinds.has(c.kind))
    .map((c) => ({ ...c, source: docRules.has(c) ? "document" : "direction" }));
  return {
    direction: d,
    areas,
    effective: { fundingCap: effectiveCap(guide, d), durationMaxYears: effectiveDuration(guide, d), matchingRatioMin: effectiveRatio(guide, d) },
    constraints,
    kpis: d.kpis,
  };
}

const L: Record<Lang, Record<string, string>> = {
  zh: {
    direction: "方向",
    area: "所属领域",
    category: "类别",
    mode: "组织方式",
    entrustedTo: "定向委托单位",
    cap: "资助上限",
    duration: "实施期限",
    ratio: "配套比例",
    projects: "拟支持项目数",
    keywords: "关键词",
    lines: "原文位置",
    constraints: "申报要求",
    kpis: "考核指标",
    none: "无",
    document: "文件通用",
    own: "本方向",
    years: "年以内",
    ratioText: "配套经费:财政经费 ≥ {{r}}:1",
  },
  en: {
    direction: "Direction",
    area: "Area",
    category: "Category",
    mode: "Mode",
    entrustedTo: "Entrusted to",
    cap: "Funding cap",
    duration: "Duration",
    ratio: "Matching ratio",
    projects: "Projects supported",
    keywords: "Keywords",
    lines: "Source lines",
    constraints: "Constraints",
    kpis: "KPIs",
    none: "none",
    document: "document",
    own: "direction",
    years: " years at most",
    ratioText: "matching : government ≥ {{r}}:1",
  },
};

/** The detail as text: fields, then the constraints with their source and lines, then each KPI with its source line and clause. */
export function formatDirectionDetail(x: DirectionDetail, lang: Lang = "zh"): string {
  const l = L[lang];
  const d = x.direction;
  const src = (s: ValueSource) => (s === "document" ? l.document : l.own);
  const out: string[] = [`${l.direction} ${d.id}  ${d.title}`, ""];
  const sep = lang === "zh" ? "：" : ": ";
  const field = (k: string, v: string) => out.push(`  ${k}${sep}${v}`);
  if (x.areas.length > 0) field(l.area, x.areas.map((a) => `${a.id} ${a.title}`).join(" / "));
  field(l.category, d.category ?? "-");
  field(l.mode, d.mode ?? "-");
  if (d.entrustedTo) field(l.entrustedTo, d.entrustedTo);
  const { fundingCap: cap, durationMaxYears: dur, matchingRatioMin: ratio } = x.effective;
  const from = (s: ValueSource, span: { startLine: number; endLine: number }) => `  [${src(s)} ${linesText(span)}]`;
  field(l.cap, cap ? `${cap.value.text}${cap.value.text === moneyText(cap.value.yuan) ? "" : ` = ${moneyText(cap.value.yuan)}`}${from(cap.source, cap.span)}` : "-");
  field(l.duration, dur ? `${trimNumber(dur.value)}${l.years}${from(dur.source, dur.span)}` : "-");
  field(l.ratio, ratio ? `${fill(l.ratioText, { r: trimNumber(ratio.value) })}${from(ratio.source, ratio.span)}` : "-");
  if (d.projectsSupported !== null) field(l.projects, String(d.projectsSupported));
  if (d.keywords.length > 0) field(l.keywords, d.keywords.join("、"));
  field(l.lines, linesText(d.span));
  out.push("", `${l.constraints}（${x.constraints.length}）`);
  if (x.constraints.length === 0) out.push(`  ${l.none}`);
  for (const c of x.constraints) {
    const v = c.value === null ? "" : ` = ${typeof c.value === "number" && c.kind === "funding_cap" ? moneyText(c.value) : String(c.value)}`;
    out.push(`  - ${c.kind}${v}  [${src(c.source)} ${linesText(c.span)}]`, `    ${oneLine(c.text)}`);
  }
  out.push("", `${l.kpis}（${x.kpis.length}）`);
  if (x.kpis.length === 0) out.push(`  ${l.none}`);
  x.kpis.forEach((k, i) => {
    out.push(`  ${i + 1}. ${k.metric || "-"} ${kpiRequirement(k)}  [${linesText(k.span)}]`, `     ${oneLine(k.text)}`);
  });
  return out.join("\n") + "\n";
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").trim();
}
