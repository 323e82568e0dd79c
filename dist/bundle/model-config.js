import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/model/config.ts
import { z } from "zod";
var RuleLevel = z.enum(["off", "info", "warn", "error"]).describe("off | info | warn | error");
var RuleSetting = z.union([RuleLevel, z.tuple([RuleLevel]), z.tuple([RuleLevel, z.record(z.string(), z.unknown())])], {
  error: "expected off, info, warn or error (or [level, options])"
});
var RuleSettings = z.record(z.string(), RuleSetting).describe("Severity by rule id (off | info | warn | error)");
var Glob = z.string().min(1);
var ConfigGuide = z.strictObject({
  id: z.string().min(1).optional().describe("A short name for this guide, used in messages"),
  notice: z.string().min(1).optional().describe("\u7533\u62A5\u901A\u77E5/\u6307\u5357: a notice file parsed on the fly (path relative to the config)"),
  guide: z.string().min(1).optional().describe("A parsed guide (.yaml/.json from guide parse), path relative to the config"),
  drafts: z.array(Glob).min(1).describe("\u7533\u62A5\u4E66: globs of the drafts checked against this guide"),
  direction: z.string().min(1).optional().describe("\u6307\u5357\u65B9\u5411: check every draft of this entry against this direction id"),
  directions: z.string().min(1).optional().describe('How the notice numbers its directions ("\uFF08\u4E00\uFF09", "1.", "\u65B9\u54111", "1001"), where guide parse reads it wrong (as guide parse --directions)')
}).superRefine((g, ctx) => {
  if (g.directions !== void 0 && g.notice === void 0)
    ctx.addIssue({ code: "custom", message: "directions applies to a notice, not to a parsed guide", path: ["directions"] });
  if (g.notice === void 0 === (g.guide === void 0))
    ctx.addIssue({ code: "custom", message: "give exactly one of notice or guide", path: g.notice === void 0 ? [] : ["guide"] });
}).describe("A guide and the drafts checked against it");
var ConfigOverride = z.strictObject({
  files: z.array(Glob).min(1).describe("Globs of the drafts this override applies to"),
  rules: RuleSettings.optional(),
  direction: z.string().min(1).optional().describe("\u6307\u5357\u65B9\u5411 for these drafts")
}).describe("Settings for the drafts matching `files`");
var ConfigWaiver = z.strictObject({
  file: Glob.describe("The draft (a path or glob, relative to the config)"),
  rule: z.string().min(1).describe("The rule id waived"),
  kpi: z.string().min(1).optional().describe("\u8003\u6838\u6307\u6807: only findings about this KPI metric (\u5149\u7535\u8F6C\u6362\u6548\u7387)"),
  reason: z.string().optional().describe("Why the finding is accepted (required in practice: a waiver without one is reported)")
}).describe("A waiver for a draft that cannot carry inline comments (DOCX, PDF)");
var GuideConfig = z.strictObject({
  guides: z.array(ConfigGuide).default([]).describe("Which drafts are checked against which guide"),
  rules: RuleSettings.optional(),
  overrides: z.array(ConfigOverride).optional().describe("Per-glob settings; later entries win"),
  ignores: z.array(Glob).optional().describe("Globs of files never checked"),
  waivers: z.array(ConfigWaiver).optional().describe("Waivers for DOCX/PDF drafts"),
  baseline: z.string().min(1).optional().describe("Baseline file of accepted findings (default .guide-baseline.json next to the config)")
}).describe("guide.config.yaml");
export {
  ConfigGuide,
  ConfigOverride,
  ConfigWaiver,
  GuideConfig,
  RuleLevel,
  RuleSetting,
  RuleSettings
};
