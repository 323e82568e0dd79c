import { createRequire } from "node:module";
import { dirname, sep } from "node:path";
import { GuideError } from "../core/errors.js";
import type { IngestedText } from "./types.js";
import { readGrid, type GridRow, type OpenGrid } from "./pdf-grid.js";
import { restoreNativeBuiltins } from "./native-builtins.js";

/** Options of ingestPdf. */
export interface PdfOptions {
  /** Give up after this many milliseconds (GuideError "timeout"). Default 60 000. */
  timeoutMs?: number;
}

/** Default time limit of one PDF: a 100-page notice reads in a few seconds. */
export const DEFAULT_PDF_TIMEOUT_MS = 60_000;

/**
 * Ideographs pdf.js maps to a look-alike because of the font's ToUnicode table (not Kangxi radicals, which
 * normalize handles): every 置 in ../shared/real-docs/cmde-2015-intervertebral-fusion.pdf comes out as 臵.
 */
const LOOKALIKES: Record<string, string> = { "臵": "置" };
const LOOKALIKE_RE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "g");

/** A text item of pdf.js in top-left page coordinates. */
interface Item {
  str: string;
  x0: number;
  x1: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  /** A space glyph (a whitespace-only item of pdf.js) stood right before this item. */
  spaceBefore?: boolean;
}

/** A visual line: items on one baseline, split into segments where there is a wide gap. */
interface Line {
  textX0?: number;
  y: number;
  size: number;
  x0: number;
  x1: number;
  segments: Item[][];
}

/** A piece of page content in reading order: a text line, or a table row. */
interface Piece {
  y: number;
  x0: number;
  /** Where the text starts after a list label (hanging indent of wrapped headings). */
  textX0?: number;
  x1: number;
  size: number;
  text: string;
  table: boolean;
  /** Which margins apply: a full-width line, or the left or right column of a two-column band. */
  col?: "full" | "left" | "right";
}

/** The parts of pdf.js this adapter uses (pdf-parse 2 pins pdfjs-dist 5). */
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
interface PdfPage {
  view: number[];
  getTextContent(): Promise<{ items: (PdfTextItem | { type: string })[] }>;
  cleanup(): void;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}
interface TableCell {
  minXY: { x: number; y: number };
  maxXY: { x: number; y: number };
}
interface TableData {
  minXY: { x: number; y: number };
  maxXY: { x: number; y: number };
  rows: TableCell[][];
}

const CJK = "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7";
const CJK_CHAR = new RegExp(`[${CJK}]`);
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}])[ \\u00a0]+|[ \\u00a0]+(?=[${CJK}])`, "g");
/** Spaces before sub- and superscript digits (`CO ₂`, pdf.js puts one into the item). */
const SPACE_BEFORE_INDEX = /\s+(?=[\u2070-\u209f\u00b2\u00b3\u00b9])/g;
/** A list label standing alone before a tab: `1.`, `（1）`, `①`, `一、`. Its gap is not a table cell. */
const LABEL = /^(（\s*[0-9一二三四五六七八九十]+\s*）|\(\s*[0-9]+\s*\)|[0-9]+(\.[0-9]+)*[.．、]?|[一二三四五六七八九十]+、|[①-⑳]|第[一二三四五六七八九十0-9]+[章节条])$/;
/** Units and measure words: `2000 万元` at the start of a line is a wrapped amount, not a code. */
const UNIT_CHARS = "年月日时万亿元个项件次台套家名位人种类篇倍";
/** A four-digit code at the start of a line, a space item of pdf.js (not a gap, marked U+2009), CJK text. */
const LEAD_NUMBER = new RegExp(`^\\s*([0-9]{4}) +(?=[${CJK}])(?![${UNIT_CHARS}])`);
/** Lines that start a new paragraph even after a full line: heading numbers, four-digit direction codes (seed 002). */
const HEADING_START = /^([0-9]{4} (?![年月日时万亿元个项件次台套家名位人种类篇倍])|（[一二三四五六七八九十0-9]+）|\([0-9]+\)|[一二三四五六七八九十]+、|[0-9]+(\.[0-9]+)*[.．、](?![0-9])|[①-⑳]|第[一二三四五六七八九十]+[章节条部])/;
const PAGE_NUMBER = /^([—–－\-·•]\s*[0-9]{1,4}\s*[—–－\-·•]|第\s*[0-9]{1,4}\s*页(\s*[,，/]?\s*共\s*[0-9]{1,4}\s*页)?|[0-9]{1,4}(\s*[/／]\s*[0-9]{1,4})?|[Pp]age\s*[0-9]{1,4}(\s*(of|\/)\s*[0-9]{1,4})?|-\s*[0-9]{1,4}\s*-)$/;

/**
 * Read a PDF with pdf-parse (pdf.js): lines rebuilt from text positions in reading order (two-column
 * pages, ruled tables as rows " | "), paragraphs re-joined, CJK without spurious spaces, superscripts as
 * `^6`, running headers/footers and page numbers dropped; `pageStarts` gives each page's offset.
 *
 * Non-embedded CJK fonts with predefined CMaps (UniGB-UCS2-H, ../shared/samples/predefined_cmap_gb.pdf)
 * come out EMPTY from pdf.js unless cMapUrl and standardFontDataUrl point into the installed pdfjs-dist.
 *
 * @throws GuideError encrypted-pdf, corrupt-file, no-text-layer (a scan: OCR first), timeout.
 */
export async function ingestPdf(bytes: Uint8Array, path: string, options: PdfOptions = {}): Promise<IngestedText> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const started = Date.now();
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (!head.includes("%PDF-")) throw new GuideError("corrupt-file", path, { detail: "no %PDF header" });

  const { PDFParse } = await import("pdf-parse");
  restoreNativeBuiltins();
  const pdfjsDir = pdfjsDistDir();
  // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy.
  const parser = new PDFParse({
    data: bytes.slice(),
    cMapUrl: pdfjsDir + sep + "cmaps" + sep,
    cMapPacked: true,
    standardFontDataUrl: pdfjsDir + sep + "standard_fonts" + sep,
    isEvalSupported: false,
    verbosity: 0,
  } as ConstructorParameters<typeof PDFParse>[0]);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GuideError("timeout", path, { seconds: Math.round(timeoutMs / 1000) })), timeoutMs);
  });
  try {
    return await Promise.race([read(parser, path, started, timeoutMs), timeout]);
  } catch (err) {
    throw toGuideError(err, path);
  } finally {
    clearTimeout(timer);
    await parser.destroy().catch(() => {});
  }
}

function pdfjsDistDir(): string {
  const require = createRequire(import.meta.url);
  const pdfParseEntry = require.resolve("pdf-parse");
  return dirname(require.resolve("pdfjs-dist/package.json", { paths: [pdfParseEntry] }));
}

function toGuideError(err: unknown, path: string): GuideError {
  if (err instanceof GuideError) return err;
  const name = (err as Error)?.name ?? "";
  const message = String((err as Error)?.message ?? err);
  if (name === "PasswordException" || /password/i.test(message)) return new GuideError("encrypted-pdf", path);
  return new GuideError("corrupt-file", path, { detail: message.slice(0, 120) });
}

async function read(parser: InstanceType<typeof import("pdf-parse").PDFParse>, path: string, started: number, timeoutMs: number): Promise<IngestedText> {
  // pdf-parse 2 returns only joined text; its loaded pdf.js document gives the positions we need.
  const internals = parser as unknown as { load(): Promise<PdfDoc>; getPageTables(page: PdfPage): Promise<{ normalize(): void; getTableData(): TableData[] }> };
  const doc = await internals.load();
  // (its worker module, loaded with the first document, brings the polyfills again)
  restoreNativeBuiltins();
  const pages: Piece[][] = [];
  const heights: number[] = [];
  // A table without rules may run on from one page to the next.
  const grid: { open: OpenGrid | null } = { open: null };
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    if (Date.now() - started > timeoutMs) throw new GuideError("timeout", path, { seconds: Math.round(timeoutMs / 1000) });
    const page = await doc.getPage(n);
    const [vx0, vy0, vx1, vy1] = page.view;
    const height = vy1 - vy0;
    const content = await page.getTextContent();
    const items: Item[] = [];
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
      // two pages printed on one sheet: each half is laid out as a page of its own, left then right
      for (const half of halves) {
        heights.push(half.height);
        pages.push(layoutPage(half.items, [], half.width, grid, toLines(half.items)));
      }
      page.cleanup();
      continue;
    }
    heights.push(height);
    let tables: TableData[] = [];
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
    // (a sheet printed with its row headings has them in its ruled grid: a table's column, kept)
    if (!tables.length && dropLineNumbers(items)) lines = toLines(items);
    pages.push(layoutPage(items, tables, vx1 - vx0, grid, lines));
    page.cleanup();
  }
  if (chars === 0) throw new GuideError("no-text-layer", path);
  return assemble(pages, heights);
}

/**
 * Text set at a slant (征求意见稿, 内部资料 drawn across the page at 45°): a watermark, not the notice's text. Text
 * turned a quarter (a rotated page, a vertical table header) is kept.
 */
function slanted(t: number[]): boolean {
  const degrees = Math.abs((Math.atan2(t[1], t[0]) * 180) / Math.PI) % 90;
  return degrees > 5 && degrees < 85;
}

/**
 * Remove the line numbers a word processor prints in the left margin (1, 2, 3 … or every fifth line, per page or
 * running on): bare numbers left of all other text of the page, at least three (a short last page), that count the
 * lines of text — as many lines from one to the next as the count goes up. A table's 序号 column counts rows, whose
 * cells wrap, and mostly stands within the text's margin: it is kept. Returns whether it removed any.
 */
function dropLineNumbers(items: Item[]): boolean {
  const isNumber = (i: Item) => /^\s*\d{1,4}\s*$/.test(i.str);
  const text = items.filter((i) => !isNumber(i));
  if (items.length - text.length < 3 || !text.length) return false;
  const left = Math.min(...text.map((i) => i.x0));
  const margin = items.filter((i) => isNumber(i) && i.x1 <= left - 0.2 * i.size).sort((a, b) => a.y - b.y);
  if (margin.length < 3) return false;
  const baselines = toLines(text).map((l) => l.y);
  const counted = margin.slice(1).filter((n, k) => {
    const from = margin[k];
    const lines = baselines.filter((y) => y >= from.y - 0.5 * from.size && y < n.y - 0.5 * n.size).length;
    return lines === Number(n.str) - Number(from.str);
  });
  if (counted.length < 0.8 * (margin.length - 1)) return false;
  for (const n of margin) items.splice(items.indexOf(n), 1);
  return true;
}

/**
 * A landscape sheet with two pages printed side by side ("2 pages per sheet"), as its halves — each moved to start
 * at its own top-left corner, with its own width and height — or null. The sign of it: no text crosses the middle,
 * both halves hold a good part of the text, and each half has the same running header or footer as the other
 * (digits aside: the page numbers differ).
 */
function sheetHalves(items: Item[], width: number, height: number): { items: Item[]; width: number; height: number }[] | null {
  if (width <= height || items.length < 8) return null;
  const chars = (its: Item[]) => its.reduce((n, i) => n + i.str.length, 0);
  const total = chars(items);
  for (let x = width * 0.45; x <= width * 0.55; x += 2) {
    if (items.some((i) => i.x0 < x - 1 && i.x1 > x + 1)) continue;
    const left = items.filter((i) => i.x1 <= x + 1);
    const right = items.filter((i) => i.x0 >= x - 1);
    if (chars(left) < total * 0.2 || chars(right) < total * 0.2) return null;
    const edgeKey = (its: Item[], top: boolean) => {
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

/** Group items into lines by baseline (superscripts, raised by a third of the size, stay on their line). */
function toLines(items: Item[]): Line[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: { y: number; size: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    const big = Math.max(last?.size ?? 0, it.size);
    const small = Math.min(last?.size ?? 0, it.size);
    // Superscripts (10^6, cm^-2, footnote marks) are smaller and raised by up to half the line's size.
    const tolerance = small < 0.8 * big ? 0.65 * big : 0.45 * big;
    if (last && Math.abs(it.y - last.y) < tolerance) {
      last.items.push(it);
      // The line's baseline is that of its largest text, not of a superscript.
      if (it.size > last.size) (last.size = it.size), (last.y = it.y);
    } else lines.push({ y: it.y, size: it.size, items: [it] });
  }
  return lines.map((l) => {
    const its = l.items.sort((a, b) => a.x0 - b.x0);
    const segments: Item[][] = [];
    let textX0: number | undefined;
    for (const it of its) {
      const seg = segments[segments.length - 1];
      const prev = seg?.[seg.length - 1];
      const gap = prev ? it.x0 - prev.x1 : 0;
      if (seg && gap < 1.8 * l.size) seg.push(it);
      else if (seg && segments.length === 1 && LABEL.test(seg.map((s) => s.str).join("").trim())) {
        textX0 = it.x0;
        seg.push(it);
      }
      else segments.push([it]);
    }
    return { y: l.y, size: l.size, x0: its[0].x0, x1: Math.max(...its.map((i) => i.x1)), segments, textX0 };
  });
}

/** Text of a run of items on one line: spaces from gaps between Latin words only, ^ before superscripts. */
function segmentText(items: Item[], lineY: number, lineSize: number): string {
  // A run of smaller text beside a larger one on the same baseline (the other column of a two-column page
  // beside a heading) is measured against its own largest item, not raised against the heading.
  const own = items.reduce((a, b) => (b.size > a.size ? b : a));
  if (own.size < 0.85 * lineSize && items.reduce((n, it) => n + it.str.trim().length, 0) > 3) (lineY = own.y), (lineSize = own.size);
  let s = "";
  let prev: Item | undefined;
  let inSuper = false;
  for (const it of items) {
    const sup = it.size < 0.85 * lineSize && lineY - it.y > 0.2 * lineSize;
    let str = it.str;
    // A raised number right after CJK text is a footnote mark (万元¹), not an exponent (10⁶, cm⁻²): dropped.
    if (sup && /^\s*[0-9*]{1,2}\s*$/.test(str) && (!prev || CJK_CHAR.test(s.slice(-1)))) continue;
    if (sup && !inSuper) str = "^" + str.trimStart();
    if (prev) {
      const gap = it.x0 - prev.x1;
      // A space made from a gap is marked (thin space) so that tidy() can tell it from a space glyph.
      if (gap > 0.2 * Math.min(prev.size, it.size) && !/\s$/.test(s) && !/^\s/.test(str) && !sup) str = (it.spaceBefore ? " " : "\u2009") + str;
    }
    inSuper = sup;
    s += str;
    prev = it;
  }
  return tidy(s);
}

/**
 * Collapse whitespace and drop spaces next to CJK: justified lines gain them, and a space typed between an
 * ideograph and Latin text (seed 001: `绿色高效 CO₂ 捕集`) cannot be told from the quarter-em gap that
 * LibreOffice and Word put there by themselves (pdf.js gives both as a space item of about the same width).
 * A leading four-digit code keeps a space item after it: `1002 新能源…` (seed 002's direction codes, which
 * structure reads as prose when written `1002新能源`), as in the TXT and DOCX versions; joinParagraphs takes
 * the space out again when the line turns out to continue a paragraph. (`1.突破…` stays tight, as
 * ../shared/samples/gov_sample.truth.txt writes it.)
 */
function tidy(s: string): string {
  const lead = LEAD_NUMBER.exec(s);
  const head = lead ? lead[1] + " " : "";
  const rest = lead ? s.slice(lead[0].length) : s;
  const spaced = rest.replace(SPACE_BEFORE_INDEX, "").replace(/\s+/g, " ");
  // most lines of a Chinese PDF have no space left to drop: skip the lookbehind scan (issue 14)
  return head + (spaced.includes(" ") ? spaced.replace(SPACE_IN_CJK, "") : spaced).trim();
}

/**
 * One page in reading order: tables at their place, two columns left then right, lines otherwise.
 * `itemLines` are toLines(items), which the caller has already made.
 */
function layoutPage(items: Item[], tables: TableData[], width: number, grid: { open: OpenGrid | null }, itemLines: Line[]): Piece[] {
  const pieces: Piece[] = [];
  const inTable = (it: Item) =>
    tables.find((t) => {
      const cx = (it.x0 + it.x1) / 2;
      const cy = it.y - it.size / 3;
      return cx >= t.minXY.x - 1 && cx <= t.maxXY.x + 1 && cy >= t.minXY.y - 1 && cy <= t.maxXY.y + 1;
    });
  const free: Item[] = [];
  const byTable = new Map<TableData, Item[]>();
  for (const it of items) {
    const t = inTable(it);
    if (t) byTable.set(t, [...(byTable.get(t) ?? []), it]);
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
  // Without tables every item is free: the lines of all items are the lines of the free ones.
  let lines = tables.length ? toLines(free) : itemLines;
  const unruled = tables.length ? null : readGrid(lines, grid.open, segmentText, joinLines);
  grid.open = unruled?.open ?? null;
  if (unruled) {
    // Row objects stay shared with the open table, so a row the next page finishes is finished here too.
    for (const r of unruled.rows) pieces.push(Object.assign(r, { size: 0, table: true }) as GridRow & Piece);
    lines = lines.filter((l) => !unruled.used.has(l));
  }
  // split where columns show, join centred rows, then split again with the columns the joined rows show
  lines = splitAtColumns(mergeCentredCells(splitAtColumns(lines)));
  const gutter = findGutter(lines, width);
  // The last row of a table drawn without vertical rules (a three-line table), still open to wrapped cells.
  let open: { piece: Piece; starts: number[]; cells: string[]; lastY: number } | null = null;
  for (const l of lines) {
    if (open && gutter === null && continuesRow(l, open)) continue;
    open = null;
    if (gutter !== null && l.segments.length > 1 && l.segments.some((s) => s[0].x0 >= gutter) && l.segments.some((s) => s[0].x0 < gutter)) {
      // A line of a two-column band: each side goes to its own column.
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

/**
 * Cells of a table without rules whose text nearly touches the next cell (125mS/cm第三方检测, 省财政资助经费1050):
 * where two or more nearby lines start a cell at some x, an item of another line that starts there after a
 * visible gap starts a cell too.
 */
function splitAtColumns(lines: Line[]): Line[] {
  const starts = lines.map((l) => l.segments.slice(1).map((g) => g[0].x0));
  return lines.map((l, i) => {
    const near: number[] = [];
    for (let k = Math.max(0, i - 8); k <= Math.min(lines.length - 1, i + 8); k++) if (k !== i) near.push(...starts[k]);
    if (near.length < 2) return l;
    const isColumn = (x: number) => near.filter((n) => Math.abs(n - x) < 0.5 * l.size).length >= 2;
    let changed = false;
    const segments = l.segments.flatMap((g) => {
      const parts: Item[][] = [[g[0]]];
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

/**
 * Rows of a table drawn without rules whose cells are centred vertically: a label wrapped over two lines
 * beside a one-line value (国（境）外合作单 / 位 with the value between them) gives lines half a line apart,
 * in different columns. Such a run — three or more consecutive lines closer than a line step, their cells
 * starting at two or more places — is one row: each column's pieces become one cell, left to right.
 */
function mergeCentredCells(lines: Line[]): Line[] {
  const out: Line[] = [];
  const right = Math.max(...lines.map((l) => l.x1));
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1].y - lines[j].y < 0.8 * Math.min(lines[j].size, lines[j + 1].size) && lines[j + 1].y > lines[j].y) j++;
    const run = lines.slice(i, j + 1);
    if (run.length < 3) {
      out.push(lines[i]);
      continue;
    }
    // a piece belongs to the column it overlaps (centred lines of one cell start at different places)
    const columns: { x0: number; x1: number; items: Item[] }[] = [];
    for (const l of run)
      for (const g of l.segments) {
        const x0 = g[0].x0;
        const x1 = Math.max(...g.map((it) => it.x1));
        const col = columns.find((c) => Math.min(c.x1, x1) - Math.max(c.x0, x0) > 0);
        if (col) (col.items.push(...g), (col.x0 = Math.min(col.x0, x0)), (col.x1 = Math.max(col.x1, x1)));
        else columns.push({ x0, x1, items: [...g] });
      }
    columns.sort((a, b) => a.x0 - b.x0);
    // a cell wraps only when its lines run to the next column; short lines one above the other are rows
    // (a category spanning two rows sits between them the same way)
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

/**
 * Wrapped cells of a table without vertical rules: a line close below a row whose every segment starts
 * where a cell of that row other than the first starts belongs to those cells
 * (../shared/real-docs/cmde-2015-intervertebral-fusion.pdf, 表1: `1.明显的影像学假关节 | 结构塌陷，…脊`
 * then `椎滑脱，螺钉断裂，…` under the second cell). A line that starts in the first column is a new row.
 */
function continuesRow(l: Line, open: { piece: Piece; starts: number[]; cells: string[]; lastY: number }): boolean {
  const dy = l.y - open.lastY;
  if (dy <= 0 || dy > 2.2 * l.size) return false;
  const cols = l.segments.map((g) => open.starts.findIndex((x) => Math.abs(g[0].x0 - x) < 0.6 * l.size));
  if (!cols.every((c, i) => c > 0 && (i === 0 || c > cols[i - 1]))) return false;
  cols.forEach((c, i) => (open.cells[c] = joinLines([open.cells[c], segmentText(l.segments[i], l.y, l.size)])));
  open.piece.text = open.cells.join(" | ");
  open.lastY = l.y;
  return true;
}

function lineText(l: Line): string {
  return l.segments.map((s) => segmentText(s, l.y, l.size)).join(" | ");
}

/**
 * The x of a gutter between two text columns, or null. Two columns: many lines end before the gutter and
 * many start after it, and each column is prose — one run of text as wide as a good part of the column —
 * unlike a table's rows of several cells. A pair of lines side by side is often short on one side (a
 * paragraph's last line, a list item, a centred signer), so each side is judged on its own: prose on 40 % of
 * the pairs or more, and on half of them on average.
 */
function findGutter(lines: Line[], width: number): number | null {
  // A line in both columns has at least two segments: without six such lines there is no gutter (most
  // pages), and the scan below is skipped.
  const split = lines.filter((l) => l.segments.length > 1);
  if (lines.length < 8 || split.length < 6) return null;
  const spans = lines.map((l) => l.segments.map((s) => ({ x0: s[0].x0, x1: Math.max(...s.map((i) => i.x1)) })));
  let best: number | null = null;
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

/** Reading order: bands of full-width pieces in y order; within a two-column band, left column first. */
function order(pieces: Piece[], gutter: number | null): Piece[] {
  pieces.sort((a, b) => a.y - b.y || a.x0 - b.x0);
  if (gutter === null) return pieces;
  const out: Piece[] = [];
  let left: Piece[] = [];
  let right: Piece[] = [];
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

/**
 * Join visual lines of a paragraph or a cell: CJK without a space, Latin words of Latin text with one.
 * CJK text wraps anywhere, even inside a number (≥100|0次) or a Latin token: LibreOffice breaks `$\ge|q`,
 * `C|O₂`, `k|Wh` in seed 001, and no producer leaves a trailing space that would mark a break between words
 * (pdf.js trims it). So Latin runs are joined tight where the paragraph holds CJK text, at the cost of
 * `Micro-LED|display` becoming one word in the rare English phrase wrapped inside Chinese prose.
 */
function joinLines(texts: string[]): string {
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

function furnitureKey(text: string): string {
  return text.replace(/[0-9０-９]+/g, "#").replace(/\s+/g, "");
}

/**
 * Drop running headers/footers (the same text at the top or bottom of at least half of the pages, digits
 * ignored) and page numbers, re-join wrapped paragraph lines, and lay the pages end to end.
 */
function assemble(pages: Piece[][], heights: number[]): IngestedText {
  // (a footer of several parts — unit | title | 3 / 12 — is laid out as a row; a row at the top repeated on every
  // page is a table's repeated header, which stays)
  const edge = (p: Piece, h: number) => (p.y < h * 0.09 && !p.table) || p.y > h * 0.91;
  const counts = new Map<string, number>();
  pages.forEach((ps, i) => {
    const keys = new Set(ps.filter((p) => edge(p, heights[i])).map((p) => furnitureKey(p.text)));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const minRepeats = Math.max(2, Math.ceil(pages.length * 0.5));
  const m = margins(pages);
  const bodySize = mode(pages.flat().filter((p) => !p.table).map((p) => p.size)) ?? 12;
  const lines: string[] = [];
  // Index in `lines` of the first line that begins on each page (a paragraph running on from the page
  // before is joined to its start and counts for that page).
  const firstLine: number[] = [];
  let prev: Piece | undefined;
  for (let i = 0; i < pages.length; i++) {
    const h = heights[i];
    const kept = pages[i].filter((p) => {
      // Footnote numbers standing alone in small type.
      if (/^[0-9]{1,2}$/.test(p.text) && p.size < 0.8 * bodySize) return false;
      if (!edge(p, h)) return true;
      if (PAGE_NUMBER.test(p.text.replace(/\s+/g, " ").trim())) return false;
      return pages.length < 2 || (counts.get(furnitureKey(p.text)) ?? 0) < minRepeats;
    });
    const r = joinParagraphs(kept, m, lines, prev);
    firstLine.push(r.firstNew);
    prev = r.prev;
  }
  const starts: number[] = [0];
  for (const l of lines) starts.push(starts[starts.length - 1] + l.length + 1);
  const pageStarts = firstLine.map((k) => starts[k]);
  return { format: "pdf", text: lines.join("\n") + (lines.length ? "\n" : ""), pageStarts };
}

/**
 * The margin among `values` (2 pt buckets) that at least `min` lines share: the leftmost such bucket for
 * a left margin, the rightmost for a right margin (indented one-line items must not win on count).
 */
function margin(values: number[], min: number, side: "left" | "right"): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v / 2), (counts.get(Math.round(v / 2)) ?? 0) + 1);
  const frequent = [...counts].filter(([, c]) => c >= min).map(([k]) => k * 2);
  if (!frequent.length) return undefined;
  return side === "left" ? Math.min(...frequent) : Math.max(...frequent);
}

/** Most frequent value (1 pt buckets). */
function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [k, c] of counts) if (c > bestCount) (best = k), (bestCount = c);
  return best;
}

/** Text margins of the document per column (x0 bucket): where wrapped lines end and start. */
interface Margins {
  right: Map<string, number>;
  left: Map<string, number>;
}
const colOf = (p: Piece) => p.col ?? "full";

/**
 * Margins are only trusted where many lines share them (justified, wrapped text): a page of short
 * one-line paragraphs (../shared/samples/predefined_cmap_gb.pdf) has none, and nothing is joined there.
 */
function margins(pages: Piece[][]): Margins {
  const byCol = new Map<string, Piece[]>();
  for (const ps of pages) for (const p of ps) if (!p.table) byCol.set(colOf(p), [...(byCol.get(colOf(p)) ?? []), p]);
  const right = new Map<string, number>();
  const left = new Map<string, number>();
  for (const [c, ps] of byCol) {
    const min = Math.max(3, Math.ceil(ps.length * 0.15));
    const r = margin(ps.map((p) => p.x1), min, "right");
    // Lines wrapped by the layout start at the text margin; first lines of paragraphs are indented two
    // characters. A page of one-line indented paragraphs (seed 002 as LibreOffice lays out its hard-wrapped
    // lines) has few wrapped lines, so a smaller share marks the margin, and the indented lines stay apart.
    const l = margin(ps.map((p) => p.x0), Math.max(3, Math.ceil(ps.length * 0.01)), "left");
    if (r !== undefined) right.set(c, r);
    if (l !== undefined) left.set(c, l);
  }
  return { right, left };
}

/**
 * Re-join lines that a paragraph wrapped: the previous line runs to the right margin of its column, the
 * next starts at the left margin (or under the text of a hanging list label), is close below (or first on
 * the next page), has the same size, and does not start with a heading number. Lines are appended to
 * `out`; gives the last piece (carried to the next page) and the index of the first line begun here.
 */
function joinParagraphs(pieces: Piece[], m: Margins, out: string[], carried: Piece | undefined): { prev: Piece | undefined; firstNew: number } {
  let prev = carried;
  let firstNew = -1;
  for (const p of pieces) {
    if (!p.text) continue;
    const right = prev ? m.right.get(colOf(prev)) : undefined;
    const left = m.left.get(colOf(p));
    // The last line of the page before, carried over: a paragraph running on across the page break
    // (seed 001 PDF: `…(\text{g}_{\text{cat}}\te` | page 20 `xt{h})$、反应温度…`).
    const below = prev === carried ? true : p.y - prev!.y > 0 && p.y - prev!.y < 2.2 * p.size;
    const joinable =
      prev &&
      !prev.table &&
      !p.table &&
      right !== undefined &&
      left !== undefined &&
      Math.abs(p.size - prev.size) < 0.15 * prev.size &&
      below &&
      prev.x1 >= right - 1.5 * prev.size &&
      (Math.abs(p.x0 - left) < 0.5 * p.size || (prev.textX0 !== undefined && Math.abs(p.x0 - prev.textX0) < 0.5 * p.size)) &&
      !HEADING_START.test(p.text);
    if (joinable && out.length) out[out.length - 1] = joinLines([out[out.length - 1], p.text.replace(LEAD_NUMBER, "$1")]);
    else {
      if (firstNew < 0) firstNew = out.length;
      out.push(p.text);
    }
    prev = p;
  }
  return { prev, firstNew: firstNew < 0 ? out.length : firstNew };
}
