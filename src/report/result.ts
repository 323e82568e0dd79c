import type { CheckResult, Finding, Severity } from "../model/check.js";

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
  const sorted = files.map((f) => ({ path: f.path, directionId: f.directionId, findings: sortFindings(f.findings) }));
  return { schemaVersion: 1, files: sorted, summary: summarize(sorted) };
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
