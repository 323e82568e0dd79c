/**
 * The rule runner (house style 7.3): decides which rules apply (`requires`), turns missing draft facts
 * into field-missing findings, runs each rule in isolation (a throw becomes a fatal finding for that
 * rule), and stamps what rules never set: ruleId, severity, url, the message in the requested language,
 * the location in the draft and the guide clause as a related location.
 */
import type { DraftFacts, FactPlace } from "../draft/types.js";
import type { Lang } from "../i18n/index.js";
import type { Finding, Location, Severity } from "../model/check.js";
import { makeFinding } from "../model/finding.js";
import type { Constraint, Direction, GuideDocument } from "../model/guide.js";
import { ruleDocsUrl } from "./docs.js";
import type { Bilingual, Report, Rule, RuleMeta } from "./rule.js";

/** A rule's severity as configured; "off" does not run it. */
export type SeveritySetting = "off" | Severity;

/** What the runner needs besides the rules. */
export interface RunInput {
  guide: GuideDocument;
  direction: Direction;
  facts: DraftFacts;
  rules: readonly Rule[];
  lang?: Lang;
  severity?: Record<string, SeveritySetting>;
}

/** Names of draft facts, for field-missing messages. */
export const FACT_LABELS: Record<string, Bilingual> = {
  direction: { zh: "申报方向", en: "the direction applied for" },
  projectTitle: { zh: "项目名称", en: "the project title" },
  leadUnit: { zh: "牵头（承担）单位", en: "the lead unit" },
  "leadUnit.type": { zh: "牵头单位类型（企业/高校/科研院所）", en: "the lead unit's type (enterprise/university/institute)" },
  participants: { zh: "参与单位", en: "the participating units" },
  participantCount: { zh: "参与单位数量", en: "the number of units" },
  pi: { zh: "项目负责人", en: "the principal investigator" },
  "pi.birthDate": { zh: "项目负责人出生年月", en: "the PI's date of birth" },
  "pi.employedByLead": { zh: "项目负责人是否为牵头单位在职人员", en: "whether the PI is employed by the lead unit" },
  period: { zh: "执行期限", en: "the project period" },
  "period.months": { zh: "执行期限（月数）", en: "the project length in months" },
  "period.start": { zh: "执行期限起始年月", en: "the project start" },
  "period.end": { zh: "执行期限结束年月", en: "the project end" },
  "budget.government": { zh: "申请财政（国拨）经费", en: "the requested government funding" },
  "budget.selfFunded": { zh: "自筹（配套）经费", en: "the self-raised (matching) funds" },
  "budget.total": { zh: "总经费（总预算）", en: "the total budget" },
  kpis: { zh: "考核指标", en: "the committed KPIs" },
  lines: { zh: "正文", en: "the draft text" },
};

/** The label of a fact path in a language: "budget.selfFunded|budget.total" → "自筹（配套）经费 或 总经费（总预算）". */
export function factLabel(path: string, lang: Lang): string {
  return path
    .split("|")
    .map((p) => FACT_LABELS[p]?.[lang] ?? p)
    .join(lang === "zh" ? " 或 " : " or ");
}

/** Fill {{name}} placeholders from data; unknown names stay as written. */
export function renderMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** Read a DraftFacts path; a located Fact is looked through to its value ("pi.birthDate"). */
export function factAt(facts: DraftFacts, path: string): unknown {
  let cur: unknown = facts;
  for (const key of path.split(".")) {
    if (cur === null || cur === undefined || typeof cur !== "object") return undefined;
    const o = cur as Record<string, unknown>;
    if (key in o) cur = o[key];
    else if (o.value && typeof o.value === "object") cur = (o.value as Record<string, unknown>)[key];
    else return undefined;
  }
  return cur;
}

/** The empty front-matter or sidecar key that would state a missing fact ("pi" ← `pi: { name: "" }`), if any. */
function unfilledKey(facts: DraftFacts, fact: string): DraftFacts["unfilled"][number] | undefined {
  const paths = fact.split("|");
  return facts.unfilled.find((u) => paths.some((p) => u.value === p || u.value.startsWith(p + ".") || p.startsWith(u.value + ".")));
}

/**
 * A list the draft leaves empty on purpose — `kpis: []` in front matter, a KPI table whose value cells are all
 * 【待填写】 — is known to be empty: the rules that need it run (each guide KPI is then owed), where a list the
 * draft never mentions is missing.
 */
function statedEmpty(facts: DraftFacts, path: string): boolean {
  return Array.isArray(factAt(facts, path)) && facts.unfilled.some((u) => u.value === path);
}

function missing(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}

/**
 * The constraints that hold for a direction: its own constraints, its fields as constraints
 * (fundingCap → funding_cap, durationMaxYears → duration_max_years, matchingRatioMin → matching_ratio_min),
 * then the document rules of every kind the direction does not state itself: the direction's value
 * overrides the document's (a direction that allows 4 years beats the document's 3).
 */
export function effectiveConstraints(guide: GuideDocument, direction: Direction): Constraint[] {
  const own: Constraint[] = [...direction.constraints];
  const span = { startLine: direction.span.startLine, endLine: direction.span.endLine };
  if (direction.fundingCap)
    own.push({ kind: "funding_cap", value: direction.fundingCap.yuan, text: direction.fundingCap.text, span });
  if (direction.durationMaxYears !== null)
    own.push({ kind: "duration_max_years", value: direction.durationMaxYears, text: `${direction.durationMaxYears}年`, span });
  if (direction.matchingRatioMin !== null)
    own.push({ kind: "matching_ratio_min", value: direction.matchingRatioMin, text: `${direction.matchingRatioMin}:1`, span });
  const kinds = new Set(own.filter((c) => c.kind !== "other").map((c) => c.kind));
  const out = [...own];
  const seen = new Set(out.map((c) => `${c.kind}\u0000${String(c.value)}`));
  for (const r of guide.rules) {
    if (kinds.has(r.kind)) continue;
    // a rule binding part of the notice binds this direction only where the notice names it
    if (r.condition && !(r.condition.appliesTo ?? []).includes(direction.id)) continue;
    const key = `${r.kind}\u0000${String(r.value)}`;
    // the same rule stated twice in a notice (ip_required at lines 91 and 107 of seed 002) counts once
    if (r.kind !== "other" && seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** The first constraint of a kind, if the direction has one. */
export function constraintOf(constraints: readonly Constraint[], kind: string): Constraint | undefined {
  return constraints.find((c) => c.kind === kind);
}

function guideHas(constraints: readonly Constraint[], direction: Direction, name: string): boolean {
  return name.split("|").some((n) => (n === "kpis" ? direction.kpis.length > 0 : constraints.some((c) => c.kind === n)));
}

/** Draft facts a rule needs for this guide that the draft does not state (alternatives joined by "|"). */
export function missingFacts(meta: RuleMeta, constraints: readonly Constraint[], direction: Direction, facts: DraftFacts): string[] {
  const out: string[] = [];
  for (const req of meta.requires.draft) {
    const [path, cond] = req.split(/\s+if\s+/);
    if (cond && !guideHas(constraints, direction, cond)) continue;
    const alts = path.split("|");
    if (!alts.every((p) => missing(factAt(facts, p)) && !statedEmpty(facts, p))) continue;
    // period.months|period.start with no period at all: name the period, once
    const roots = new Set(alts.map((p) => p.split(".")[0]));
    const root = roots.size === 1 ? [...roots][0] : null;
    const name = root && root !== path && missing(factAt(facts, root)) ? root : path;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Everything needed to turn a report into a finding. */
export interface StampContext {
  guide: GuideDocument;
  facts: DraftFacts;
  directionId: string | null;
  lang: Lang;
  severity: Severity;
}

/** The line a finding without a place points at: the draft's direction line, else 1. */
export function defaultPlace(facts: DraftFacts): FactPlace {
  return facts.direction ? { line: facts.direction.line, source: facts.direction.source } : { line: 1, source: "text" };
}

/** A place in a draft as a finding's location: 1-based line, and column, page, paragraph, table cell when known. */
export function locationOf(at: FactPlace, path: string): Location {
  const location: Location = { path, line: Math.max(1, Math.trunc(at.line) || 1) };
  if (at.column !== undefined && at.column >= 1) location.column = at.column;
  if (at.page !== undefined && at.page >= 1) location.page = at.page;
  for (const k of ["paragraph", "table", "row", "cell"] as const) if (at[k] !== undefined) location[k] = at[k];
  return location;
}

const CLAUSE_NOTE: Bilingual = { zh: "指南条款", en: "guide clause" };

/** The guide's words, short enough for one line of a report. */
function quote(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

/** Turn a rule's report into a finding: ruleId, severity, url, message in `lang`, location, related clause. */
export function stampFinding(meta: RuleMeta, r: Report, ctx: StampContext): Finding {
  const data = r.data ?? {};
  const shown: Record<string, string | number> = { ...data };
  for (const [k, v] of Object.entries(r.i18n ?? {})) shown[k] = v[ctx.lang];
  const template = meta.messages[r.messageId]?.[ctx.lang] ?? r.messageId;
  const location = locationOf(r.at ?? defaultPlace(ctx.facts), ctx.facts.path);
  // the draft's own words at the place (a fact's line), so a reader finds them without opening the file
  const excerpt = r.at ? quote(ctx.facts.lines[location.line - 1]) : undefined;
  return makeFinding({
    ruleId: meta.id,
    severity: r.doubtful && ctx.severity === "error" ? "warning" : ctx.severity,
    message: renderMessage(template, shown),
    directionId: ctx.directionId,
    kpi: r.kpi,
    found: r.found,
    location,
    excerpt: excerpt || undefined,
    messageId: r.messageId,
    data,
    expected: r.expected,
    actual: r.actual,
    related: r.clause
      ? [{ path: ctx.guide.source.path, line: Math.max(1, r.clause.span.startLine), note: r.clause.note ?? quote(r.clause.text) ?? CLAUSE_NOTE[ctx.lang] }]
      : undefined,
    url: ruleDocsUrl(meta.id),
  });
}

/** Meta of the runner's own messages (a crashed rule); findings carry the crashed rule's id. */
const CRASH: Bilingual = { zh: "规则 {{rule}} 运行出错：{{error}}", en: "Rule {{rule}} crashed: {{error}}" };

/** Meta of field-missing, looked up by id so the runner does not import the registry (no cycle). */
export const FIELD_MISSING_ID = "field-missing";

/** Order findings deterministically: line, column, ruleId, then messageId and message. */
export function sortFindings(fs: Finding[]): Finding[] {
  return fs.sort(
    (a, b) =>
      a.location.line - b.location.line ||
      (a.location.column ?? 0) - (b.location.column ?? 0) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.messageId, b.messageId) ||
      cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Run rules on one draft against one direction. Never throws: a throwing rule yields a fatal finding
 * with that rule's id. Missing draft facts yield one field-missing finding per fact, naming every rule
 * that needed it; those rules do not run. A rule whose guide facts are absent does not apply.
 */
export function runRules(input: RunInput): Finding[] {
  const { guide, direction, facts, rules } = input;
  const lang = input.lang ?? "zh";
  const constraints = effectiveConstraints(guide, direction);
  const findings: Finding[] = [];
  const missingBy = new Map<string, string[]>();
  const fieldMissing = rules.find((r) => r.meta.id === FIELD_MISSING_ID);
  for (const rule of rules) {
    const meta = rule.meta;
    const setting = input.severity?.[meta.id] ?? meta.defaultSeverity;
    if (setting === "off") continue;
    const ctx: StampContext = { guide, facts, directionId: direction.id, lang, severity: setting };
    try {
      if (!meta.requires.guide.every((g) => guideHas(constraints, direction, g))) continue;
      const lacking = missingFacts(meta, constraints, direction, facts);
      if (lacking.length > 0) {
        for (const p of lacking) missingBy.set(p, [...(missingBy.get(p) ?? []), meta.id]);
        continue;
      }
      rule.check?.({
        guide,
        direction,
        constraints,
        facts,
        report: (r) => findings.push(stampFinding(meta, r, ctx)),
      });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      findings.push(
        makeFinding({
          ruleId: meta.id,
          severity: "error",
          message: renderMessage(CRASH[lang], { rule: meta.id, error }),
          directionId: direction.id,
          location: { path: facts.path, line: defaultPlace(facts).line },
          messageId: "rule-crashed",
          data: { rule: meta.id, error },
          url: ruleDocsUrl(meta.id),
          fatal: true,
        }),
      );
    }
  }
  const fmSetting = fieldMissing ? (input.severity?.[FIELD_MISSING_ID] ?? fieldMissing.meta.defaultSeverity) : "off";
  if (fieldMissing && fmSetting !== "off") {
    const ctx: StampContext = { guide, facts, directionId: direction.id, lang, severity: fmSetting };
    for (const [fact, needers] of missingBy) {
      const empty = unfilledKey(facts, fact);
      findings.push(
        stampFinding(
          fieldMissing.meta,
          {
            messageId: empty ? "unfilled" : "missing",
            ...(empty ? { at: empty } : {}),
            data: { fact, rules: needers.join(", ") },
            i18n: { label: { zh: factLabel(fact, "zh"), en: factLabel(fact, "en") } },
            found: { fact, rules: needers },
          },
          ctx,
        ),
      );
    }
  }
  return sortFindings(findings);
}
