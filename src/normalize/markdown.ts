import type { MappedText } from "../core/mapped-text.js";
import { replaceMapped } from "./builder.js";

// **考核指标：** / __关键词__ — emphasis markers of Markdown (and of PDF→Markdown converters) hide labels.
const EMPHASIS = /\*\*|__/g;
// |---|:---:| separator rows of Markdown tables carry nothing (the line stays, empty).
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm;
// A Markdown table row keeps its cells, joined by " | " as the ingest adapters write table rows.
// Runs of pipes and spaces (ideographic ones too) go at once, so a second pass finds nothing more.
const ROW_EDGES = /^(?:[ \t\u3000]*\|)+[ \t\u3000]*|(?:[ \t\u3000]*\|)+[ \t\u3000]*$/gm;
// <br> inside a Markdown table cell is a line break within the cell.
const CELL_BREAK = /<br\s*\/?>/gi;

/** Remove Markdown emphasis and table rules, so labels and table rows read as in any other source. */
export function stripMarkdown(t: MappedText): MappedText {
  let out = replaceMapped(t, EMPHASIS, () => "");
  out = replaceMapped(out, TABLE_RULE, () => "");
  out = replaceMapped(out, ROW_EDGES, () => "");
  return replaceMapped(out, CELL_BREAK, () => " ");
}
