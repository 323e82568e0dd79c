import type { Finding } from "../../model/check.js";
import { displayPath } from "../paths.js";
import type { Formatter } from "../types.js";

/**
 * `--format github`: one GitHub Actions workflow command per finding (textlint's github formatter),
 * `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=guide [rule]::message`, so findings show
 * as annotations on the pull request. Warnings are `::warning`, infos `::notice`.
 */
export const github: Formatter = (result, ctx) => {
  let out = "";
  for (const file of result.files)
    for (const f of file.findings) {
      const props: [string, string | number | undefined][] = [
        ["file", displayPath(f.location.path || file.path, ctx.cwd)],
        ["line", f.location.line],
        ["endLine", f.location.endLine],
        ["col", f.location.column],
        ["endColumn", f.location.endColumn],
        ["title", `guide [${f.ruleId}]`],
      ];
      const list = props
        .filter((p): p is [string, string | number] => p[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(",");
      out += `::${command(f)} ${list}::${escapeData(messageOf(f, ctx.cwd, ctx.guidePath))}\n`;
    }
  return out;
};

function command(f: Finding): "error" | "warning" | "notice" {
  return f.fatal || f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
}

/** The message with the guide clause behind it, which the annotation would otherwise lose. */
function messageOf(f: Finding, cwd: string, guidePath: string | undefined): string {
  const clause = f.related?.[0];
  return clause ? `${f.message}\n${displayPath(clause.path || guidePath || "", cwd)}:${clause.line}: ${clause.note}` : f.message;
}

/** Escape the message of a workflow command (@actions/core escapeData): % CR LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a property value of a workflow command (@actions/core escapeProperty): also : and ,. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
