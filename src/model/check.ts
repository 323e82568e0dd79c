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

/** The result of checking one or more drafts: what `guide check --format json` prints. */
export const CheckResult = z
  .object({
    schemaVersion: z.literal(1),
    files: z.array(
      z.object({
        path: z.string(),
        directionId: z.string().nullable().describe("Direction the draft was matched to, null when none"),
        findings: z.array(Finding),
      }),
    ),
    summary: z.object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() }),
  })
  .describe("guide check output");
export type CheckResult = z.infer<typeof CheckResult>;
