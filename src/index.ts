/**
 * The library API of guide (HOUSE-STYLE 7.1): what a programme needs to read notices and check drafts
 * the way `guide parse` and `guide check` do. Nothing here touches the process (no console, no exit, no
 * argv); the CLI in src/cli is its first consumer. README.md "API" shows it in use, and
 * test/api.test.ts runs that example against the built package.
 */

/** A notice (TXT, MD, HTML, PDF, DOCX bytes) → GuideDocument. */
export { parseGuide, type ParseOptions } from "./parse.js";
/** A guide file (.yaml/.json, validated against schemas/guide.schema.json) or a notice → GuideDocument. */
export { loadGuide } from "./batch/guide.js";
/** A draft (bytes, plus its sidecar) → the facts checkDraft compares with a guide. */
export { readDraft, type ReadDraftOptions } from "./draft/index.js";
export type { DraftFacts } from "./draft/types.js";
/** One draft's facts against a guide → its direction and findings. */
export { checkDraft, RULES, VERSION, ruleDocsUrl, type CheckOptions, type DraftCheck, type RuleMeta, type SeveritySetting } from "./check/index.js";
/** The whole `guide check` run: config, plan, worker threads, notice cache, waivers, baseline. */
export { calculateConfigForFile, checkFiles, planCheck, runCheckPlan, type CheckFilesOptions, type CheckPlan, type CheckRun } from "./batch/run.js";
export type { FileConfig } from "./config/plan.js";
export type { CheckEngine } from "./batch/engine.js";
/** Reports of a CheckResult: text, json, sarif, junit, github, html. */
export { FORMATTERS, FORMAT_NAMES, type FormatContext, type FormatName, type Formatter } from "./report/formatters/index.js";
export { buildResult, exitCodeOf } from "./report/result.js";
/** Bad input and bad config: GuideError, and its one-line message in a language. */
export { GuideError, type GuideErrorCode } from "./core/errors.js";
export { formatGuideError } from "./i18n/errors.js";
export type { Lang } from "./i18n/index.js";
/** The zod models and their types: GuideDocument, Direction, Kpi…; CheckResult, Finding… */
export * from "./model/guide.js";
export * from "./model/check.js";
