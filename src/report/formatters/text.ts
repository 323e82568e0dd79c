import { Chalk, type ChalkInstance } from "chalk";
import { fill, messagesFor } from "../../i18n/index.js";
import type { Finding } from "../../model/check.js";
import { displayPath, placeNote } from "../paths.js";
import type { Formatter } from "../types.js";

type Group = "fatal" | "error" | "warning" | "info";
const GROUPS: readonly Group[] = ["fatal", "error", "warning", "info"];

/**
 * `--format text` (default): per draft in argument order, its findings grouped by severity, each led by
 * `path:line:column` (which terminals and editors turn into links), the rule id after the message, the
 * guide clause quoted with its line, and one summary line at the end. Colour only when `ctx.color`.
 */
export const text: Formatter = (result, ctx) => {
  const m = messagesFor(ctx.lang).check;
  // level 0 writes no escape codes at all, so colour is decided here and nowhere else.
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint: Record<Group, ChalkInstance> = { fatal: c.red.bold, error: c.red, warning: c.yellow, info: c.cyan };
  const lines: string[] = [];

  for (const file of result.files) {
    const shown = displayPath(file.path, ctx.cwd);
    const direction = file.directionId === null ? "" : `  ${c.dim(fill(m.direction, { id: file.directionId }))}`;
    lines.push(c.underline(shown) + direction);
    if (file.findings.length === 0) lines.push(`  ${c.green("✓")} ${m.clean}`);
    for (const group of GROUPS) {
      const findings = file.findings.filter((f) => groupOf(f) === group);
      if (findings.length === 0) continue;
      lines.push(`  ${paint[group](m.severity[group])}`);
      for (const f of findings) {
        const at = `${displayPath(f.location.path || file.path, ctx.cwd)}:${f.location.line}${f.location.column ? `:${f.location.column}` : ""}`;
        const place = placeNote(f.location, ctx.lang);
        lines.push(`    ${at}${place ? c.dim(` (${place})`) : ""}  ${oneLine(f.message)}  ${c.dim(f.ruleId)}`);
        if (f.excerpt) lines.push(`      ${c.dim(`> ${oneLine(f.excerpt)}`)}`);
        for (const r of f.related ?? []) {
          const where = `${displayPath(r.path || ctx.guidePath || "", ctx.cwd)}:${r.line}`;
          lines.push(`      ${c.dim(fill(m.clause, { where, note: `「${oneLine(r.note)}」` }))}`);
        }
        if (f.expected !== undefined || f.actual !== undefined) {
          const parts = [
            f.expected !== undefined ? `${m.expected} ${f.expected}` : "",
            f.actual !== undefined ? `${m.actual} ${f.actual}` : "",
          ].filter(Boolean);
          lines.push(`      ${c.dim(oneLine(parts.join(" · ")))}`);
        }
      }
    }
    lines.push("");
  }

  const { errors, warnings, infos } = result.summary;
  const summary = fill(m.summary, { files: result.files.length, errors, warnings, infos });
  lines.push(errors > 0 ? c.red.bold(`✖ ${summary}`) : warnings > 0 ? c.yellow.bold(`⚠ ${summary}`) : c.green.bold(`✓ ${summary}`));
  return lines.join("\n") + "\n";
};

function groupOf(f: Finding): Group {
  return f.fatal ? "fatal" : f.severity;
}

/** A finding is one line of the report: a message that spans lines would break path:line parsing. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
