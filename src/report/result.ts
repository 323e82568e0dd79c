import type { CheckResult, Finding, KpiCheck, Severity } from "../model/check.js";
import type { Kpi } from "../model/guide.js";

/** Rule id of the fatal finding of a draft that could not be read (HOUSE-STYLE 7.8.10). */
export const DRAFT_UNREADABLE = "draft-unreadable";

/** One checked draft, before the summary is added. */
export type CheckedFile = CheckResult["files"][number];

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * Findings in a stable order: by line, column, then rule id; ties keep the engine's order (sort is
 * stable), so the same draft always gives the same bytes.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.location.line - b.location.line ||
      (a.location.column ?? 0) - (b.location.column ?? 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/** Count findings by severity (a fatal finding is an error). */
export function summarize(files: readonly CheckedFile[]): CheckResult["summary"] {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const file of files)
    for (const f of file.findings) {
      if (f.severity === "error") summary.errors++;
      else if (f.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  return summary;
}

/** The CheckResult of checked drafts, in the order given (argument order). */
export function buildResult(files: readonly CheckedFile[]): CheckResult {
  const sorted = files.map(
    (f): CheckedFile => ({
      path: f.path,
      directionId: f.directionId,
      ...(f.directionTitle !== undefined ? { directionTitle: f.directionTitle } : {}),
      ...(f.guide ? { guide: f.guide } : {}),
      findings: sortFindings(f.findings),
      ...(f.kpiChecklist ? { kpiChecklist: f.kpiChecklist } : {}),
    }),
  );
  return { schemaVersion: 1, files: sorted, summary: summarize(sorted) };
}

/**
 * The finding that reports a row of the KPI checklist, among a draft's findings: one of the row's rule about
 * the same guide KPI (field-missing: the one about the draft's KPIs as a whole). Undefined when there is none
 * (the KPI is met, the rule is off, or the finding was waived).
 */
export function findingOfKpi(row: KpiCheck, findings: readonly Finding[]): Finding | undefined {
  if (row.ruleId === undefined) return undefined;
  if (row.ruleId === "field-missing") return findings.find((f) => f.ruleId === row.ruleId && f.found?.fact === "kpis");
  return findings.find((f) => f.ruleId === row.ruleId && f.kpi !== undefined && sameKpi(f.kpi, row.kpi));
}

function sameKpi(a: Kpi, b: Kpi): boolean {
  return a.metric === b.metric && a.text === b.text && a.op === b.op && a.value === b.value && a.max === b.max && a.unit === b.unit && a.span.startLine === b.span.startLine;
}

/**
 * Mark the checklist rows whose finding the engine reported but waivers or the baseline then removed:
 * `before` are a draft's findings as checked, `after` the draft as reported.
 */
export function markWaivedKpis(before: readonly Finding[], after: CheckedFile): CheckedFile {
  if (!after.kpiChecklist) return after;
  const kpiChecklist = after.kpiChecklist.map((row) =>
    findingOfKpi(row, before) && !findingOfKpi(row, after.findings) ? { ...row, waived: true as const } : row,
  );
  return { ...after, kpiChecklist };
}

/** The result with its errors only (`--quiet`, as ESLint's): warnings and infos are left out, summary too. */
export function errorsOnly(result: CheckResult): CheckResult {
  return buildResult(result.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === "error") })));
}

/**
 * Exit code of a check (SPEC, HOUSE-STYLE 7.7): 2 when any finding is fatal (the tool could not read
 * a draft), 1 when a finding is at or above `failOn` or there are more warnings than `maxWarnings`, else 0.
 */
export function exitCodeOf(result: CheckResult, failOn: "warning" | "error" = "error", maxWarnings?: number): 0 | 1 | 2 {
  let code: 0 | 1 | 2 = maxWarnings !== undefined && result.summary.warnings > maxWarnings ? 1 : 0;
  for (const file of result.files)
    for (const f of file.findings) {
      if (f.fatal) return 2;
      if (RANK[f.severity] >= RANK[failOn]) code = 1;
    }
  return code;
}
