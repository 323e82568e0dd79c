import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/ingest/html.ts
import { GuideError as GuideError2 } from "./core-errors.js";

// src/normalize/encoding.ts
import { GuideError } from "./core-errors.js";
var JUNK_SHARE = 0.05;
var SNIFF_BYTES = 64 * 1024;
function decodeText(bytes, path) {
  if (bytes.length === 0) throw new GuideError("empty-file", path);
  const { text: decoded, encoding } = decodeBytes(bytes, path);
  const text = decoded.replace(/\r\n?/g, "\n");
  if (!/[^\s\uFEFF]/.test(text)) throw new GuideError("empty-file", path);
  if (looksBinary(text)) throw new GuideError("binary-file", path);
  return { text, encoding };
}
function decodeBytes(bytes, path) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 255 && bytes[1] === 254)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (bytes.indexOf(0) !== -1) throw new GuideError("binary-file", path);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const mixed = mixedUtf8Lines(bytes);
    if (mixed) throw new GuideError("bad-encoding", path, { detail: mixed });
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}
function mixedUtf8Lines(bytes) {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let utf8Bytes = 0;
  let otherBytes = 0;
  let firstUtf8 = 0;
  let firstOther = 0;
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    line++;
    let high = 0;
    for (let i = start; i < end; i++) if (bytes[i] >= 128) high++;
    if (high > 0) {
      let valid = true;
      try {
        utf8.decode(bytes.subarray(start, end));
      } catch {
        valid = false;
      }
      if (valid) {
        utf8Bytes += high;
        firstUtf8 ||= line;
      } else {
        otherBytes += high;
        firstOther ||= line;
      }
    }
    start = end + 1;
  }
  if (utf8Bytes < 48 || utf8Bytes < (utf8Bytes + otherBytes) * 0.05) return void 0;
  return `mixed encodings: line ${firstUtf8} is UTF-8, line ${firstOther} is not`;
}
function sniffUtf16(bytes) {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2) return void 0;
  const nul = bytes.indexOf(0);
  if (nul === -1 || nul >= n) return void 0;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.1 && even <= odd * 0.02) return "utf-16le";
  if (even >= pairs * 0.1 && odd <= even * 0.02) return "utf-16be";
  return void 0;
}
var JUNK = /[\x00-\x08\x0d-\x1f\x7f\ufffd]/g;
function looksBinary(text) {
  const n = Math.min(text.length, SNIFF_BYTES);
  const junk = (n < text.length ? text.slice(0, n) : text).match(JUNK)?.length ?? 0;
  return junk > n * JUNK_SHARE;
}

// src/ingest/xml.ts
var MAX_MARKUP_DEPTH = 1e3;

// src/ingest/html.ts
var DROP = /* @__PURE__ */ new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "iframe",
  "select",
  "button",
  "svg",
  "canvas",
  "object",
  "embed",
  "head",
  "title",
  "meta",
  "link",
  "input",
  "textarea",
  "map"
]);
var FURNITURE = /(^|[\s_-])(nav|navbar|menu|breadcrumb|crumb|sidebar|side|footer|foot|header|head|topbar|banner|share|toolbar|tools|copyright|bottom|related|pager|print|search|login|qrcode|ewm)([\s_-]|$)/i;
var ARTICLE = ["#zoom", ".TRS_Editor", ".trs_editor_view", "article", ".article", ".article-content", ".content", "#content", ".main-content", "main", ".pages_content", ".wp_articlecontent"];
var BLOCK = /* @__PURE__ */ new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "address",
  "figure",
  "figcaption",
  "center",
  "ul",
  "ol",
  "dl",
  "hr",
  "body",
  "html",
  "caption"
]);
async function ingestHtml(bytes, path) {
  const { text: source, encoding } = decodeText(bytes, path);
  const { parse } = await import("node-html-parser");
  const root = parse(source.replace(/<!\[(?:if\s[^\]]*|endif)\]>/gi, ""), { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  if (depthOf(root) > MAX_MARKUP_DEPTH) throw new GuideError2("corrupt-file", path, { detail: `elements nested more than ${MAX_MARKUP_DEPTH} deep` });
  let best = null;
  let bestLen = 0;
  for (const sel of ARTICLE) {
    for (const el of root.querySelectorAll(sel)) {
      const len = el.text.replace(/\s+/g, "").length;
      if (len > bestLen) best = el, bestLen = len;
    }
  }
  const start = (bestLen >= 100 ? best : null) ?? (root.querySelector("body") ?? root);
  const out = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/[ \t\u00a0]+/g, " ").trim();
    if (t) out.push(t);
    line = "";
  };
  const walk = (node) => {
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
    const level = /^h([1-6])$/.exec(tag);
    if (level || block && tag !== "li" && isAllBold(node)) {
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
function depthOf(root) {
  let deepest = 0;
  const pending = [[root, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop();
    deepest = Math.max(deepest, depth);
    for (const ch of node.childNodes) if (ch.nodeType === 1) pending.push([ch, depth + 1]);
  }
  return deepest;
}
function isAllBold(node) {
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
function decode(s) {
  return s.replace(/\u00a0/g, " ");
}
function textWithBreaks(node) {
  if (node.nodeType === 3) return decode(node.text).replace(/\s+/g, " ");
  if (node.nodeType !== 1) return "";
  const tag = (node.rawTagName ?? "").toLowerCase();
  if (tag === "br") return "\n";
  if (DROP.has(tag) || hidden(node)) return "";
  const inner = node.childNodes.map(textWithBreaks).join("");
  return BLOCK.has(tag) ? `
${inner}
` : inner;
}
var STRUCK = /* @__PURE__ */ new Set(["del", "s", "strike"]);
var hidden = (node) => STRUCK.has((node.rawTagName ?? "").toLowerCase()) || /display\s*:\s*none|text-decoration(?:-line)?\s*:[^;"]*line-through/i.test(node.getAttribute?.("style") ?? "");
function table(el, out) {
  const rows = [];
  const collect = (n) => {
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
  const grid = [];
  const covered = /* @__PURE__ */ new Map();
  for (const tr of rows) {
    const row = [];
    let col = 0;
    const skipCovered = () => {
      while ((covered.get(col) ?? 0) > 0) {
        row[col] = { text: "", rowspan: 0, colspan: 1 };
        covered.set(col, covered.get(col) - 1);
        col++;
      }
    };
    for (const td of tr.childNodes) {
      const t = (td.rawTagName ?? "").toLowerCase();
      if (td.nodeType !== 1 || t !== "td" && t !== "th" || hidden(td)) continue;
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
    if (own.length === 1 && own[0].colspan > 1 && row.every((c) => c === own[0] || !c.text.trim())) {
      for (const l of own[0].text.split("\n")) if (l.trim()) out.push(l.replace(/\s+/g, " ").trim());
      continue;
    }
    const sub = subHeader(row, grid[r + 1]);
    const cells = row.map((c, i) => (sub?.[i] ?? c.text).replace(/\s+/g, " ").trim());
    if (sub) r++;
    if (cells.filter((c) => c).length < 2) while (cells.length && cells[cells.length - 1] === "") cells.pop();
    if (cells.some((c) => c)) out.push(cells.join(" | "));
  }
}
function subHeader(row, next) {
  if (!next || !row.some((c) => c.colspan > 1) || !row.some((c) => c.rowspan > 1)) return null;
  const names = [];
  for (let i = 0; i < row.length; i++) {
    const below = next[i]?.text.trim() ?? "";
    const grouped = row[i].rowspan === 1;
    if (grouped !== (below !== "")) return null;
    names.push(grouped ? below : row[i].text);
  }
  return next.length <= row.length ? names : null;
}
export {
  ingestHtml
};
