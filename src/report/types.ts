import type { RuleMeta } from "../check/rule.js";
import type { Lang } from "../i18n/index.js";
import type { CheckResult } from "../model/check.js";

/** What a formatter may know besides the result: no streams, no clock, no environment (the time comes in here). */
export interface FormatContext {
  /** Language of the formatter's own words (headings, summary); findings come already rendered. */
  lang: Lang;
  /** Colour (chalk) in the text format; decided by the CLI from the stream and NO_COLOR. */
  color: boolean;
  /** Directory paths are shown relative to (and SARIF URIs are made relative to). */
  cwd: string;
  /** Rule metadata by id, with the rule's documentation URL when known (SARIF tool.driver.rules). */
  rules?: Record<string, RuleMeta & { url?: string }>;
  /** The guide the drafts were checked against, as the user named it. */
  guidePath?: string;
  /** Version of guide (SARIF tool.driver.version); "0.0.0" when not given. */
  version?: string;
  /**
   * When the report was made, ISO 8601 UTC (2025-05-01T08:00:00Z), shown by the html format; the CLI gives it
   * (reportTime: SOURCE_DATE_EPOCH, else the clock). Absent: the report carries no date.
   */
  generatedAt?: string;
}

/** A formatter: pure, same result and context → same string. */
export type Formatter = (result: CheckResult, ctx: FormatContext) => string;
