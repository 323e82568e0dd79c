import { GuideError } from "../core/errors.js";
import { decodeText } from "../normalize/encoding.js";
import type { IngestedText } from "./types.js";
import { MAX_MARKUP_DEPTH } from "./xml.js";

/** Elements whose content is never article text. */
const DROP = new Set([
  "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "select",
  "button", "svg", "canvas", "object", "embed", "head", "title", "meta", "link", "input", "textarea", "map",
]);
/** class/id words of site furniture on government portals (导航, 面包屑, 分享, 版权, 打印本页 …). */
const FURNITURE = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|sidebar|side|footer|foot|header|head|topbar|banner|share|toolbar|tools|copyright|bottom|related|pager|print|search|login|qrcode|ewm)([\s_-]|$)/i;
/** Containers that hold the article on common CMSs (TRS 的 #zoom / .TRS_Editor, 通用 article/main). */
const ARTICLE = ["#zoom", ".TRS_Editor", ".trs_editor_view", "article", ".article", ".article-content", ".content", "#content", ".main-content", "main", ".pages_content", ".wp_articlecontent"];
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote",
  "pre", "address", "figure", "figcaption", "center", "ul", "ol", "dl", "hr", "body", "html", "caption",
]);

interface HNode {
  nodeType: number;
  rawTagName?: string;
  text: string;
  childNodes: HNode[];
  getAttribute?(name: string): string | undefined;
}

/**
 * Read a notice page saved from a government site: the article's text, one paragraph per line, without
 * navigation, header, footer, scripts and styles; `<table>` rows as cells joined by " | ".
 */
export async function ingestHtml(bytes: Uint8Array, path: string): Promise<IngestedText> {
  const { text: source, encoding } = decodeText(bytes, path);
  const { parse } = await import("node-html-parser");
  // Word's "web page" keeps list numbers between downlevel-revealed conditional comments (<![if !supportLists]>1.
  // <![endif]>): a browser shows what is between them, so only the markers go
  const root = parse(source.replace(/<!\[(?:if\s[^\]]*|endif)\]>/gi, ""), { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  if (depthOf(root as unknown as HNode) > MAX_MARKUP_DEPTH) throw new GuideError("corrupt-file", path, { detail: `elements nested more than ${MAX_MARKUP_DEPTH} deep` });
  // The largest known article container wins; the whole body otherwise.
  let best: HNode | null = null;
  let bestLen = 0;
  for (const sel of ARTICLE) {
    for (const el of root.querySelectorAll(sel)) {
      const len = el.text.replace(/\s+/g, "").length;
      if (len > bestLen) (best = el as unknown as HNode), (bestLen = len);
    }
  }
  const start = (bestLen >= 100 ? best : null) ?? ((root.querySelector("body") ?? root) as unknown as HNode);
  const out: string[] = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/[ \t\u00a0]+/g, " ").trim();
    if (t) out.push(t);
    line = "";
  };
  const walk = (node: HNode) => {
    if (node.nodeType === 3) {
      line += decode(node.text).replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.rawTagName ?? "").toLowerCase();
    if (DROP.has(tag)) return;
    const cls = `${node.getAttribute?.("class") ?? ""} ${node.getAttribute?.("id") ?? ""}`;
    if (node !== start && FURNITURE.test(cls)) return;
    if (hidden(node)) return;
    if (tag === "br") {
      flush();
      return;
    }
    if (tag === "table") {
      flush();
      table(node, out);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    // A heading element, or a paragraph bold as a whole (<p><strong>…</strong></p>), is a heading: written
    // as Markdown ("### …", "**…**") so the structure stage sees it as it sees a Markdown repost's.
    const level = /^h([1-6])$/.exec(tag);
    if (level || (block && tag !== "li" && isAllBold(node))) {
      const t = decode(node.text).replace(/\s+/g, " ").trim();
      if (t && t.length <= 80) {
        out.push(level ? `${"#".repeat(Number(level[1]))} ${t}` : `**${t}**`);
        return;
      }
    }
    for (const ch of node.childNodes) walk(ch);
    if (block) flush();
  };
  walk(start);
  flush();
  return { format: "html", text: out.join("\n") + "\n", encoding };
}

/** Deepest nesting of elements under `root`, walked with an explicit stack. */
function depthOf(root: HNode): number {
  let deepest = 0;
  const pending: [HNode, number][] = [[root, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    for (const ch of node.childNodes) if (ch.nodeType === 1) pending.push([ch, depth + 1]);
  }
  return deepest;
}

/** Is every piece of text in the element inside <strong>/<b> (a bold paragraph, as pages write headings)? */
function isAllBold(node: HNode): boolean {
  let bold = false;
  for (const ch of node.childNodes) {
    if (ch.nodeType === 3) {
      if (ch.text.replace(/[\s\u00a0]+/g, "")) return false;
      continue;
    }
    if (ch.nodeType !== 1) continue;
    const t = (ch.rawTagName ?? "").toLowerCase();
    if (t === "strong" || t === "b") bold = true;
    else if (t === "span" || t === "font") {
      if (!isAllBold(ch)) return false;
      bold = true;
    } else if (t !== "br") return false;
  }
  return bold;
}

/** node-html-parser's `text` has entities decoded already; only no-break spaces are left to flatten. */
function decode(s: string): string {
  return s.replace(/\u00a0/g, " ");
}

/** The text of an element with its line breaks (<br>, block children) kept as "\n". */
function textWithBreaks(node: HNode): string {
  if (node.nodeType === 3) return decode(node.text).replace(/\s+/g, " ");
  if (node.nodeType !== 1) return "";
  const tag = (node.rawTagName ?? "").toLowerCase();
  if (tag === "br") return "\n";
  if (DROP.has(tag) || hidden(node)) return "";
  const inner = node.childNodes.map(textWithBreaks).join("");
  return BLOCK.has(tag) ? `\n${inner}\n` : inner;
}

/** Elements of struck-out text: what an edited page (修订对照, a comparison of versions) no longer says. */
const STRUCK = new Set(["del", "s", "strike"]);
/** Not shown, or shown struck out (display:none, text-decoration: line-through). */
const hidden = (node: HNode) =>
  STRUCK.has((node.rawTagName ?? "").toLowerCase()) || /display\s*:\s*none|text-decoration(?:-line)?\s*:[^;"]*line-through/i.test(node.getAttribute?.("style") ?? "");

/** A cell of a table's grid: its text where it stands, "" where a merged cell above or beside covers it. */
interface GridCell {
  text: string;
  /** rows it spans from here (1 for a plain cell); 0 for a place a cell above covers */
  rowspan: number;
  /** columns it spans from here; 0 for a place the cell to its left covers */
  colspan: number;
}

/**
 * Rows of a table (nested tables flattened into their cell's text), cells joined by " | ", laid out on the table's
 * grid: a place that a cell merged from above covers (rowspan, an area written once beside its directions) is an
 * empty cell, so every row keeps its columns; hidden cells (display:none) are left out. A header of two rows, whose
 * merged group cell (经费与期限) has its sub-columns in the second, is written as one row of the sub-columns' names.
 * A row that is one cell across the table is text: its lines are written as lines.
 */
function table(el: HNode, out: string[]): void {
  const rows: HNode[] = [];
  const collect = (n: HNode) => {
    for (const ch of n.childNodes) {
      if (ch.nodeType !== 1) continue;
      const t = (ch.rawTagName ?? "").toLowerCase();
      if (t === "tr") rows.push(ch);
      else if (t === "thead" || t === "tbody" || t === "tfoot") collect(ch);
    }
  };
  collect(el);
  const caption = el.childNodes.find((c) => (c.rawTagName ?? "").toLowerCase() === "caption");
  if (caption && caption.text.trim()) out.push(decode(caption.text).replace(/\s+/g, " ").trim());
  const grid: GridCell[][] = [];
  // places still covered by a cell merged from a row above: column → rows left
  const covered = new Map<number, number>();
  for (const tr of rows) {
    const row: GridCell[] = [];
    let col = 0;
    const skipCovered = () => {
      while ((covered.get(col) ?? 0) > 0) {
        row[col] = { text: "", rowspan: 0, colspan: 1 };
        covered.set(col, covered.get(col)! - 1);
        col++;
      }
    };
    for (const td of tr.childNodes) {
      const t = (td.rawTagName ?? "").toLowerCase();
      if (td.nodeType !== 1 || (t !== "td" && t !== "th") || hidden(td)) continue;
      skipCovered();
      const rowspan = Math.max(1, Number(td.getAttribute?.("rowspan")) || 1);
      const colspan = Math.max(1, Number(td.getAttribute?.("colspan")) || 1);
      const text = textWithBreaks(td).replace(/\s*\|\s*/g, " ");
      for (let k = 0; k < colspan; k++) {
        row[col + k] = k === 0 ? { text, rowspan, colspan } : { text: "", rowspan, colspan: 0 };
        if (rowspan > 1) covered.set(col + k, rowspan - 1);
      }
      col += colspan;
    }
    skipCovered();
    grid.push(row);
  }
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    const own = row.filter((c) => c.rowspan > 0 && c.colspan > 0 && c.text.trim());
    // one cell across the table: a title or a block of text written in the sheet
    if (own.length === 1 && own[0].colspan > 1 && row.every((c) => c === own[0] || !c.text.trim())) {
      for (const l of own[0].text.split("\n")) if (l.trim()) out.push(l.replace(/\s+/g, " ").trim());
      continue;
    }
    const sub = subHeader(row, grid[r + 1]);
    const cells = row.map((c, i) => (sub?.[i] ?? c.text).replace(/\s+/g, " ").trim());
    if (sub) r++;
    // a row of the table keeps its empty last cells (a blank 备注), so that its cells stand under their headers
    if (cells.filter((c) => c).length < 2) while (cells.length && cells[cells.length - 1] === "") cells.pop();
    if (cells.some((c) => c)) out.push(cells.join(" | "));
  }
}

/**
 * The names of the columns of a two-row header, or null: the first row spans both rows with its cells except the
 * group cells (colspan), whose sub-columns the second row names, and the second row has nothing else.
 */
function subHeader(row: GridCell[], next: GridCell[] | undefined): string[] | null {
  if (!next || !row.some((c) => c.colspan > 1) || !row.some((c) => c.rowspan > 1)) return null;
  const names: string[] = [];
  for (let i = 0; i < row.length; i++) {
    const below = next[i]?.text.trim() ?? "";
    const grouped = row[i].rowspan === 1;
    if (grouped !== (below !== "")) return null;
    names.push(grouped ? below : row[i].text);
  }
  return next.length <= row.length ? names : null;
}
