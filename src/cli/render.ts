import { emitYaml } from "../core/emit-yaml.js";
import type { GuideDocument } from "../model/guide.js";

/** Output formats of `guide parse`. */
export type GuideFormat = "yaml" | "json";

/**
 * Serialise a guide as it comes from parseGuide, whose final GuideDocument.parse() rebuilds objects in
 * the zod model's key order, so diffs between runs and versions stay small; same document, same bytes.
 * YAML comes from our own writer of plain data (src/core/emit-yaml.ts): the `yaml` library's import and
 * stringify cost more than the parse itself (issue 14). Long Chinese sentences stay on one line (folding
 * would break grep and diffs), and two equal spans are written twice, never as &a1/*a1 references.
 */
export async function renderGuide(doc: GuideDocument, format: GuideFormat): Promise<string> {
  return format === "json" ? JSON.stringify(doc, null, 2) + "\n" : emitYaml(doc);
}
