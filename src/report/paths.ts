import { isAbsolute, relative, resolve, sep } from "node:path";
import { fill, messagesFor, type Lang } from "../i18n/index.js";
import type { Location } from "../model/check.js";

/**
 * A path as shown to people and CI: relative to `cwd` when inside it, with `/` separators, so that
 * `path:line:column` links in terminals and editors and matches the repository's paths in CI.
 */
export function displayPath(path: string, cwd: string): string {
  if (path === "") return path;
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  const shown = rel === "" ? path : rel.startsWith("..") || isAbsolute(rel) ? abs : rel;
  return sep === "/" ? shown : shown.split(sep).join("/");
}

/** Where a finding stands in a PDF or Word draft, in words a reader finds there (第 2 页, 表 1 第 3 行第 2 格), or "". */
export function placeNote(loc: Location, lang: Lang): string {
  const w = messagesFor(lang).check.place;
  const parts: string[] = [];
  if (loc.page !== undefined) parts.push(fill(w.page, { page: loc.page }));
  if (loc.paragraph !== undefined) parts.push(fill(w.paragraph, { paragraph: loc.paragraph }));
  if (loc.table !== undefined) parts.push(fill(w.cell, { table: loc.table, row: loc.row ?? 1, cell: loc.cell ?? 1 }));
  return parts.join(lang === "zh" ? "，" : ", ");
}
