import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseGuide } from "../src/index.js";
import type { GuideDocument } from "../src/model/guide.js";

export const NOTICES = "fixtures/notices";

/** Names of the notice fixtures (fixtures/notices/<name>/input.txt). */
export function noticeNames(): string[] {
  return readdirSync(NOTICES).filter((n) => !n.startsWith(".")).sort();
}

/** The input file of a notice fixture: input.txt, or input.md for a Markdown notice. */
export function noticeInput(name: string): string {
  return readdirSync(join(NOTICES, name)).includes("input.md") ? "input.md" : "input.txt";
}

/** Raw text of a notice fixture. */
export function noticeText(name: string): string {
  return readFileSync(join(NOTICES, name, noticeInput(name)), "utf8");
}

const cache = new Map<string, Promise<GuideDocument>>();

/** The parsed model of a notice fixture (parsed once per test run). */
export function parseNotice(name: string, file = noticeInput(name)): Promise<GuideDocument> {
  const path = join(NOTICES, name, file);
  let p = cache.get(path);
  if (!p) {
    p = parseGuide(readFileSync(path), { path });
    cache.set(path, p);
  }
  return p;
}
