import { effectiveConstraints } from "../check/runner.js";
import type { Area, Constraint, ConstraintKind, Direction, GuideDocument, Kpi } from "../model/guide.js";
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
  for (const c of x.constraints) out.push(`  - ${constraintText(c, lang)}  [${src(c.source)} ${linesText(c.span)}]`, `    ${oneLine(c.text)}`);
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

// What each kind of constraint is called, and how its value reads (政府资助占比上限 50%, not gov_share_max = 0.5).
const KIND_LABEL: Record<ConstraintKind, [zh: string, en: string, value: "share" | "money" | "years" | "count" | "ratio" | "flag" | "text"]> = {
  gov_share_max: ["政府资助占比上限", "government share at most", "share"],
  gov_share_max_enterprise_led: ["企业牵头时政府资助占比上限", "government share at most when an enterprise leads", "share"],
  funding_cap: ["资助上限", "funding cap", "money"],
  matching_ratio_min: ["配套经费:财政经费下限", "matching : government at least", "ratio"],
  duration_max_years: ["实施期限上限", "duration at most", "years"],
  participants_max: ["参与单位数上限", "participating units at most", "count"],
  foreign_partner_min: ["国（境）外合作单位下限", "foreign partners at least", "count"],
  foreign_partner_countries_min: ["国外合作单位所在国家下限", "partner countries at least", "count"],
  applicant_region: ["申报单位注册地", "applicant registered in", "text"],
  applicant_legal_person: ["申报单位须为独立法人", "applicant is a legal person", "flag"],
  enterprise_partner_required: ["高校院所牵头须有企业参与", "an enterprise must take part", "flag"],
  lead_enterprise_required: ["须由企业牵头", "an enterprise must lead", "flag"],
  pi_employment: ["项目负责人须为牵头单位在职人员", "PI employed by the lead", "flag"],
  pi_active_project_limit: ["项目负责人在研项目限制", "PI's active projects limited", "count"],
  pi_one_application_per_year: ["项目负责人每年限报一项", "one application per PI a year", "flag"],
  youth_pi_ratio_min: ["青年负责人比例下限", "young PIs at least", "share"],
  no_duplicate_submission: ["不得重复申报", "no duplicate submission", "flag"],
  ip_required: ["须有自主知识产权", "own IP required", "flag"],
  ethics_compliance: ["须符合伦理要求", "ethics compliance", "flag"],
  pi_age_max: ["项目负责人年龄上限", "PI age at most", "years"],
  applicant_established_min_years: ["申报单位成立年限下限", "applicant established at least", "years"],
  applications_per_unit_max: ["每单位限报项目数", "applications per unit at most", "count"],
  self_funding_share_min: ["自筹经费占比下限", "self-funding share at least", "share"],
  rd_intensity_min: ["研发投入强度下限", "R&D intensity at least", "share"],
  other: ["其他要求", "other requirement", "text"],
};

/** A constraint as a reader says it: its label and its value in the unit of its kind. */
export function constraintText(c: { kind: ConstraintKind; value: unknown }, lang: Lang): string {
  const [zh, en, how] = KIND_LABEL[c.kind];
  const label = lang === "zh" ? zh : en;
  const v = c.value;
  if (v === null || v === undefined || how === "flag" || typeof v === "boolean") return label;
  if (typeof v !== "number") return how === "text" && c.kind === "other" ? label : `${label} ${String(v)}`;
  const shown =
    how === "share" ? `${trimNumber(v <= 1 ? v * 100 : v)}%`
    : how === "money" ? moneyText(v)
    : how === "ratio" ? `${trimNumber(v)}:1`
    : how === "years" ? `${trimNumber(v)}${lang === "zh" ? (c.kind === "pi_age_max" ? "周岁" : "年") : " years"}`
    : how === "count" ? trimNumber(v)
    : String(v);
  return `${label} ${shown}`;
}
