/**
 * Apply waivers to a draft's findings: inline guide-disable comments (Markdown/TXT) and the config's
 * `waivers` (any format, the way for DOCX/PDF). Waived findings are removed; a waiver without a reason
 * is a `waiver-reason-missing` finding, and with `reportUnused` a waiver that matched nothing is an
 * `unused-waiver` finding.
 */
import { ruleDocsUrl } from "../check/docs.js";
import type { RuleMeta } from "../check/rule.js";
import unusedWaiver from "../check/rules/unused-waiver.js";
import waiverReasonMissing from "../check/rules/waiver-reason-missing.js";
import { renderMessage, type SeveritySetting } from "../check/runner.js";
import type { ConfigWaiverRef } from "../config/plan.js";
import type { Lang } from "../i18n/index.js";
import type { Finding } from "../model/check.js";
import { makeFinding } from "../model/finding.js";
import { waiverRanges, type Directive } from "./inline.js";

/** Rule ids of the waiver findings. */
export const WAIVER_REASON_MISSING = "waiver-reason-missing";
export const UNUSED_WAIVER = "unused-waiver";

/** What applyWaivers needs for one draft. */
export interface WaiverInput {
  /** The draft as shown in reports. */
  path: string;
  directionId: string | null;
  findings: Finding[];
  /** Directives of the draft's raw text; empty for DOCX/PDF. */
  directives: readonly Directive[];
  /** The config's waivers naming this draft. */
  config: readonly ConfigWaiverRef[];
  /** The config file as shown in reports (where config waiver findings point). */
  configPath: string | null;
  severity: Record<string, SeveritySetting>;
  lang: Lang;
  /** Report inline waivers that matched nothing (config waivers are judged over all drafts: unusedConfigWaivers). */
  reportUnused: boolean;
}

/** The outcome for one draft. */
export interface WaiverOutcome {
  /** Findings left, plus waiver findings. */
  findings: Finding[];
  /** Findings removed by a waiver. */
  suppressed: Finding[];
  /** Indexes of config waivers that removed something here. */
  usedConfig: Set<number>;
}

/** A waiver finding, stamped as the runner stamps rule findings. */
export function waiverFinding(
  meta: RuleMeta,
  messageId: string,
  data: Record<string, string | number>,
  location: Finding["location"],
  severity: SeveritySetting,
  lang: Lang,
  directionId: string | null,
): Finding | null {
  if (severity === "off") return null;
  return makeFinding({
    ruleId: meta.id,
    severity,
    message: renderMessage(meta.messages[messageId][lang], data),
    directionId,
    location,
    messageId,
    data,
    url: ruleDocsUrl(meta.id),
  });
}

function kpiOf(f: Finding): string | undefined {
  return f.kpi?.metric ?? (typeof f.data.metric === "string" ? f.data.metric : undefined);
}

/**
 * Remove the findings the waivers cover. Fatal findings (unreadable draft, crashed rule) are never
 * waived: they mean the check did not happen. Waiver findings are not waivable either.
 */
export function applyWaivers(input: WaiverInput): WaiverOutcome {
  const { lang, directionId } = input;
  const sev = (id: string, meta: RuleMeta): SeveritySetting => input.severity[id] ?? meta.defaultSeverity;
  const ranges = waiverRanges(input.directives);
  const usedRanges = new Set<(typeof ranges)[number]>();
  const usedConfig = new Set<number>();
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of input.findings) {
    if (f.fatal) {
      kept.push(f);
      continue;
    }
    const line = f.location.line;
    const byInline = ranges.filter((r) => (r.rule === "*" || r.rule === f.ruleId) && line >= r.from && line <= r.to);
    const byConfig = input.config.filter((w) => w.rule === f.ruleId && (w.kpi === undefined || w.kpi === kpiOf(f)));
    if (byInline.length === 0 && byConfig.length === 0) {
      kept.push(f);
      continue;
    }
    for (const r of byInline) usedRanges.add(r);
    for (const w of byConfig) usedConfig.add(w.index);
    suppressed.push(f);
  }

  const extra: Finding[] = [];
  const rm = waiverReasonMissing.meta;
  for (const d of input.directives) {
    if (d.kind === "enable" || d.reason !== null) continue;
    const f = waiverFinding(
      rm,
      "inline",
      { directive: `guide-${d.kind}`, rules: d.rules.join(", ") },
      { path: input.path, line: d.line, column: d.column },
      sev(rm.id, rm),
      lang,
      directionId,
    );
    if (f) extra.push(f);
  }
  if (input.configPath !== null)
    for (const w of input.config) {
      if (w.reason !== null) continue;
      const f = waiverFinding(
        rm,
        "config",
        { index: w.index, rules: w.kpi ? `${w.rule} ${w.kpi}` : w.rule },
        { path: input.configPath, line: w.line },
        sev(rm.id, rm),
        lang,
        directionId,
      );
      if (f) extra.push(f);
    }
  if (input.reportUnused) {
    const um = unusedWaiver.meta;
    for (const r of ranges) {
      if (usedRanges.has(r)) continue;
      const d = r.directive;
      const f = waiverFinding(
        um,
        "inline",
        { directive: `guide-${d.kind}`, rule: r.rule },
        { path: input.path, line: d.line, column: d.column },
        sev(um.id, um),
        lang,
        directionId,
      );
      if (f) extra.push(f);
    }
  }
  return { findings: [...kept, ...extra], suppressed, usedConfig };
}

/**
 * Config waivers that removed nothing in any draft checked, as unused-waiver findings (pointing at the
 * waiver's line in the config). Only waivers naming at least one checked draft are judged.
 */
export function unusedConfigWaivers(
  waivers: readonly ConfigWaiverRef[],
  used: ReadonlySet<number>,
  configPath: string,
  severity: Record<string, SeveritySetting>,
  lang: Lang,
): Finding[] {
  const um = unusedWaiver.meta;
  const out: Finding[] = [];
  for (const w of waivers) {
    if (used.has(w.index)) continue;
    const f = waiverFinding(
      um,
      "config",
      { index: w.index, rule: w.kpi ? `${w.rule} ${w.kpi}` : w.rule },
      { path: configPath, line: w.line },
      severity[um.id] ?? um.defaultSeverity,
      lang,
      null,
    );
    if (f) out.push(f);
  }
  return out;
}
