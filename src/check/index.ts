/**
 * `checkDraft`: check one draft's facts against a parsed guide. Resolves the direction the draft applies
 * for, runs every rule of the registry through the runner, and returns sorted findings. Never throws.
 */
import type { DraftFacts } from "../draft/types.js";
import type { Finding, KpiCheck } from "../model/check.js";
import { makeFinding } from "../model/finding.js";
import { bareDirection } from "../model/bare-direction.js";
import type { Direction, GuideDocument } from "../model/guide.js";
import { normalizeDirectionId } from "../structure/heading-numbering.js";
import { ruleDocsUrl } from "./docs.js";
import { coverage, dice, similarity, terms } from "./match.js";
import { kpiChecklist } from "./kpis.js";
import type { Rule } from "./rule.js";
import { RULES, RULE_LIST } from "./rules/index.js";
import type { Lang } from "../i18n/index.js";
import { defaultPlace, renderMessage, runRules, sortFindings, stampFinding, type SeveritySetting } from "./runner.js";

export { RULES, RULE_LIST } from "./rules/index.js";
export { ruleDocsUrl, VERSION } from "./docs.js";
export { effectiveConstraints, type SeveritySetting } from "./runner.js";
export type { Rule, RuleMeta, RuleContext, Report, Bilingual } from "./rule.js";

/** Options of checkDraft. */
export interface CheckOptions {
  /** The direction id to check against (--direction), overriding what the draft names. */
  direction?: string;
  /** Language of messages: zh (default) or en. */
  lang?: Lang;
  /** Severity by rule id; "off" does not run the rule. */
  severity?: Record<string, SeveritySetting>;
  /** The rules to run (default: every rule of RULES). */
  rules?: readonly Rule[];
}

/** How the direction was found, and how sure the match is (1 for an id). */
export interface DirectionMatch {
  by: "option" | "id" | "title" | "project-title" | "only";
  confidence: number;
}

/** The result of checking one draft. */
export interface DraftCheck {
  directionId: string | null;
  /** How the direction was resolved; absent when it was not. */
  directionMatch?: DirectionMatch;
  findings: Finding[];
  /** Every KPI of the direction and how the draft stands on it; absent when the direction was not resolved. */
  kpiChecklist?: KpiCheck[];
}

export { normalizeDirectionId };

interface Ranked {
  d: Direction;
  /** Closeness: the mean of shared terms (Dice) and the share of the draft's title found in the direction's. */
  s: number;
  dice: number;
  cov: number;
}

/** Directions by closeness to a title, best first. */
function rankByTitle(guide: GuideDocument, title: string): Ranked[] {
  const t = terms(title);
  return guide.directions
    .map((d) => {
      const dt = terms(d.title);
      const di = dice(t, dt), cov = coverage(t, dt);
      return { d, s: (di + cov) / 2, dice: di, cov };
    })
    .sort((a, b) => b.s - a.s || (a.d.id < b.d.id ? -1 : a.d.id > b.d.id ? 1 : 0));
}

/**
 * Two candidates are too close to choose: their scores differ by less than AMBIGUOUS_GAP, or the draft's
 * title lies wholly inside both titles without being either (全固态动力电池研发 in 硫化物基… and 聚合物氧化物复合…).
 */
function ambiguous(best: Ranked, second: Ranked | undefined, min: number): boolean {
  if (!second || second.s < min) return false;
  return best.s - second.s < AMBIGUOUS_GAP || (best.cov >= 0.95 && second.cov >= 0.95 && best.dice < 0.95);
}

/** A title match this close is taken; below it, the draft's direction is not found. */
const TITLE_MIN = 0.5;
/** A project title (not a direction title) must match more closely. */
const PROJECT_TITLE_MIN = 0.6;
/** How close a title must be to stand for a direction when the id written beside it is not the guide's. */
const STATED_ID_TITLE_MIN = 0.85;

/** Two candidates whose scores are closer than this are ambiguous. */
const AMBIGUOUS_GAP = 0.1;

type Resolution =
  | { direction: Direction; match: DirectionMatch }
  | { direction: null; messageId: "notFound" | "ambiguous" | "absent"; found: string; candidates: Direction[] };

/** Find the direction a draft applies for: --direction, the id it names, its direction title, its project title. */
export function resolveDirection(guide: GuideDocument, facts: DraftFacts, option?: string): Resolution {
  const byId = (raw: string) => {
    const id = normalizeDirectionId(raw);
    return guide.directions.find((d) => d.id === id) ?? guide.directions.find((d) => d.id === raw.trim()) ?? null;
  };
  const closestById = (raw: string) => {
    const id = normalizeDirectionId(raw);
    return guide.directions.filter((d) => d.id.startsWith(id.split(".")[0])).slice(0, 3);
  };
  if (option !== undefined) {
    const d = byId(option);
    return d
      ? { direction: d, match: { by: "option", confidence: 1 } }
      : { direction: null, messageId: "notFound", found: option, candidates: closestById(option) };
  }
  const named = facts.direction?.value;
  const title = named?.title ?? null;
  if (named?.id) {
    const d = byId(named.id);
    // 指南方向：3 射频/模拟芯片设计 where 3 is 新能源与储能技术 and 一.3 is 射频/模拟芯片设计: an id that shares
    // its number with several directions gives way to a title that is plainly another one's
    if (d && title && similarity(title, d.title) < TITLE_MIN) {
      const ranked = rankByTitle(guide, title);
      const best = ranked[0];
      const sameNumber = best && best.d !== d && best.d.id.split(".").pop() === d.id.split(".").pop();
      if (sameNumber && best.s >= STATED_ID_TITLE_MIN && !ambiguous(best, ranked[1], TITLE_MIN))
        return { direction: best.d, match: { by: "title", confidence: Math.round(best.s * 100) / 100 } };
    }
    if (d) return { direction: d, match: { by: "id", confidence: 1 } };
  }
  const tryTitle = (t: string, by: "title" | "project-title", min: number): Resolution | null => {
    const ranked = rankByTitle(guide, t);
    const best = ranked[0];
    if (!best) return null;
    const second = ranked[1];
    if (best.s >= min && !ambiguous(best, second, min))
      return { direction: best.d, match: { by, confidence: Math.round(best.s * 100) / 100 } };
    if (best.s >= min)
      return { direction: null, messageId: "ambiguous", found: t, candidates: ranked.slice(0, 3).map((r) => r.d) };
    return null;
  };
  if (title) {
    // An id the guide does not have, written beside a title, is a wrong reference unless the title is plainly
    // one direction's: an error should not rest on a guess between the two.
    // (an id naming an area — 所属专题：10 — is no wrong reference: the title picks the direction in it)
    const statedWrong = !!named?.id && !guide.areas.some((a) => a.id === normalizeDirectionId(named.id!));
    const r = tryTitle(title, "title", statedWrong ? STATED_ID_TITLE_MIN : TITLE_MIN);
    if (r) return r;
  }
  if (facts.projectTitle && !named?.id) {
    const r = tryTitle(facts.projectTitle.value, "project-title", PROJECT_TITLE_MIN);
    if (r) return r;
  }
  if (!named && guide.directions.length === 1) return { direction: guide.directions[0], match: { by: "only", confidence: 1 } };
  const found = named?.id ?? title ?? "";
  const probe = title ?? facts.projectTitle?.value ?? "";
  const candidates = probe ? rankByTitle(guide, probe).slice(0, 3).map((r) => r.d) : named?.id ? closestById(named.id) : [];
  return { direction: null, messageId: found ? "notFound" : "absent", found, candidates };
}

/**
 * Check one draft against a guide. Resolves the direction (options.direction, else the id the draft
 * names, else the closest title); when it cannot, returns one direction-not-found finding listing the
 * closest candidates and nothing else. Otherwise runs every rule on the direction's KPIs and its
 * constraints combined with the document rules (the direction's value overriding the document's).
 * Findings are sorted by line, column and rule id. Never throws.
 */
export function checkDraft(guide: GuideDocument, facts: DraftFacts, options: CheckOptions = {}): DraftCheck {
  const lang = options.lang ?? "zh";
  try {
    const res = resolveDirection(guide, facts, options.direction);
    if (!res.direction) {
      const meta = RULES["direction-not-found"].meta;
      const setting = options.severity?.[meta.id] ?? meta.defaultSeverity;
      if (setting === "off") return { directionId: null, findings: [] };
      const candidates = res.candidates.map((d) => `${d.id} ${d.title}`).join(lang === "zh" ? "；" : "; ") || (lang === "zh" ? "无" : "none");
      const f = stampFinding(
        meta,
        {
          messageId: res.messageId,
          at: facts.direction ?? facts.projectTitle ?? null,
          data: { found: res.found, candidates },
          found: { direction: res.found, candidates: res.candidates.map((d) => d.id) },
          // certain only when the draft states an id the guide does not have; otherwise the reference is unclear
          doubtful: !(res.messageId === "notFound" && facts.direction?.value.id),
        },
        { guide, facts, directionId: null, lang, severity: setting },
      );
      // The document-wide rules (government share, PI age, participants …) hold whatever the direction.
      const wide = runRules({
        guide,
        // a stand-in direction holding nothing of its own
        direction: bareDirection("", null, guide.meta.title ?? "", { startLine: 1, endLine: 1 }),
        facts,
        rules: (options.rules ?? RULE_LIST).filter((r) => !r.meta.requires.guide.includes("kpis")),
        lang,
        severity: options.severity,
      }).filter((x) => x.ruleId !== "field-missing" && x.ruleId !== "content-not-covered");
      return { directionId: null, findings: sortFindings([f, ...wide]) };
    }
    const findings = runRules({
      guide,
      direction: res.direction,
      facts,
      rules: options.rules ?? RULE_LIST,
      lang,
      severity: options.severity,
    });
    return { directionId: res.direction.id, directionMatch: res.match, findings: sortFindings(findings), kpiChecklist: kpiChecklist(res.direction, facts) };
  } catch (e) {
    // the runner isolates rules; this guards direction resolution against malformed input
    const error = e instanceof Error ? e.message : String(e);
    const tpl = { zh: "检查出错：{{error}}", en: "The check failed: {{error}}" };
    return {
      directionId: null,
      findings: [
        makeFinding({
          ruleId: "direction-not-found",
          severity: "error",
          message: renderMessage(tpl[lang], { error }),
          directionId: null,
          location: { path: facts?.path ?? "", line: facts ? defaultPlace(facts).line : 1 },
          messageId: "check-crashed",
          data: { error },
          url: ruleDocsUrl("direction-not-found"),
          fatal: true,
        }),
      ],
    };
  }
}
