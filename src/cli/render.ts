import type { GuideDocument } from "../model/guide.js";

/** Output formats of `guide parse`. */
export type GuideFormat = "yaml" | "json";

/**
 * Serialise a guide as it comes from parseGuide, whose final GuideDocument.parse() rebuilds objects in
 * the zod model's key order, so diffs between runs and versions stay small; same document, same bytes.
 */
export async function renderGuide(doc: GuideDocument, format: GuideFormat): Promise<string> {
  if (format === "json") return JSON.stringify(doc, null, 2) + "\n";
  // Loaded here so `--format json` never pays for the YAML library at start-up.
  const { stringify } = await import("yaml");
  // lineWidth 0: long Chinese sentences stay on one line (folding would break grep and diffs);
  // no aliases: two equal spans must not become &a1/*a1 references.
  return stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
}
