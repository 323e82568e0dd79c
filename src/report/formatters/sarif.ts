import { pathToFileURL } from "node:url";
import type { RuleMeta } from "../../check/rule.js";
import type { Lang } from "../../i18n/index.js";
import type { Finding, Severity } from "../../model/check.js";
import { displayPath } from "../paths.js";
import type { FormatContext, Formatter } from "../types.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * `--format sarif`: SARIF 2.1.0 (HOUSE-STYLE 7.7), for GitHub code scanning and SARIF viewers. One run;
 * `tool.driver.rules` from the rules' meta (every known rule, then any other id a result uses, sorted by
 * id); results with level error/warning/note, the draft location (1-based line and UTF-16 column, declared
 * by `columnKind`), the guide clause as a related location and the PDF page in `properties.page`.
 */
export const sarif: Formatter = (result, ctx) => {
  const ids = new Set(Object.keys(ctx.rules ?? {}));
  const urls = new Map<string, string>();
  for (const file of result.files)
    for (const f of file.findings) {
      ids.add(f.ruleId);
      if (f.url && !urls.has(f.ruleId)) urls.set(f.ruleId, f.url);
    }
  const ruleIds = [...ids].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => descriptor(id, ctx.rules?.[id], ctx.rules?.[id]?.url || urls.get(id), ctx.lang));

  const results = result.files.flatMap((file) =>
    file.findings.map((f) => {
      const loc = f.location;
      const region: Record<string, unknown> = { startLine: loc.line };
      if (loc.column !== undefined) region.startColumn = loc.column;
      if (loc.endLine !== undefined) region.endLine = loc.endLine;
      if (loc.endColumn !== undefined) region.endColumn = loc.endColumn;
      if (f.excerpt) region.snippet = { text: f.excerpt };
      const properties: Record<string, unknown> = { directionId: f.directionId, messageId: f.messageId };
      for (const k of ["page", "paragraph", "table", "row", "cell"] as const) if (loc[k] !== undefined) properties[k] = loc[k];
      if (f.expected !== undefined) properties.expected = f.expected;
      if (f.actual !== undefined) properties.actual = f.actual;
      if (f.fatal) properties.fatal = true;
      const out: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(loc.path || file.path, ctx) }, region } }],
      };
      const related = relatedLocations(f, ctx);
      if (related.length > 0) out.relatedLocations = related;
      out.properties = properties;
      return out;
    }),
  );

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "guide", version: ctx.version ?? "0.0.0", rules } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

function descriptor(id: string, meta: RuleMeta | undefined, url: string | undefined, lang: Lang): Record<string, unknown> {
  const d: Record<string, unknown> = { id };
  if (meta) {
    const text = meta.description[lang];
    d.shortDescription = { text: firstSentence(text) };
    d.fullDescription = { text };
    d.help = { text: url ? `${text} ${url}` : text };
  }
  if (url) d.helpUri = url;
  if (meta) d.defaultConfiguration = { level: LEVEL[meta.defaultSeverity] };
  if (meta) d.properties = { category: meta.category };
  return d;
}

function relatedLocations(f: Finding, ctx: FormatContext): Record<string, unknown>[] {
  return (f.related ?? []).map((r, i) => ({
    id: i + 1,
    physicalLocation: {
      artifactLocation: { uri: toUri(r.path || ctx.guidePath || "", ctx) },
      region: { startLine: r.line },
    },
    message: { text: r.note },
  }));
}

/** A URI reference relative to cwd (`/`-separated, percent-encoded), or a file: URL outside it. */
function toUri(path: string, ctx: FormatContext): string {
  const shown = displayPath(path, ctx.cwd);
  if (shown.startsWith("/")) return pathToFileURL(shown).href;
  return shown.split("/").map(encodeURIComponent).join("/");
}

/** The first sentence of a description (SARIF shortDescription). */
function firstSentence(text: string): string {
  const match = /^.*?(?:[。！？]|[.!?](?=\s|$))/u.exec(text);
  return match ? match[0] : text;
}
