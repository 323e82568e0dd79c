import { z } from "zod";

/**
 * A rule's severity in guide.config.yaml (HOUSE-STYLE 7.7): `off` does not run the rule, `warn` is a
 * warning finding (SARIF warning), `info` a note.
 */
export const RuleLevel = z.enum(["off", "info", "warn", "error"]).describe("off | info | warn | error");
export type RuleLevel = z.infer<typeof RuleLevel>;

/**
 * A rule setting: a level, or `[level, options]` (HOUSE-STYLE 7.7). No rule takes options yet; the
 * tuple form is accepted so that configs stay valid when one does.
 */
export const RuleSetting = z.union([RuleLevel, z.tuple([RuleLevel]), z.tuple([RuleLevel, z.record(z.string(), z.unknown())])], {
  error: "expected off, info, warn or error (or [level, options])",
});
export type RuleSetting = z.infer<typeof RuleSetting>;

/** Severity by rule id: `{ content-not-covered: off, field-missing: error }`. */
export const RuleSettings = z.record(z.string(), RuleSetting).describe("Severity by rule id (off | info | warn | error)");
export type RuleSettings = z.infer<typeof RuleSettings>;

/** A glob, relative to the folder of guide.config.yaml, that must stay inside the repository. */
const Glob = z.string().min(1);

/**
 * Which drafts go with which notice (申报通知/指南) and direction. `notice` names a notice file parsed on
 * the fly (TXT, MD, HTML, PDF, DOCX); `guide` a guide already parsed by `guide parse` (.yaml/.json).
 * Exactly one of the two.
 */
export const ConfigGuide = z
  .strictObject({
    id: z.string().min(1).optional().describe("A short name for this guide, used in messages"),
    notice: z.string().min(1).optional().describe("申报通知/指南: a notice file parsed on the fly (path relative to the config)"),
    guide: z.string().min(1).optional().describe("A parsed guide (.yaml/.json from guide parse), path relative to the config"),
    drafts: z.array(Glob).min(1).describe("申报书: globs of the drafts checked against this guide"),
    direction: z.string().min(1).optional().describe("指南方向: check every draft of this entry against this direction id"),
    directions: z
      .string()
      .min(1)
      .optional()
      .describe('How the notice numbers its directions ("（一）", "1.", "方向1", "1001"), where guide parse reads it wrong (as guide parse --directions)'),
  })
  .superRefine((g, ctx) => {
    if (g.directions !== undefined && g.notice === undefined)
      ctx.addIssue({ code: "custom", message: "directions applies to a notice, not to a parsed guide", path: ["directions"] });
    if ((g.notice === undefined) === (g.guide === undefined))
      ctx.addIssue({ code: "custom", message: "give exactly one of notice or guide", path: g.notice === undefined ? [] : ["guide"] });
  })
  .describe("A guide and the drafts checked against it");
export type ConfigGuide = z.infer<typeof ConfigGuide>;

/** Rule settings (and a direction) for the drafts matching some globs; later overrides win. */
export const ConfigOverride = z
  .strictObject({
    files: z.array(Glob).min(1).describe("Globs of the drafts this override applies to"),
    rules: RuleSettings.optional(),
    direction: z.string().min(1).optional().describe("指南方向 for these drafts"),
  })
  .describe("Settings for the drafts matching `files`");
export type ConfigOverride = z.infer<typeof ConfigOverride>;

/**
 * A waiver of one rule for one draft: the way to waive findings in DOCX and PDF drafts, which cannot
 * carry `<!-- guide-disable … -->` comments. A waiver without a reason is reported (waiver-reason-missing).
 */
export const ConfigWaiver = z
  .strictObject({
    file: Glob.describe("The draft (a path or glob, relative to the config)"),
    rule: z.string().min(1).describe("The rule id waived"),
    kpi: z.string().min(1).optional().describe("考核指标: only findings about this KPI metric (光电转换效率)"),
    reason: z.string().optional().describe("Why the finding is accepted (required in practice: a waiver without one is reported)"),
  })
  .describe("A waiver for a draft that cannot carry inline comments (DOCX, PDF)");
export type ConfigWaiver = z.infer<typeof ConfigWaiver>;

/**
 * guide.config.yaml: what `guide check` with no file arguments checks, and how. Paths and globs are
 * relative to the folder of the config file and must stay inside the repository.
 */
export const GuideConfig = z
  .strictObject({
    guides: z.array(ConfigGuide).default([]).describe("Which drafts are checked against which guide"),
    rules: RuleSettings.optional(),
    overrides: z.array(ConfigOverride).optional().describe("Per-glob settings; later entries win"),
    ignores: z.array(Glob).optional().describe("Globs of files never checked"),
    waivers: z.array(ConfigWaiver).optional().describe("Waivers for DOCX/PDF drafts"),
    baseline: z.string().min(1).optional().describe("Baseline file of accepted findings (default .guide-baseline.json next to the config)"),
  })
  .describe("guide.config.yaml");
export type GuideConfig = z.infer<typeof GuideConfig>;
