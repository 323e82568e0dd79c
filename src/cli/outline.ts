import type { Messages } from "../i18n/en.js";
import type { OutlineEntry } from "../parse.js";

/**
 * `guide parse --outline`: one line per heading, indented by its level — source line, number, role as the
 * reader decided it, title, and its numbering style and the evidence in brackets.
 */
export function renderOutline(entries: OutlineEntry[], m: Messages): string {
  const lines = entries.map((e) => {
    const title = e.title.length > 40 ? e.title.slice(0, 39) + "…" : e.title;
    const evidence = `  (${[e.style, ...e.evidence].join("; ")})`;
    return `L${String(e.line).padEnd(5)} ${"  ".repeat(e.depth)}[${m.cli.roles[e.role]}] ${e.number}${title}${evidence}`;
  });
  return lines.join("\n") + (lines.length ? "\n" : "");
}
