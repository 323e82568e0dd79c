import { extname } from "node:path";
import type { ValidateFunction } from "ajv";
import { GuideError } from "./errors.js";

/** One schema violation: where (JSON pointer without the leading slash) and what. */
export interface SchemaIssue {
  /** e.g. `directions/3/kpis/0/op`; empty for the document root. */
  path: string;
  /** ajv's message plus the allowed values or offending property when ajv knows them. */
  message: string;
}

/**
 * Parse the text of a guide file: JSON for `.json`, otherwise YAML read safely (core schema, no
 * custom tags, at most 100 aliases so an alias bomb cannot blow up memory). Throws `invalid-guide`.
 */
export async function loadGuideText(text: string, path: string): Promise<unknown> {
  const body = text.replace(/^\uFEFF/, "");
  if (extname(path).toLowerCase() === ".json") {
    try {
      return JSON.parse(body);
    } catch (err) {
      throw new GuideError("invalid-guide", path, { detail: (err as Error).message });
    }
  }
  const [{ LineCounter }, { parseYamlDocument }] = await Promise.all([import("yaml"), import("./yaml-document.js")]);
  const lines = new LineCounter();
  const doc = parseYamlDocument(body, { schema: "core", customTags: [], uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  // An unknown tag (`!!js/function`, `!custom`) is only a warning to the yaml library, which then reads the
  // value as a plain string; a guide never has tags, so it is refused like a syntax error (issue 6).
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new GuideError("invalid-guide", path, { detail: `${yamlPlace(problem, lines)}${problem.message.split("\n")[0]}` });
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new GuideError("invalid-guide", path, { detail: (err as Error).message.split("\n")[0] });
  }
}

/** "line 4, column 4: " of a yaml library problem (prettyErrors is off, so its place is read from its offset). */
export function yamlPlace(problem: { pos: [number, number] }, lines: { linePos(offset: number): { line: number; col: number } }): string {
  const at = lines.linePos(problem.pos[0]);
  return `line ${at.line}, column ${at.col}: `;
}

/**
 * Validate a value against schemas/guide.schema.json (draft 2020-12, all errors), with the validator ajv
 * compiled ahead of time (src/model/guide-validate.ts, written by `npm run schemas`).
 */
export async function validateGuideValue(value: unknown): Promise<SchemaIssue[]> {
  const check = (await import("../model/guide-validate.js")).validate as ValidateFunction;
  if (check(value)) return [];
  return (check.errors ?? []).map((e) => {
    const p = e.params as Record<string, unknown>;
    let extra = "";
    if (Array.isArray(p.allowedValues)) extra = ` (${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`;
    else if (p.allowedValue !== undefined) extra = ` (${JSON.stringify(p.allowedValue)})`;
    else if (typeof p.additionalProperty === "string") extra = `: ${p.additionalProperty}`;
    return { path: e.instancePath.replace(/^\//, ""), message: `${e.message ?? e.keyword}${extra}` };
  });
}
