import { writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { CheckResult } from "./check.js";
import { GuideConfig } from "./config.js";
import { GuideDocument } from "./guide.js";
import { Proposal } from "./proposal.js";

/** `$id` of the published guide schema; bump the version suffix with `schemaVersion`. */
export const GUIDE_SCHEMA_ID = "urn:guide:schema:guide:1";

/** Where the committed schema lives, relative to this module (works from src/ and dist/). */
export const GUIDE_SCHEMA_URL = new URL("../../schemas/guide.schema.json", import.meta.url);

/** The published schemas: `guide schema --name NAME` prints `schemas/NAME.schema.json`. */
export const SCHEMAS = {
  /** A parsed notice (GuideDocument), what `guide parse` prints. */
  guide: { model: GuideDocument, id: GUIDE_SCHEMA_ID, io: "output" },
  /** What `guide check --format json` prints (CheckResult, SPEC "The check"). */
  check: { model: CheckResult, id: "urn:guide:schema:check:1", io: "output" },
  /**
   * Front matter or sidecar NAME.proposal.yaml of a draft (Proposal). Described as input: keys of other
   * tools are allowed (guide ignores them with an info finding), so editors do not flag them.
   */
  proposal: { model: Proposal, id: "urn:guide:schema:proposal:1", io: "input" },
  /** guide.config.yaml (GuideConfig): guides and their drafts, rule severities, overrides, ignores, waivers. */
  config: { model: GuideConfig, id: "urn:guide:schema:config:1", io: "input" },
} as const;

/** Names of the published schemas. */
export type SchemaName = keyof typeof SCHEMAS;

/** Names of the published schemas, in a stable order. */
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

/** Where `schemas/NAME.schema.json` lives, relative to this module (works from src/ and dist/). */
export function schemaUrl(name: SchemaName): URL {
  return new URL(`../../schemas/${name}.schema.json`, import.meta.url);
}

/**
 * The JSON Schema (draft 2020-12) of a published model, generated from zod: keys sorted so the file is
 * stable, except inside `properties`, which keep the model's order so the schema reads like the output
 * it describes.
 */
export function buildSchema(name: SchemaName): Record<string, unknown> {
  const { model, id, io } = SCHEMAS[name];
  const schema = z.toJSONSchema(model, { target: "draft-2020-12", io }) as Record<string, unknown>;
  return sortKeys({ ...schema, $schema: "https://json-schema.org/draft/2020-12/schema", $id: id }) as Record<string, unknown>;
}

/** The exact text of schemas/NAME.schema.json: 2-space JSON with a trailing newline. */
export function renderSchema(name: SchemaName): string {
  return JSON.stringify(buildSchema(name), null, 2) + "\n";
}

/** The JSON Schema of GuideDocument (see buildSchema). */
export function buildGuideSchema(): Record<string, unknown> {
  return buildSchema("guide");
}

/** The exact text of schemas/guide.schema.json. */
export function renderGuideSchema(): string {
  return renderSchema("guide");
}

function sortKeys(value: unknown, keepOrder = false): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v));
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value);
  if (!keepOrder) keys.sort();
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = sortKeys((value as Record<string, unknown>)[k], !keepOrder && k === "properties");
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const name of SCHEMA_NAMES) {
    const url = schemaUrl(name);
    await writeFile(url, renderSchema(name));
    process.stdout.write(`wrote ${fileURLToPath(url)}\n`);
  }
}
