import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ingest } from "../src/ingest/index.js";
import { ROOT } from "./helpers.js";

export { ROOT };
/** ../shared beside the checkout (samples with ground truth, real government documents). */
export const SHARED = resolve(ROOT, "../shared");
export const SAMPLES = join(SHARED, "samples");
export const REAL_DOCS = join(SHARED, "real-docs");

/** Read a file (absolute or repository-relative) through ingest(). */
export async function ingestFile(path: string) {
  const abs = resolve(ROOT, path);
  return ingest(new Uint8Array(readFileSync(abs)), path);
}

/** Whether a shared file is there; tests that need it are skipped with a note otherwise. */
export function shared(path: string): boolean {
  const ok = existsSync(path);
  if (!ok) console.warn(`skipped: ${path} not found (../shared is beside the checkout in CI)`);
  return ok;
}

/** Kangxi radicals and compatibility ideographs → ordinary ideographs (what normalize does), " | " → " ". */
export function comparable(text: string): string[] {
  return text
    .replace(/[\u2f00-\u2fdf\uf900-\ufaff]/g, (c) => c.normalize("NFKC"))
    .split("\n")
    .map((l) => l.replace(/ \| /g, " ").trim())
    .filter(Boolean);
}

/** Text without any whitespace or cell separators: what must survive whatever the layout. */
export function squeeze(text: string): string {
  return text.replace(/[\s|]/g, "");
}
