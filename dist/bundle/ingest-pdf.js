import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/ingest/pdf.ts
import { createRequire } from "node:module";
import { dirname, sep } from "node:path";
import { GuideError } from "./core-errors.js";

// src/ingest/pdf-grid.ts
var ROW_NUMBER = /^\s*[（(]?\d{1,3}[）)]?[.、．]?\s*$/;
var CLAUSE = /[。；，,;]/;
function itemsText(items) {
  return items.map((i) => i.str).join("").trim();
}
var FIELD = /[:：]\s*\S/;
function isHeader(l) {
  if (l.segments.length < 3) return false;
  const texts = l.segments.map(itemsText);
  return !texts.some((t) => !t || t.length > 12 || CLAUSE.test(t) || FIELD.test(t)) && texts[0].length <= 4;
}
function columnBounds(header, body) {
  const bounds = [];
  for (let j = 1; j < header.length; j++) {
    const from = Math.floor((header[j - 1].x0 + header[j - 1].x1) / 2);
    const to = Math.ceil(header[j].x0);
    let best = { mid: (header[j - 1].x1 + header[j].x0) / 2, crossings: Infinity, width: 0 };
    let run = null;
    for (let x = from; x <= to + 1; x++) {
      const crossings = x > to ? Infinity : body.filter((i) => i.x0 < x - 0.5 && i.x1 > x + 0.5).length;
      if (run && crossings !== run.crossings) {
        const width = x - run.start;
        if (run.crossings < best.crossings || run.crossings === best.crossings && width > best.width)
          best = { mid: (run.start + x - 1) / 2, crossings: run.crossings, width };
        run = null;
      }
      if (!run && x <= to) run = { start: x, crossings };
    }
    bounds.push(body.length ? best.mid : (header[j - 1].x1 + header[j].x0) / 2);
  }
  return bounds;
}
function headerCells(lines, at) {
  const h = lines[at];
  const cells = h.segments.map((s) => ({ x0: Math.min(...s.map((i) => i.x0)), x1: Math.max(...s.map((i) => i.x1)), items: [...s] }));
  const used = [h];
  const wraps = (l, from) => Math.abs(l.y - from.y) <= 1.5 * h.size && l.segments.flat().every((i) => !ROW_NUMBER.test(i.str) && i.x1 - i.x0 < 6 * h.size);
  for (const step of [-1, 1]) {
    let last = h;
    for (let k = at + step; k >= 0 && k < lines.length && wraps(lines[k], last); k += step) {
      for (const it of lines[k].segments.flat()) {
        const c = cells.find((x) => it.x1 > x.x0 - 2 && it.x0 < x.x1 + 2);
        if (c) c.items.push(it), c.x0 = Math.min(c.x0, it.x0), c.x1 = Math.max(c.x1, it.x1);
        else cells.push({ x0: it.x0, x1: it.x1, items: [it] });
      }
      used.push(lines[k]);
      last = lines[k];
    }
  }
  const text = (items) => [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0).map((i) => i.str).join("").trim();
  return { cells: cells.sort((a, b) => a.x0 - b.x0).map((c) => ({ x0: c.x0, x1: c.x1, text: text(c.items) })), used };
}
function columnOf(item, bounds) {
  const cx = (item.x0 + item.x1) / 2;
  let c = 0;
  while (c < bounds.length && cx >= bounds[c]) c++;
  return c;
}
function crossesColumns(l, bounds) {
  const width = bounds.length ? bounds[bounds.length - 1] - bounds[0] : 0;
  return l.segments.flat().some((i) => i.x1 - i.x0 > 0.6 * width && bounds.filter((b) => b > i.x0 + 2 && b < i.x1 - 2).length >= 2);
}
function splitTop(lines, anchors) {
  const size = lines[0]?.size ?? 10;
  const rowOf = (l) => {
    let r = -1;
    while (r + 1 < anchors.length && l.mid >= anchors[r + 1] - 0.6 * size) r++;
    return r;
  };
  const rows = anchors.map(() => []);
  const carried = [];
  for (const l of lines) {
    const r = rowOf(l);
    (r < 0 ? carried : rows[r]).push(l);
  }
  return { carried, rows };
}
function topAligned(columns, anchors) {
  let cells = 0;
  let level = 0;
  for (const lines of columns) {
    if (!lines.length) continue;
    const gaps = lines.slice(1).map((l, k) => l.mid - lines[k].mid).sort((a, b) => a - b);
    const pitch = gaps.length ? gaps[Math.floor(gaps.length / 2)] : lines[0].size;
    for (const a of anchors) {
      const near = lines.filter((l) => l.mid > a - 1.3 * pitch && l.mid < a + 1.3 * pitch);
      if (!near.length) continue;
      cells++;
      if (near.some((l) => Math.abs(l.mid - a) < 0.3 * l.size)) level++;
    }
  }
  return cells > 0 && level >= 0.85 * cells;
}
function columnLines(items) {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(it.y - last.y) < 0.5 * Math.max(last.size, it.size)) last.items.push(it);
    else lines.push({ y: it.y, mid: it.y - it.size / 2, size: it.size, items: [it] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x0 - b.x0);
  return lines;
}
function splitCentred(lines, anchors, carry) {
  const n = lines.length;
  const m = anchors.length;
  const size = lines[0]?.size ?? 10;
  const gaps = lines.slice(1).map((l, k) => l.mid - lines[k].mid).sort((a, b) => a - b);
  const pitch = gaps.length ? gaps[Math.floor(gaps.length / 2)] : size;
  const emptyCost = anchors.map((a) => lines.some((l) => Math.abs(l.mid - a) < Math.max(pitch, size)) ? 3 : 0);
  const spread = (from2, to) => {
    let cost = 0;
    for (let k = from2 + 1; k < to; k++) {
      const g = lines[k].mid - lines[k - 1].mid;
      if (g > 1.6 * pitch) cost += g / pitch;
    }
    return cost;
  };
  const groupCost = (from2, to, a) => {
    let sum = 0;
    for (let k = from2; k < to; k++) sum += lines[k].mid;
    const mean = sum / (to - from2);
    return Math.abs(mean - a) / size + spread(from2, to);
  };
  const best = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(Infinity));
  const from = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(-1));
  for (let i2 = 0; i2 <= n; i2++) best[0][i2] = i2 === 0 ? 0 : carry ? spread(0, i2) + 0.2 * i2 : Infinity;
  for (let j = 1; j <= m; j++)
    for (let i2 = 0; i2 <= n; i2++) {
      let b = best[j - 1][i2] + emptyCost[j - 1];
      let f = i2;
      for (let k = 0; k < i2; k++) {
        if (best[j - 1][k] === Infinity) continue;
        const c = best[j - 1][k] + groupCost(k, i2, anchors[j - 1]);
        if (c < b) b = c, f = k;
      }
      best[j][i2] = b;
      from[j][i2] = f;
    }
  const rows = [];
  let i = n;
  for (let j = m; j >= 1; j--) {
    const k = from[j][i];
    rows.unshift(lines.slice(k, i));
    i = k;
  }
  return { carried: lines.slice(0, i), rows };
}
function readGrid(lines, open, text, join) {
  const start = lines.findIndex(isHeader);
  let header = [];
  const used = /* @__PURE__ */ new Set();
  if (start >= 0) {
    const read2 = headerCells(lines, start);
    header = read2.cells;
    for (const l of read2.used) used.add(l);
  } else if (!(open && lines.length && lines[0].segments.length >= 2)) return null;
  const below = lines.filter((l, i) => i > start && !used.has(l));
  const provisional = start >= 0 ? columnBounds(header, []) : open.bounds;
  let body = [];
  for (const l of below) {
    if (crossesColumns(l, provisional)) break;
    body.push(l);
  }
  const b = start >= 0 ? columnBounds(header, body.flatMap((l) => l.segments.flat())) : open.bounds;
  let numbered = false;
  const end = body.findIndex((l) => {
    const first = l.segments.flat().filter((i) => i.x0 < b[0] - 1);
    if (numbered && first.some((i) => !ROW_NUMBER.test(i.str))) return true;
    if (first.some((i) => ROW_NUMBER.test(i.str))) numbered = true;
    return false;
  });
  if (end >= 0) body = body.slice(0, end);
  const headerText = start >= 0 ? header.map((c) => c.text).join(" | ") : open.header;
  const anchors = [];
  const columns = b.map(() => []).concat([[]]);
  for (const l of body) {
    for (const it of l.segments.flat()) {
      const c = columnOf(it, b);
      if (c === 0 && ROW_NUMBER.test(it.str)) anchors.push({ y: it.y - it.size / 2, n: it.str.trim() });
      else columns[c].push(it);
    }
  }
  if (anchors.length === 0 && !(open && start < 0)) return null;
  const rows = anchors.map((a) => ({ y: a.y, x0: 0, x1: 0, cells: [a.n, ...b.map(() => "")], text: "" }));
  const carried = b.map(() => "").concat([""]);
  const render = (ls) => join(ls.map((l) => text(l.items, l.y, l.size)));
  const ys = anchors.map((a) => a.y);
  const lined = columns.map(columnLines);
  const top = topAligned(lined, ys);
  lined.forEach((ls, c) => {
    const split = top ? splitTop(ls, ys) : splitCentred(ls, ys, open !== null);
    carried[c] = render(split.carried);
    split.rows.forEach((cell, r) => rows[r].cells[c] = join([rows[r].cells[c], render(cell)]));
  });
  for (const l of body) used.add(l);
  const x0 = Math.min(...body.flatMap((l) => l.segments.flat().map((i) => i.x0)), Infinity);
  const x1 = Math.max(...body.flatMap((l) => l.segments.flat().map((i) => i.x1)), -Infinity);
  for (const r of rows) {
    r.x0 = x0;
    r.x1 = x1;
    r.text = r.cells.join(" | ");
  }
  if (open?.last && carried.some((t) => t)) {
    open.last.cells = open.last.cells.map((t, c) => join([t, carried[c] ?? ""]));
    open.last.text = open.last.cells.join(" | ");
  }
  const repeated = open !== null && start >= 0 && headerText === open.header;
  const out = [];
  if (start >= 0 && !repeated) out.push({ y: lines[start].y, x0, x1, cells: header.map((c) => c.text), text: headerText });
  out.push(...rows);
  return { rows: out, used, open: { bounds: b, header: repeated ? open.header : headerText, last: rows[rows.length - 1] ?? open?.last ?? null } };
}

// src/ingest/native-builtins.ts
var INTRINSICS = [
  Array,
  Array.prototype,
  Object,
  Object.prototype,
  String,
  String.prototype,
  Number,
  Number.prototype,
  Function.prototype,
  Math,
  JSON,
  Reflect,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  WeakMap.prototype,
  RegExp.prototype,
  Date.prototype,
  ArrayBuffer.prototype,
  DataView.prototype,
  Uint8Array,
  Object.getPrototypeOf(Uint8Array.prototype)
];
var NATIVES = INTRINSICS.flatMap(
  (owner) => Reflect.ownKeys(owner).flatMap((key) => {
    const d = Object.getOwnPropertyDescriptor(owner, key);
    return d && typeof d.value === "function" ? [[owner, key, d]] : [];
  })
);
function restoreNativeBuiltins() {
  for (const [owner, key, native] of NATIVES) {
    const now = Object.getOwnPropertyDescriptor(owner, key);
    if (now?.value !== native.value && now?.configurable !== false) Object.defineProperty(owner, key, native);
  }
}

// src/ingest/pdf.ts
var DEFAULT_PDF_TIMEOUT_MS = 6e4;
var LOOKALIKES = { "\u81F5": "\u7F6E" };
var LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "g");
var CJK = "\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u2014\u2026\u201C\u201D\u2018\u2019\xB7";
var CJK_CHAR = new RegExp(`[${CJK}]`);
var SPACE_IN_CJK = new RegExp(`(?<=[${CJK}])[ \\u00a0]+|[ \\u00a0]+(?=[${CJK}])`, "g");
var SPACE_BEFORE_INDEX = /\s+(?=[\u2070-\u209f\u00b2\u00b3\u00b9])/g;
var LABEL = /^(（\s*[0-9一二三四五六七八九十]+\s*）|\(\s*[0-9]+\s*\)|[0-9]+(\.[0-9]+)*[.．、]?|[一二三四五六七八九十]+、|[①-⑳]|第[一二三四五六七八九十0-9]+[章节条])$/;
var UNIT_CHARS = "\u5E74\u6708\u65E5\u65F6\u4E07\u4EBF\u5143\u4E2A\u9879\u4EF6\u6B21\u53F0\u5957\u5BB6\u540D\u4F4D\u4EBA\u79CD\u7C7B\u7BC7\u500D";
var LEAD_NUMBER = new RegExp(`^\\s*([0-9]{4}) +(?=[${CJK}])(?![${UNIT_CHARS}])`);
var HEADING_START = /^([0-9]{4} (?![年月日时万亿元个项件次台套家名位人种类篇倍])|（[一二三四五六七八九十0-9]+）|\([0-9]+\)|[一二三四五六七八九十]+、|[0-9]+(\.[0-9]+)*[.．、](?![0-9])|[①-⑳]|第[一二三四五六七八九十]+[章节条部])/;
var PAGE_NUMBER = /^([—–－\-·•]\s*[0-9]{1,4}\s*[—–－\-·•]|第\s*[0-9]{1,4}\s*页(\s*[,，/]?\s*共\s*[0-9]{1,4}\s*页)?|[0-9]{1,4}(\s*[/／]\s*[0-9]{1,4})?|[Pp]age\s*[0-9]{1,4}(\s*(of|\/)\s*[0-9]{1,4})?|-\s*[0-9]{1,4}\s*-)$/;
async function ingestPdf(bytes, path, options = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const started = Date.now();
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (!head.includes("%PDF-")) throw new GuideError("corrupt-file", path, { detail: "no %PDF header" });
  const { PDFParse } = await import("pdf-parse");
  restoreNativeBuiltins();
  const pdfjsDir = pdfjsDistDir();
  const parser = new PDFParse({
    data: bytes.slice(),
    cMapUrl: pdfjsDir + sep + "cmaps" + sep,
    cMapPacked: true,
    standardFontDataUrl: pdfjsDir + sep + "standard_fonts" + sep,
    isEvalSupported: false,
    verbosity: 0
  });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new GuideError("timeout", path, { seconds: Math.round(timeoutMs / 1e3) })), timeoutMs);
  });
  try {
    return await Promise.race([read(parser, path, started, timeoutMs), timeout]);
  } catch (err) {
    throw toGuideError(err, path);
  } finally {
    clearTimeout(timer);
    await parser.destroy().catch(() => {
    });
  }
}
function pdfjsDistDir() {
  const require2 = createRequire(import.meta.url);
  const pdfParseEntry = require2.resolve("pdf-parse");
  return dirname(require2.resolve("pdfjs-dist/package.json", { paths: [pdfParseEntry] }));
}
function toGuideError(err, path) {
  if (err instanceof GuideError) return err;
  const name = err?.name ?? "";
  const message = String(err?.message ?? err);
  if (name === "PasswordException" || /password/i.test(message)) return new GuideError("encrypted-pdf", path);
  return new GuideError("corrupt-file", path, { detail: message.slice(0, 120) });
}
async function read(parser, path, started, timeoutMs) {
  const internals = parser;
  const doc = await internals.load();
  restoreNativeBuiltins();
  const pages = [];
  const heights = [];
  const grid = { open: null };
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    if (Date.now() - started > timeoutMs) throw new GuideError("timeout", path, { seconds: Math.round(timeoutMs / 1e3) });
    const page = await doc.getPage(n);
    const [vx0, vy0, vx1, vy1] = page.view;
    const height = vy1 - vy0;
    const content = await page.getTextContent();
    const items = [];
    let spaceBefore = false;
    for (const raw of content.items) {
      if (!("str" in raw)) continue;
      const t = raw.transform;
      if (slanted(t)) continue;
      const size = Math.hypot(t[2], t[3]) || Math.abs(t[3]) || raw.height || 10;
      const str = raw.str.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c]);
      if (!str.trim()) {
        spaceBefore = str.length > 0;
        continue;
      }
      chars += str.trim().length;
      items.push({ str, x0: t[4] - vx0, x1: t[4] - vx0 + raw.width, y: vy1 - t[5], size, spaceBefore });
      spaceBefore = false;
    }
    const halves = sheetHalves(items, vx1 - vx0, height);
    if (halves) {
      for (const half of halves) {
        heights.push(half.height);
        pages.push(layoutPage(half.items, [], half.width, grid, toLines(half.items)));
      }
      page.cleanup();
      continue;
    }
    heights.push(height);
    let tables = [];
    let lines = toLines(items);
    if (lines.some((l) => l.segments.length > 1)) {
      try {
        const store = await internals.getPageTables(page);
        store.normalize();
        tables = store.getTableData().filter((t) => t.rows.length >= 2 && t.rows.some((r) => r.length >= 2));
      } catch {
        tables = [];
      }
    }
    if (!tables.length && dropLineNumbers(items)) lines = toLines(items);
    pages.push(layoutPage(items, tables, vx1 - vx0, grid, lines));
    page.cleanup();
  }
  if (chars === 0) throw new GuideError("no-text-layer", path);
  return assemble(pages, heights);
}
function slanted(t) {
  const degrees = Math.abs(Math.atan2(t[1], t[0]) * 180 / Math.PI) % 90;
  return degrees > 5 && degrees < 85;
}
function dropLineNumbers(items) {
  const isNumber = (i) => /^\s*\d{1,4}\s*$/.test(i.str);
  const text = items.filter((i) => !isNumber(i));
  if (items.length - text.length < 3 || !text.length) return false;
  const left = Math.min(...text.map((i) => i.x0));
  const margin2 = items.filter((i) => isNumber(i) && i.x1 <= left - 0.2 * i.size).sort((a, b) => a.y - b.y);
  if (margin2.length < 3) return false;
  const baselines = toLines(text).map((l) => l.y);
  const counted = margin2.slice(1).filter((n, k) => {
    const from = margin2[k];
    const lines = baselines.filter((y) => y >= from.y - 0.5 * from.size && y < n.y - 0.5 * n.size).length;
    return lines === Number(n.str) - Number(from.str);
  });
  if (counted.length < 0.8 * (margin2.length - 1)) return false;
  for (const n of margin2) items.splice(items.indexOf(n), 1);
  return true;
}
function sheetHalves(items, width, height) {
  if (width <= height || items.length < 8) return null;
  const chars = (its) => its.reduce((n, i) => n + i.str.length, 0);
  const total = chars(items);
  for (let x = width * 0.45; x <= width * 0.55; x += 2) {
    if (items.some((i) => i.x0 < x - 1 && i.x1 > x + 1)) continue;
    const left = items.filter((i) => i.x1 <= x + 1);
    const right = items.filter((i) => i.x0 >= x - 1);
    if (chars(left) < total * 0.2 || chars(right) < total * 0.2) return null;
    const edgeKey = (its, top) => {
      const y = top ? Math.min(...its.map((i) => i.y)) : Math.max(...its.map((i) => i.y));
      return furnitureKey(its.filter((i) => Math.abs(i.y - y) < 2).sort((a, b) => a.x0 - b.x0).map((i) => i.str).join(""));
    };
    if (edgeKey(left, true) !== edgeKey(right, true) && edgeKey(left, false) !== edgeKey(right, false)) return null;
    return [left, right].map((its) => {
      const x0 = Math.min(...its.map((i) => i.x0));
      const y0 = Math.min(...its.map((i) => i.y - i.size));
      const moved = its.map((i) => ({ ...i, x0: i.x0 - x0, x1: i.x1 - x0, y: i.y - y0 }));
      return { items: moved, width: Math.max(...moved.map((i) => i.x1)) + 1, height: Math.max(...moved.map((i) => i.y)) + 1 };
    });
  }
  return null;
}
function toLines(items) {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    const big = Math.max(last?.size ?? 0, it.size);
    const small = Math.min(last?.size ?? 0, it.size);
    const tolerance = small < 0.8 * big ? 0.65 * big : 0.45 * big;
    if (last && Math.abs(it.y - last.y) < tolerance) {
      last.items.push(it);
      if (it.size > last.size) last.size = it.size, last.y = it.y;
    } else lines.push({ y: it.y, size: it.size, items: [it] });
  }
  return lines.map((l) => {
    const its = l.items.sort((a, b) => a.x0 - b.x0);
    const segments = [];
    let textX0;
    for (const it of its) {
      const seg = segments[segments.length - 1];
      const prev = seg?.[seg.length - 1];
      const gap = prev ? it.x0 - prev.x1 : 0;
      if (seg && gap < 1.8 * l.size) seg.push(it);
      else if (seg && segments.length === 1 && LABEL.test(seg.map((s) => s.str).join("").trim())) {
        textX0 = it.x0;
        seg.push(it);
      } else segments.push([it]);
    }
    return { y: l.y, size: l.size, x0: its[0].x0, x1: Math.max(...its.map((i) => i.x1)), segments, textX0 };
  });
}
function segmentText(items, lineY, lineSize) {
  const own = items.reduce((a, b) => b.size > a.size ? b : a);
  if (own.size < 0.85 * lineSize && items.reduce((n, it) => n + it.str.trim().length, 0) > 3) lineY = own.y, lineSize = own.size;
  let s = "";
  let prev;
  let inSuper = false;
  for (const it of items) {
    const sup = it.size < 0.85 * lineSize && lineY - it.y > 0.2 * lineSize;
    let str = it.str;
    if (sup && /^\s*[0-9*]{1,2}\s*$/.test(str) && (!prev || CJK_CHAR.test(s.slice(-1)))) continue;
    if (sup && !inSuper) str = "^" + str.trimStart();
    if (prev) {
      const gap = it.x0 - prev.x1;
      if (gap > 0.2 * Math.min(prev.size, it.size) && !/\s$/.test(s) && !/^\s/.test(str) && !sup) str = (it.spaceBefore ? " " : "\u2009") + str;
    }
    inSuper = sup;
    s += str;
    prev = it;
  }
  return tidy(s);
}
function tidy(s) {
  const lead = LEAD_NUMBER.exec(s);
  const head = lead ? lead[1] + " " : "";
  const rest = lead ? s.slice(lead[0].length) : s;
  const spaced = rest.replace(SPACE_BEFORE_INDEX, "").replace(/\s+/g, " ");
  return head + (spaced.includes(" ") ? spaced.replace(SPACE_IN_CJK, "") : spaced).trim();
}
function layoutPage(items, tables, width, grid, itemLines) {
  const pieces = [];
  const inTable = (it) => tables.find((t) => {
    const cx = (it.x0 + it.x1) / 2;
    const cy = it.y - it.size / 3;
    return cx >= t.minXY.x - 1 && cx <= t.maxXY.x + 1 && cy >= t.minXY.y - 1 && cy <= t.maxXY.y + 1;
  });
  const free = [];
  const byTable = /* @__PURE__ */ new Map();
  for (const it of items) {
    const t = inTable(it);
    if (t) byTable.set(t, [...byTable.get(t) ?? [], it]);
    else free.push(it);
  }
  for (const [t, its] of byTable) {
    for (const row of t.rows) {
      const cells = row.map((cell) => {
        const inside = its.filter((it) => {
          const cx = (it.x0 + it.x1) / 2;
          const cy = it.y - it.size / 3;
          return cx >= cell.minXY.x - 1 && cx <= cell.maxXY.x + 1 && cy >= cell.minXY.y - 1 && cy <= cell.maxXY.y + 1;
        });
        return joinLines(toLines(inside).map((l) => lineText(l)));
      });
      while (cells.length && !cells[cells.length - 1]) cells.pop();
      if (!cells.some((c) => c)) continue;
      const y = Math.min(...row.map((c) => c.minXY.y));
      pieces.push({ y, x0: t.minXY.x, x1: t.maxXY.x, size: 0, text: cells.map((c) => c.replace(/\s*\|\s*/g, " ")).join(" | "), table: true });
    }
  }
  let lines = tables.length ? toLines(free) : itemLines;
  const unruled = tables.length ? null : readGrid(lines, grid.open, segmentText, joinLines);
  grid.open = unruled?.open ?? null;
  if (unruled) {
    for (const r of unruled.rows) pieces.push(Object.assign(r, { size: 0, table: true }));
    lines = lines.filter((l) => !unruled.used.has(l));
  }
  lines = splitAtColumns(mergeCentredCells(splitAtColumns(lines)));
  const gutter = findGutter(lines, width);
  let open = null;
  for (const l of lines) {
    if (open && gutter === null && continuesRow(l, open)) continue;
    open = null;
    if (gutter !== null && l.segments.length > 1 && l.segments.some((s) => s[0].x0 >= gutter) && l.segments.some((s) => s[0].x0 < gutter)) {
      const left = l.segments.filter((s) => s[0].x0 < gutter);
      const right = l.segments.filter((s) => s[0].x0 >= gutter);
      for (const side of [left, right]) {
        const its = side.flat();
        pieces.push({ y: l.y, x0: its[0].x0, x1: Math.max(...its.map((i) => i.x1)), size: l.size, text: side.map((s) => segmentText(s, l.y, l.size)).join(" | "), table: side.length > 1 });
      }
    } else {
      const piece = { y: l.y, x0: l.x0, x1: l.x1, textX0: l.textX0, size: l.size, text: lineText(l), table: l.segments.length > 1 };
      pieces.push(piece);
      if (piece.table) open = { piece, starts: l.segments.map((g) => g[0].x0), cells: l.segments.map((g) => segmentText(g, l.y, l.size)), lastY: l.y };
    }
  }
  return order(pieces, gutter);
}
function splitAtColumns(lines) {
  const starts = lines.map((l) => l.segments.slice(1).map((g) => g[0].x0));
  return lines.map((l, i) => {
    const near = [];
    for (let k = Math.max(0, i - 8); k <= Math.min(lines.length - 1, i + 8); k++) if (k !== i) near.push(...starts[k]);
    if (near.length < 2) return l;
    const isColumn = (x) => near.filter((n) => Math.abs(n - x) < 0.5 * l.size).length >= 2;
    let changed = false;
    const segments = l.segments.flatMap((g) => {
      const parts = [[g[0]]];
      for (let k = 1; k < g.length; k++) {
        const gap = g[k].x0 - g[k - 1].x1;
        if (gap > 0.4 * l.size && isColumn(g[k].x0)) {
          parts.push([g[k]]);
          changed = true;
        } else parts[parts.length - 1].push(g[k]);
      }
      return parts;
    });
    return changed ? { ...l, segments } : l;
  });
}
function mergeCentredCells(lines) {
  const out = [];
  const right = Math.max(...lines.map((l) => l.x1));
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1].y - lines[j].y < 0.8 * Math.min(lines[j].size, lines[j + 1].size) && lines[j + 1].y > lines[j].y) j++;
    const run = lines.slice(i, j + 1);
    if (run.length < 3) {
      out.push(lines[i]);
      continue;
    }
    const columns = [];
    for (const l of run)
      for (const g of l.segments) {
        const x0 = g[0].x0;
        const x1 = Math.max(...g.map((it) => it.x1));
        const col = columns.find((c) => Math.min(c.x1, x1) - Math.max(c.x0, x0) > 0);
        if (col) col.items.push(...g), col.x0 = Math.min(col.x0, x0), col.x1 = Math.max(col.x1, x1);
        else columns.push({ x0, x1, items: [...g] });
      }
    columns.sort((a, b) => a.x0 - b.x0);
    const wraps = columns.length >= 2 && columns.every((c, k) => {
      const edge = k + 1 < columns.length ? columns[k + 1].x0 : right;
      const pieces = run.flatMap((l) => l.segments.filter((g) => c.items.includes(g[0])));
      return pieces.slice(0, -1).every((g) => Math.max(...g.map((it) => it.x1)) >= edge - 4 * run[0].size);
    });
    if (!wraps) {
      out.push(lines[i]);
      continue;
    }
    const segments = columns.map((c) => c.items);
    out.push({ y: run[0].y, size: Math.max(...run.map((l) => l.size)), x0: Math.min(...run.map((l) => l.x0)), x1: Math.max(...run.map((l) => l.x1)), segments });
    i = j;
  }
  return out;
}
function continuesRow(l, open) {
  const dy = l.y - open.lastY;
  if (dy <= 0 || dy > 2.2 * l.size) return false;
  const cols = l.segments.map((g) => open.starts.findIndex((x) => Math.abs(g[0].x0 - x) < 0.6 * l.size));
  if (!cols.every((c, i) => c > 0 && (i === 0 || c > cols[i - 1]))) return false;
  cols.forEach((c, i) => open.cells[c] = joinLines([open.cells[c], segmentText(l.segments[i], l.y, l.size)]));
  open.piece.text = open.cells.join(" | ");
  open.lastY = l.y;
  return true;
}
function lineText(l) {
  return l.segments.map((s) => segmentText(s, l.y, l.size)).join(" | ");
}
function findGutter(lines, width) {
  const split = lines.filter((l) => l.segments.length > 1);
  if (lines.length < 8 || split.length < 6) return null;
  const spans = lines.map((l) => l.segments.map((s) => ({ x0: s[0].x0, x1: Math.max(...s.map((i) => i.x1)) })));
  let best = null;
  let bestScore = 0;
  for (let x = width * 0.35; x <= width * 0.65; x += 2) {
    let both = 0;
    let crossing = 0;
    let leftWide = 0;
    let rightWide = 0;
    for (const segs of spans) {
      if (segs.some((s) => s.x0 < x - 2 && s.x1 > x + 2)) crossing++;
      const left = segs.filter((s) => s.x1 <= x);
      const right = segs.filter((s) => s.x0 >= x);
      if (left.length && right.length) {
        both++;
        if (left.length === 1 && left[0].x1 - left[0].x0 > width * 0.25) leftWide++;
        if (right.length === 1 && right[0].x1 - right[0].x0 > width * 0.25) rightWide++;
      }
    }
    if (both >= 6 && leftWide + rightWide >= both && Math.min(leftWide, rightWide) >= both * 0.4 && crossing <= both * 0.3 && both > bestScore) {
      bestScore = both;
      best = x;
    }
  }
  return best;
}
function order(pieces, gutter) {
  pieces.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  if (gutter === null) return pieces;
  const out = [];
  let left = [];
  let right = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const p of pieces) {
    if (p.x1 <= gutter + 2) left.push({ ...p, col: "left" });
    else if (p.x0 >= gutter - 2) right.push({ ...p, col: "right" });
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}
function joinLines(texts) {
  let s = "";
  for (const t of texts) {
    if (!t) continue;
    const a = s[s.length - 1] ?? "";
    const b = t[0];
    const cjk = CJK_CHAR.test(s) || CJK_CHAR.test(t);
    const space = s && !cjk && a !== "-" && !(/[0-9.]/.test(a) && /[0-9.%]/.test(b));
    s = space ? `${s} ${t}` : s + t;
  }
  return s;
}
function furnitureKey(text) {
  return text.replace(/[0-9０-９]+/g, "#").replace(/\s+/g, "");
}
function assemble(pages, heights) {
  const edge = (p, h) => p.y < h * 0.09 && !p.table || p.y > h * 0.91;
  const counts = /* @__PURE__ */ new Map();
  pages.forEach((ps, i) => {
    const keys = new Set(ps.filter((p) => edge(p, heights[i])).map((p) => furnitureKey(p.text)));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const minRepeats = Math.max(2, Math.ceil(pages.length * 0.5));
  const m = margins(pages);
  const bodySize = mode(pages.flat().filter((p) => !p.table).map((p) => p.size)) ?? 12;
  const lines = [];
  const firstLine = [];
  let prev;
  for (let i = 0; i < pages.length; i++) {
    const h = heights[i];
    const kept = pages[i].filter((p) => {
      if (/^[0-9]{1,2}$/.test(p.text) && p.size < 0.8 * bodySize) return false;
      if (!edge(p, h)) return true;
      if (PAGE_NUMBER.test(p.text.replace(/\s+/g, " ").trim())) return false;
      return pages.length < 2 || (counts.get(furnitureKey(p.text)) ?? 0) < minRepeats;
    });
    const r = joinParagraphs(kept, m, lines, prev);
    firstLine.push(r.firstNew);
    prev = r.prev;
  }
  const starts = [0];
  for (const l of lines) starts.push(starts[starts.length - 1] + l.length + 1);
  const pageStarts = firstLine.map((k) => starts[k]);
  return { format: "pdf", text: lines.join("\n") + (lines.length ? "\n" : ""), pageStarts };
}
function margin(values, min, side) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(Math.round(v / 2), (counts.get(Math.round(v / 2)) ?? 0) + 1);
  const frequent = [...counts].filter(([, c]) => c >= min).map(([k]) => k * 2);
  if (!frequent.length) return void 0;
  return side === "left" ? Math.min(...frequent) : Math.max(...frequent);
}
function mode(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best;
  let bestCount = 0;
  for (const [k, c] of counts) if (c > bestCount) best = k, bestCount = c;
  return best;
}
var colOf = (p) => p.col ?? "full";
function margins(pages) {
  const byCol = /* @__PURE__ */ new Map();
  for (const ps of pages) for (const p of ps) if (!p.table) byCol.set(colOf(p), [...byCol.get(colOf(p)) ?? [], p]);
  const right = /* @__PURE__ */ new Map();
  const left = /* @__PURE__ */ new Map();
  for (const [c, ps] of byCol) {
    const min = Math.max(3, Math.ceil(ps.length * 0.15));
    const r = margin(ps.map((p) => p.x1), min, "right");
    const l = margin(ps.map((p) => p.x0), Math.max(3, Math.ceil(ps.length * 0.01)), "left");
    if (r !== void 0) right.set(c, r);
    if (l !== void 0) left.set(c, l);
  }
  return { right, left };
}
function joinParagraphs(pieces, m, out, carried) {
  let prev = carried;
  let firstNew = -1;
  for (const p of pieces) {
    if (!p.text) continue;
    const right = prev ? m.right.get(colOf(prev)) : void 0;
    const left = m.left.get(colOf(p));
    const below = prev === carried ? true : p.y - prev.y > 0 && p.y - prev.y < 2.2 * p.size;
    const joinable = prev && !prev.table && !p.table && right !== void 0 && left !== void 0 && Math.abs(p.size - prev.size) < 0.15 * prev.size && below && prev.x1 >= right - 1.5 * prev.size && (Math.abs(p.x0 - left) < 0.5 * p.size || prev.textX0 !== void 0 && Math.abs(p.x0 - prev.textX0) < 0.5 * p.size) && !HEADING_START.test(p.text);
    if (joinable && out.length) out[out.length - 1] = joinLines([out[out.length - 1], p.text.replace(LEAD_NUMBER, "$1")]);
    else {
      if (firstNew < 0) firstNew = out.length;
      out.push(p.text);
    }
    prev = p;
  }
  return { prev, firstNew: firstNew < 0 ? out.length : firstNew };
}
export {
  DEFAULT_PDF_TIMEOUT_MS,
  ingestPdf
};
