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
    if (/display\s*:\s*none/i.test(node.getAttribute?.("style") ?? "")) return;
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

/** Rows of a table (nested tables flattened into their cell's text), cells joined by " | ". */
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
  for (const tr of rows) {
    const cells: string[] = [];
    for (const td of tr.childNodes) {
      const t = (td.rawTagName ?? "").toLowerCase();
      if (td.nodeType !== 1 || (t !== "td" && t !== "th")) continue;
      cells.push(decode(td.text).replace(/\s+/g, " ").replace(/\s*\|\s*/g, " ").trim());
    }
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    if (cells.some((c) => c)) out.push(cells.join(" | "));
  }
}
