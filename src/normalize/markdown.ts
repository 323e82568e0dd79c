import type { MappedText } from "../core/mapped-text.js";
import { replaceMapped } from "./builder.js";

// **考核指标：** / __关键词__ — emphasis markers of Markdown (and of PDF→Markdown converters) hide labels.
const EMPHASIS = /\*\*|__/g;
// |---|:---:| separator rows of Markdown tables carry nothing.
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm;
// A Markdown table row keeps its cells, joined by " | " as the ingest adapters write table rows.
const ROW_EDGES = /^\s*\|\s*|\s*\|\s*$/gm;

/** Remove Markdown emphasis and table rules, so labels and table rows read as in any other source. */
export function stripMarkdown(t: MappedText): MappedText {
  return replaceMapped(replaceMapped(replaceMapped(t, EMPHASIS, () => ""), TABLE_RULE, () => ""), ROW_EDGES, () => "");
}
