import { writeFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { GuideDocument } from "./guide.js";

/** `$id` of the published guide schema; bump the version suffix with `schemaVersion`. */
export const GUIDE_SCHEMA_ID = "urn:guide:schema:guide:1";

/** Where the committed schema lives, relative to this module (works from src/ and dist/). */
export const GUIDE_SCHEMA_URL = new URL("../../schemas/guide.schema.json", import.meta.url);

/**
 * The JSON Schema (draft 2020-12) of GuideDocument, generated from the zod model: keys sorted so the
 * file is stable, except inside `properties`, which keep the model's order so the schema reads like
 * the output it describes.
 */
export function buildGuideSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(GuideDocument, { target: "draft-2020-12" }) as Record<string, unknown>;
  return sortKeys({ ...schema, $schema: "https://json-schema.org/draft/2020-12/schema", $id: GUIDE_SCHEMA_ID }) as Record<
    string,
    unknown
  >;
}

/** The exact text of schemas/guide.schema.json: 2-space JSON with a trailing newline. */
export function renderGuideSchema(): string {
  return JSON.stringify(buildGuideSchema(), null, 2) + "\n";
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
  await writeFile(GUIDE_SCHEMA_URL, renderGuideSchema());
  process.stdout.write(`wrote ${fileURLToPath(GUIDE_SCHEMA_URL)}\n`);
}
