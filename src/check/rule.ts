import type { DraftFacts, FactPlace } from "../draft/types.js";
import type { Severity } from "../model/check.js";
import type { Constraint, Direction, GuideDocument, Kpi } from "../model/guide.js";

/** A text in both languages of the tool. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** What a rule is, as data (ESLint `meta`, markdownlint rule objects): the runner and formatters read it. */
export interface RuleMeta {
  /** SPEC rule id, equal to the file name: funding-over-cap. */
  id: string;
  category: "direction" | "kpi" | "funding" | "duration" | "partners" | "applicant" | "content" | "input";
  defaultSeverity: Severity;
  description: Bilingual;
  /**
   * Facts the rule needs. A missing guide fact means the rule does not apply; a missing draft fact
   * (a DraftFacts path such as "budget.government") becomes one field-missing finding.
   * Guide facts are constraint kinds of the direction's combined constraints ("funding_cap") or
   * "kpis". Either list may give alternatives with "|" ("budget.selfFunded|budget.total": one is
   * enough), and a draft fact may be needed only when the guide has a constraint kind:
   * "pi.birthDate if pi_age_max". A fact is missing when it is null, undefined or an empty list.
   */
  requires: { guide: string[]; draft: string[] };
  /** Message templates by messageId, with {{placeholders}} filled from `data`. */
  messages: Record<string, Bilingual>;
  /**
   * Who reports a rule that has no check of its own: `resolver` (checkDraft, while it resolves the direction),
   * `runner` (from the other rules' `requires`), `waivers` (src/waivers, from comments and the config).
   */
  reportedBy?: "resolver" | "runner" | "waivers";
}

/** What a rule reports: relative facts; the runner stamps id, severity, url, language and location. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** The draft fact the finding is about (its place becomes the location); omitted → the direction line. */
  at?: FactPlace | null;
  kpi?: Kpi;
  found?: Record<string, unknown>;
  expected?: string;
  actual?: string;
  /**
   * The guide clause behind the finding — a Constraint, a Kpi or the direction — whose span becomes a
   * related location and whose text is quoted there.
   */
  clause?: { span: { startLine: number }; text?: string; note?: string };
  /** Placeholder values that differ by language (a fact's name: 申请财政经费 / requested funding). */
  i18n?: Record<string, Bilingual>;
  /**
   * The evidence is not unambiguous (a unit not understood, a reading that could be wrong): the finding is
   * at most a warning, whatever the rule's severity (SPEC: an error only from unambiguous evidence).
   */
  doubtful?: boolean;
}

/** What a rule's check sees. */
export interface RuleContext {
  guide: GuideDocument;
  direction: Direction;
  /**
   * The constraints that hold for this direction: the guide's document rules combined with the
   * direction's own constraints and fields, the direction's value overriding the document's.
   */
  constraints: Constraint[];
  facts: DraftFacts;
  report(r: Report): void;
}

/** A rule: metadata plus a pure check (no fs, no process, no severity, no url). */
export interface Rule {
  meta: RuleMeta;
  /** The check; absent exactly when `meta.reportedBy` names who reports the rule instead. */
  check?(context: RuleContext): void;
}

/** Declare a rule: it checks something, or its metadata says who reports it, never neither or both. */
export function defineRule(rule: Rule): Rule {
  if ((rule.check === undefined) === (rule.meta.reportedBy === undefined))
    throw new Error(`rule ${rule.meta.id}: give it a check() or meta.reportedBy, not ${rule.check ? "both" : "neither"}`);
  return rule;
}
