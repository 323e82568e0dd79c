import type { MappedText } from "../core/mapped-text.js";
import { replaceMapped } from "./builder.js";

// A row of a reStructuredText list table: `* - cell` and then `  - cell` a line each.
const ROW = /^[ \t]*\*[ \t]+-[ \t]*(.*)((?:\n[ \t]+-(?:[ \t]+.*)?)*)/gm;

/**
 * The rows of a list table (reStructuredText `.. list-table::`, each row a bulleted list of its cells) as table rows,
 * cells parted by |, so that they are read as any table's rows. Only in a text that declares such a table.
 */
export function readListTables(t: MappedText): MappedText {
  if (!t.text.includes(".. list-table::")) return t;
  return replaceMapped(t, ROW, (m) => {
    const cells = [m[1], ...m[2].split("\n").slice(1).map((c) => c.replace(/^[ \t]+-[ \t]*/, ""))].map((c) => c.trim());
    return cells.length > 1 ? cells.join(" | ") : m[0];
  });
}
