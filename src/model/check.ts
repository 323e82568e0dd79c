import { z } from "zod";
import { Kpi } from "./guide.js";

/** How serious a finding is; SARIF error / warning / note. */
export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** Where a finding points: a place in a draft (or in the guide, for related locations). */
export const Location = z
  .object({
    path: z.string().describe("File the finding is about"),
    line: z.number().int().min(1).describe("1-based line"),
    column: z.number().int().min(1).optional().describe("1-based column, UTF-16 code units"),
    endLine: z.number().int().min(1).optional(),
    endColumn: z.number().int().min(1).optional(),
    page: z.number().int().min(1).optional().describe("Page of a paged draft (PDF)"),
    paragraph: z.number().int().min(1).optional().describe("Paragraph of a Word draft (DOCX), counting paragraphs with text"),
    table: z.number().int().min(1).optional().describe("Table of a Word draft (DOCX), with row and cell"),
    row: z.number().int().min(1).optional(),
    cell: z.number().int().min(1).optional(),
  })
  .describe("A place in a file");
export type Location = z.infer<typeof Location>;

/** One way a draft fails its guide (or a note about it). */
export const Finding = z
  .object({
    ruleId: z.string().describe("Stable rule id: kpi-threshold-not-met, funding-over-cap, …"),
    severity: Severity,
    message: z.string().describe("Rendered in the requested language (zh by default)"),
    directionId: z.string().nullable().describe("The guide direction the draft was checked against"),
    kpi: Kpi.optional().describe("The guide's KPI the finding is about"),
    found: z.record(z.string(), z.unknown()).optional().describe("What the draft says, as data"),
    location: Location,
    excerpt: z.string().optional().describe("The draft text the finding is about (its line, shortened)"),
    messageId: z.string().describe("Which message of the rule: tests assert this, never the wording"),
    data: z.record(z.string(), z.union([z.string(), z.number()])).describe("Values filled into the message"),
    expected: z.string().optional().describe("What the guide requires, short"),
    actual: z.string().optional().describe("What the draft says, short"),
    related: z
      .array(z.object({ path: z.string(), line: z.number().int().min(1), note: z.string() }))
      .optional()
      .describe("The guide clause behind the finding"),
    url: z.string().describe("The rule's documentation"),
    fatal: z.literal(true).optional().describe("The draft could not be read, or a rule crashed"),
  })
  .describe("A finding of guide check");
export type Finding = z.infer<typeof Finding>;

/**
 * How a KPI of the direction stands in a draft: met; not met (falls short, or stated in a unit that does not
 * compare); not stated; doubtful (a shortfall or a unit the check cannot be sure of, reported as a warning at
 * most); not required (another of the alternatives the guide offers is answered: 或, 选择其中1套).
 */
export const KpiStatus = z.enum(["met", "not-met", "not-stated", "doubtful", "not-required"]);
export type KpiStatus = z.infer<typeof KpiStatus>;

/** One row of a draft's KPI checklist: a KPI of the guide's direction and what the draft commits to for it. */
export const KpiCheck = z
  .object({
    kpi: Kpi.describe("The guide's KPI"),
    required: z.string().describe("The guide's threshold, short: ≥95%, 3–5件"),
    status: KpiStatus,
    stated: z.string().optional().describe("What the draft commits to, short (absent when it states nothing for the KPI)"),
    location: Location.optional().describe("Where the draft states it"),
    ruleId: z.string().optional().describe("The rule whose finding reports the KPI when it is not met, not stated or doubtful"),
    waived: z.literal(true).optional().describe("That finding was waived (inline comment or config waiver) or accepted by the baseline"),
  })
  .describe("A KPI of the direction, checked");
export type KpiCheck = z.infer<typeof KpiCheck>;

/** The guide a draft was checked against. */
export const CheckedGuide = z
  .object({
    path: z.string().describe("The guide as the user named it (--guide or guide.config.yaml): a parsed guide or a notice"),
    title: z.string().nullable().describe("The notice's own title"),
    notice: z.string().describe("The notice the guide was read from (its clauses' lines refer to it)"),
  })
  .describe("The guide a draft was checked against");
export type CheckedGuide = z.infer<typeof CheckedGuide>;

/** The result of checking one or more drafts: what `guide check --format json` prints. */
export const CheckResult = z
  .object({
    schemaVersion: z.literal(1),
    files: z.array(
      z.object({
        path: z.string(),
        directionId: z.string().nullable().describe("Direction the draft was matched to, null when none"),
        directionTitle: z.string().optional().describe("That direction's title"),
        guide: CheckedGuide.optional(),
        findings: z.array(Finding),
        kpiChecklist: z
          .array(KpiCheck)
          .optional()
          .describe("Every KPI of the direction, in the guide's order (absent when no direction was matched or the draft could not be read)"),
      }),
    ),
    summary: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() }),
  })
  .describe("guide check output");
export type CheckResult = z.infer<typeof CheckResult>;
