import { MappedText } from "../core/mapped-text.js";
import type { SourceFormat } from "../model/guide.js";
import { replaceMapped } from "./builder.js";
import { removeDebrisLines, removePinyinDebris } from "./debris.js";
import { joinLetterSpacing, removePageFurniture } from "./furniture.js";
import { replaceKangxiRadicals } from "./kangxi.js";
import { convertLatex } from "./latex.js";
import { readAlignedTables } from "./aligned-tables.js";
import { joinStackedFields } from "./stacked-fields.js";
import { dropLabelTranslations } from "./bilingual-labels.js";
import { stripMarkdown } from "./markdown.js";
import { readListTables } from "./list-tables.js";
import { joinQuotedCells, readCsvRows } from "./quoted-cells.js";
import { removeLineNumbers } from "./line-numbers.js";
import { removeQuoteMarks } from "./mail-quotes.js";
import { expandSuperscripts } from "./superscript.js";
import { simplify } from "./traditional.js";
import { readKeycapNumbers, toHalfWidthForms } from "./width.js";

export { decodeText } from "./encoding.js";
export { wrapSeparator } from "./wraps.js";

const EDGE_SPACES = /^[ \t]+|[ \t]+$/gm;

/**
 * Remove leading and trailing spaces of every line, keeping line breaks (seed 002 indents wrapped lines
 * with a stray space). Tabs count as spaces; form feeds stay as page breaks.
 */
export function trimLines(t: MappedText): MappedText {
  return replaceMapped(t, EDGE_SPACES, () => "");
}

/**
 * Normalize a decoded notice (规范化) into the text structure and extraction read, keeping a map to the raw
 * text. Line removals run first, so no later rewrite can make a debris line look like notice text; LaTeX
 * before superscripts and width (it introduces `^`, `≥`); traditional → simplified last, because it is the
 * only step whose input is shown to users.
 *
 * `format` is the ingested source's: Markdown and box-drawn table rows (edge pipes) are read in text and Markdown
 * files only. With `draft`, tables typed with spaces get their columns (readAlignedTables) and form fields stacked a line
 * each are joined to their values (joinStackedFields), and labels written in English and Chinese keep their Chinese
 * (dropLabelTranslations).
 *
 * @returns `text`, mapped to raw offsets, and `display`: the text just before simplification, of the same
 *   length, so `display.slice(a, b)` shows the characters the user wrote for `text.text.slice(a, b)`.
 */
export async function normalizeNotice(raw: string, options: { draft?: boolean; format?: SourceFormat } = {}): Promise<{ text: MappedText; display: string }> {
  let t = MappedText.fromRaw(raw);
  // A message quoted by a mail client (> ) goes before Markdown, whose blockquotes use the same mark; table rows
  // with edge pipes (Markdown, box-drawn) and list tables (reStructuredText) are typed only in text files, and the
  // adapters' rows keep their edge cells.
  const typed = options.format === undefined || options.format === "txt" || options.format === "md";
  t = stripMarkdown(joinQuotedCells(removeQuoteMarks(typed ? readListTables(t) : t)), { rowEdges: typed });
  // a draft's tables exported as CSV or typed with spaces, and its form fields copied out of a PDF a line each; a notice's text from
  // PDFs is spaced out by layout, not by columns
  if (options.draft) t = joinStackedFields(dropLabelTranslations(readAlignedTables(readCsvRows(t))));
  t = removeDebrisLines(removeLineNumbers(t));
  // Removing a footer can leave a bare page number at the end of the text: repeat until nothing moves.
  for (let pass = 0; pass < 3; pass++) {
    const next = removePageFurniture(t);
    if (next === t) break;
    t = next;
  }
  // Full-width digits inside math ($\geq ０\%$) must be plain before LaTeX is read, or a second pass reads it anew.
  t = readKeycapNumbers(toHalfWidthForms(t));
  t = convertLatex(t);
  t = expandSuperscripts(t);
  t = replaceKangxiRadicals(t);
  t = removePinyinDebris(t);
  t = joinLetterSpacing(t);
  t = trimLines(t);
  const display = t.text;
  return { text: await simplify(t), display };
}
