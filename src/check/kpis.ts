/**
 * What the check makes of each KPI of a direction: the draft's commitment that answers it, the verdict and
 * how sure it is. The three KPI rules report from this assessment and the KPI checklist of the result is
 * made from it, so a checklist row and the finding about its KPI cannot disagree.
 */
import type { DraftFacts } from "../draft/types.js";
import type { KpiCheck, KpiStatus } from "../model/check.js";
import type { Direction, Kpi } from "../model/guide.js";
import { compareKpi, coverage, matchKpis, requirementText, terms, type KpiPair, type Verdict } from "./match.js";
import { understoodUnit } from "./quantity-units.js";
import { locationOf } from "./runner.js";

/** One guide KPI of the direction against the draft. */
export interface KpiAssessment {
  pair: KpiPair;
  /** The verdict on the committed value that answers the KPI; "unanswered" when no commitment does. */
  verdict: Verdict | "unanswered";
  /**
   * Whether an unanswered KPI is owed: not when the notice offers alternatives and the draft answers another
   * (选择其中1套考核指标: the set the draft answers most of; 销售不少于1万套或销售收入不低于2亿元: either target).
   */
  owed: boolean;
  /** The evidence is not unambiguous (SPEC: an error only from unambiguous evidence): a warning at most. */
  doubtful: boolean;
}

const cache = new WeakMap<Direction, WeakMap<DraftFacts, KpiAssessment[]>>();

/** Assess every KPI of the direction against the draft's commitments, in the guide's order. */
export function assessKpis(direction: Direction, facts: DraftFacts): KpiAssessment[] {
  let byFacts = cache.get(direction);
  const hit = byFacts?.get(facts);
  if (hit) return hit;
  const pairs = matchKpis(direction.kpis, facts.kpis, facts.lines);
  const chosen = chosenOption(pairs);
  let draftTerms: Set<string> | undefined;
  const out = pairs.map((p): KpiAssessment => {
    if (!p.committed) {
      const owed = (p.guide.option === undefined || p.guide.option === chosen) && !alternativeAnswered(p.guide, pairs);
      const metric = terms(p.guide.metric);
      draftTerms ??= terms(facts.lines.join("\n"));
      // Sure only when the guide names the KPI and the draft never speaks of it; a KPI the draft mentions
      // without a value that could be read, or one the guide gives no name, is doubtful.
      return { pair: p, verdict: "unanswered", owed, doubtful: metric.size < 2 || coverage(metric, draftTerms) >= 0.5 };
    }
    const c = p.committed.value;
    const verdict = compareKpi(p.guide, c);
    // A value read beside a commitment, or one another guide KPI fits as well and judges otherwise, may not
    // be this KPI's; a unit mismatch is sure only when both units are understood and measure different things.
    const doubtful =
      verdict === "fail"
        ? p.secondary || p.rivals.some((r) => compareKpi(r, c) === "pass")
        : verdict === "incompatible"
          ? !understoodUnit(c.unit) || !understoodUnit(p.guide.unit) || p.secondary || p.rivals.some((r) => compareKpi(r, c) !== "incompatible")
          : false;
    return { pair: p, verdict, owed: true, doubtful };
  });
  if (!byFacts) cache.set(direction, (byFacts = new WeakMap()));
  byFacts.set(facts, out);
  return out;
}

/** Is `k` one of several targets joined by 或 in its clause, another of which the draft answers? */
function alternativeAnswered(k: Kpi, pairs: readonly KpiPair[]): boolean {
  if (!/或/.test(k.text)) return false;
  return pairs.some((o) => o.guide !== k && o.committed && o.guide.text === k.text);
}

/** Of the alternative KPI sets a notice offers, the one the draft answers most of (the first on a tie). */
function chosenOption(pairs: readonly KpiPair[]): string | undefined {
  const answered = new Map<string, number>();
  for (const p of pairs) if (p.guide.option !== undefined) answered.set(p.guide.option, (answered.get(p.guide.option) ?? 0) + (p.committed ? 1 : 0));
  let best: string | undefined;
  for (const [option, n] of answered) if (best === undefined || n > answered.get(best)!) best = option;
  return best;
}

/**
 * The KPI checklist of a draft: every KPI of the direction with its status and the rule whose finding
 * reports it (kpi-threshold-not-met, kpi-unit-incompatible, kpi-missing; field-missing when the draft states
 * no KPI at all, since the KPI rules then do not run). The statuses are the engine's whatever the rules'
 * severities; waivers and the baseline are marked later, by the check run.
 */
export function kpiChecklist(direction: Direction, facts: DraftFacts): KpiCheck[] {
  const noKpis = facts.kpis.length === 0;
  return assessKpis(direction, facts).map(({ pair, verdict, owed, doubtful }) => {
    const row: KpiCheck = { kpi: pair.guide, required: requirementText(pair.guide), status: statusOf(verdict, owed, doubtful) };
    if (pair.committed) {
      row.stated = requirementText(pair.committed.value);
      row.location = locationOf(pair.committed, facts.path);
    }
    const ruleId = { fail: "kpi-threshold-not-met", incompatible: "kpi-unit-incompatible", unanswered: noKpis ? "field-missing" : "kpi-missing", pass: undefined }[verdict];
    if (ruleId !== undefined && row.status !== "not-required") row.ruleId = ruleId;
    return row;
  });
}

function statusOf(verdict: KpiAssessment["verdict"], owed: boolean, doubtful: boolean): KpiStatus {
  if (verdict === "pass") return "met";
  if (verdict === "unanswered") return owed ? "not-stated" : "not-required";
  return doubtful ? "doubtful" : "not-met";
}
