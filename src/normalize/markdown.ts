import type { MappedText } from "../core/mapped-text.js";
import { decodeEntities } from "../ingest/xml.js";
import { MappedTextBuilder, replaceMapped } from "./builder.js";

// A line that is bold as a whole (**一、智能传感器**, as reposts write headings) is a heading: "#### …".
const WHOLE_BOLD = /^([ \t]*)(\*\*|__)([^*_\n]{2,80}?)\2[ \t]*$/gm;
// - **协作机器人用高精度谐波减速器** 🏷️**揭榜挂帅**: a list item bold as a whole, with a short badge after it
const BOLD_ITEM = /^([ \t]*)[-*+][ \t]+(\*\*|__)([^*_\n]{2,80}?)\2[ \t]*(?:[\p{So}\uFE0F\u200D]*[ \t]*(?:\*\*|__)([^*_\n]{1,12}?)(?:\*\*|__)|([【［\[（(][^】］\]）)\n]{1,12}[】］\]）)]))?[ \t]*$/gmu;
// **考核指标：** / __关键词__ — emphasis markers of Markdown (and of PDF→Markdown converters) hide labels.
const EMPHASIS = /\*\*|__/g;
// |---|:---:| separator rows of Markdown tables carry nothing (the line stays, empty).
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/gm;
// A Markdown table row keeps its cells, joined by " | " as the ingest adapters write table rows.
// Runs of pipes and spaces (ideographic ones too) go at once, so a second pass finds nothing more.
const ROW_EDGES = /^(?:[ \t\u3000]*\|)+[ \t\u3000]*|(?:[ \t\u3000]*\|)+[ \t\u3000]*$/gm;
// Tables drawn with box-drawing characters (┌──┬──┐ │ a │ b │, as text exports and 复制为文本 paste them): a border
// line carries nothing, and │ ┃ ║ part cells as | does.
const BOX_BORDER = /^[ \t]*[│┃║+\-=]*[┌┐└┘├┤┬┴┼─━═╔╗╚╝╠╣╦╩╬╭╮╯╰][┌┐└┘├┤┬┴┼─━│┃║═╔╗╚╝╠╣╦╩╬╭╮╯╰+\-= \t]*$/gm;
const BOX_SEPARATOR = /[│┃║]/g;
// <br> inside a Markdown table cell is a line break within the cell: it parts the items a cell lists (击穿电压 ≥ 3.3kV<br>比导通电阻 ＜ 4.5 Ω·mm) as a clause mark does.
const CELL_BREAK = /<br\s*\/?>/gi;
// An HTML table written into Markdown (<table><tr><td>…): one line per row, its cells joined by " | " as the
// ingest adapters write table rows. Between two cells of a row the markup and any line break go; a row ends its
// line; the other table tags go, and the emphasis written inside cells (<b>合计</b>) with the inline tags below.
const HTML_CELL_GAP = /<\/t[dh]>\s*(?=<t[dh][\s>])/gi;
const HTML_ROW_END = /<\/tr>[ \t]*\n?/gi;
const HTML_TABLE_TAG = /<\/?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)(?:\s[^<>]*)?\/?>/gi;
// Other HTML written into Markdown (a wiki's <details><summary>方向1 …</summary><ul><li>…</li></ul>): a block tag
// ends a line, as the rendered page breaks there; an inline tag (<b>, <code>揭榜挂帅</code>) only styles its text.
const HTML_BLOCK_TAG = /<\/?(?:details|summary|div|p|ul|ol|li|section|article|blockquote|h[1-6]|dl|dt|dd)(?:\s[^<>]*)?>/gi;
const HTML_INLINE_TAG = /<\/?(?:b|strong|em|i|u|span|font|code|mark|small|sup|sub|a)(?:\s[^<>]*)?>/gi;
// ~~48个月~~ 36个月, <del>2,200万元</del>: struck-out text is what an edited document no longer says (GFM
// strikethrough on one line, and the HTML tags of deleted text)
const STRUCK = /~~(?=\S)[^~\n]*?\S~~|<(del|s|strike)(?:\s[^<>]*)?>[\s\S]*?<\/\1\s*>/gi;
// &ge;5件, &#8805;, &plusmn;0.1: HTML entities written into Markdown
const ENTITY = /&(?:#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g;
// 3\~5项, \*: Markdown's backslash escapes of punctuation (a LaTeX command, \geq, is letters and stays)
const ESCAPE = /\\(?=[~*_|#+\-.!<>[\]()`])/g;

/**
 * Remove Markdown emphasis, table rules and backslash escapes, and the borders of box-drawn tables, read HTML
 * tables written into the text as rows of cells, and decode HTML entities (&ge;5件), so labels and table rows
 * read as in any other source.
 */
export function stripMarkdown(t: MappedText, options: { rowEdges?: boolean } = {}): MappedText {
  let out = replaceMapped(boldLinesAsHeadings(t), STRUCK, () => "");
  const table = /<table[\s>]/i.test(out.text);
  if (table) {
    out = replaceMapped(out, HTML_CELL_GAP, () => " | ");
    out = replaceMapped(out, HTML_ROW_END, () => "\n");
    out = replaceMapped(out, HTML_TABLE_TAG, () => "");
  }
  const blocks = out.text.search(HTML_BLOCK_TAG) >= 0;
  if (blocks) out = replaceMapped(out, HTML_BLOCK_TAG, () => "\n");
  if (table || blocks) out = replaceMapped(out, HTML_INLINE_TAG, () => "");
  out = replaceMapped(out, EMPHASIS, () => "");
  out = replaceMapped(out, TABLE_RULE, () => "");
  out = replaceMapped(out, BOX_BORDER, () => "");
  out = replaceMapped(out, BOX_SEPARATOR, () => "|");
  // (the rows the ingest adapters write have no edge pipes: one that opens or ends a line is an empty cell)
  if (options.rowEdges !== false) out = replaceMapped(out, ROW_EDGES, () => "");
  out = replaceMapped(out, CELL_BREAK, () => "；");
  out = replaceMapped(out, ESCAPE, () => "");
  return replaceMapped(out, ENTITY, (m) => decodeEntities(m[0]));
}

/**
 * **标题** alone on its line → "#### 标题", the title's characters keeping their places in the source. A list item
 * that is bold as a whole (- **智能制造板块**, an online document's export whose hierarchy is its indentation) is a
 * heading one level deeper for each step of indentation, with a badge after it (🏷️**揭榜挂帅**, 【揭榜挂帅】) kept
 * as the title's last word.
 */
function boldLinesAsHeadings(t: MappedText): MappedText {
  const found: { start: number; end: number; level: number; title: [number, number]; badge: [number, number] | null }[] = [];
  for (const m of t.text.matchAll(WHOLE_BOLD)) {
    const open = m.index + m[1].length + m[2].length;
    found.push({ start: m.index + m[1].length, end: m.index + m[0].length, level: 4, title: [open, open + m[3].length], badge: null });
  }
  const items = [...t.text.matchAll(BOLD_ITEM)];
  if (items.length) {
    // the step of indentation: the smallest indent of a nested item
    const indents = items.map((m) => m[1].replace(/\t/g, "    ").length);
    const step = Math.min(...indents.filter((n) => n > 0), Infinity);
    items.forEach((m, k) => {
      const open = m.index + m[0].indexOf(m[2], m[1].length) + m[2].length;
      const badge = m[4] ?? m[5];
      const badgeAt = badge ? m.index + m[0].lastIndexOf(badge) : -1;
      const depth = Number.isFinite(step) ? Math.round(indents[k] / step) : 0;
      found.push({ start: m.index + m[1].length, end: m.index + m[0].length, level: 4 + depth, title: [open, open + m[3].length], badge: badge ? [badgeAt, badgeAt + badge.length] : null });
    });
    found.sort((a, b) => a.start - b.start);
  }
  if (!found.length) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const h of found) {
    b.copy(last, h.start);
    b.emit("#".repeat(Math.min(h.level, 6)) + " ", h.start);
    b.copy(h.title[0], h.title[1]);
    if (h.badge) {
      b.emit(" ", h.badge[0]);
      b.copy(h.badge[0], h.badge[1]);
    }
    last = h.end;
  }
  b.copy(last, t.text.length);
  return b.build();
}
