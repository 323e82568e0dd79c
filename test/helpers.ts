import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseGuide } from "../src/index.js";
import type { GuideDocument } from "../src/model/guide.js";

export const NOTICES = "fixtures/notices";

/** Names of the notice fixtures (fixtures/notices/<name>/input.txt). */
export function noticeNames(): string[] {
  return readdirSync(NOTICES).filter((n) => !n.startsWith(".")).sort();
}

/** Raw text of a notice fixture. */
export function noticeText(name: string): string {
  return readFileSync(join(NOTICES, name, "input.txt"), "utf8");
}

const cache = new Map<string, Promise<GuideDocument>>();

/** The parsed model of a notice fixture (parsed once per test run). */
export function parseNotice(name: string, file = "input.txt"): Promise<GuideDocument> {
  const path = join(NOTICES, name, file);
  let p = cache.get(path);
  if (!p) {
    p = parseGuide(readFileSync(path), { path });
    cache.set(path, p);
  }
  return p;
}
