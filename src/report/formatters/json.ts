import type { CheckResult, Finding, KpiCheck, Location } from "../../model/check.js";
import type { Kpi } from "../../model/guide.js";
import type { Formatter } from "../types.js";

/**
 * `--format json`: the SPEC contract `{ schemaVersion, files: [{ path, directionId, findings }], summary }`
 * (schemas/check.schema.json), each file with its optional directionTitle, guide and kpiChecklist. Every object is rebuilt in the model's key order, so the bytes do not
 * depend on how the engine happened to build them; absent optional fields are left out.
 */
export const json: Formatter = (result) => JSON.stringify(orderResult(result), null, 2) + "\n";

/** The result with every key in the order of src/model/check.ts. */
export function orderResult(result: CheckResult): CheckResult {
  return {
    schemaVersion: result.schemaVersion,
    files: result.files.map(
      (f) =>
        pick({
          path: f.path,
          directionId: f.directionId,
          directionTitle: f.directionTitle,
          guide: f.guide && { path: f.guide.path, title: f.guide.title, notice: f.guide.notice },
          findings: f.findings.map(orderFinding),
          kpiChecklist: f.kpiChecklist?.map(orderKpiCheck),
        }) as CheckResult["files"][number],
    ),
    summary: { errors: result.summary.errors, warnings: result.summary.warnings, infos: result.summary.infos },
  };
}

function orderFinding(f: Finding): Finding {
  return pick({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    directionId: f.directionId,
    kpi: f.kpi && orderKpi(f.kpi),
    found: f.found,
    location: orderLocation(f.location),
    messageId: f.messageId,
    data: f.data,
    expected: f.expected,
    actual: f.actual,
    related: f.related?.map((r) => ({ path: r.path, line: r.line, note: r.note })),
    url: f.url,
    fatal: f.fatal,
  }) as Finding;
}

function orderKpiCheck(c: KpiCheck): KpiCheck {
  return pick({
    kpi: orderKpi(c.kpi),
    required: c.required,
    status: c.status,
    stated: c.stated,
    location: c.location && orderLocation(c.location),
    ruleId: c.ruleId,
    waived: c.waived,
  }) as KpiCheck;
}

function orderKpi(k: Kpi): Kpi {
  const span = pick({ startLine: k.span.startLine, endLine: k.span.endLine, page: k.span.page }) as Kpi["span"];
  return { metric: k.metric, op: k.op, value: k.value, max: k.max, unit: k.unit, text: k.text, span };
}

function orderLocation(l: Location): Location {
  return pick({
    path: l.path,
    line: l.line,
    column: l.column,
    endLine: l.endLine,
    endColumn: l.endColumn,
    page: l.page,
    paragraph: l.paragraph,
    table: l.table,
    row: l.row,
    cell: l.cell,
  }) as Location;
}

/** Drop undefined values (JSON.stringify would too, but the object is also returned to callers). */
function pick(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}
