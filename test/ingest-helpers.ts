import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ingest } from "../src/ingest/index.js";
import { ROOT } from "./helpers.js";

export { ROOT };

/** Read a file (absolute or repository-relative) through ingest(). */
export async function ingestFile(path: string) {
  const abs = resolve(ROOT, path);
  return ingest(new Uint8Array(readFileSync(abs)), path);
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
