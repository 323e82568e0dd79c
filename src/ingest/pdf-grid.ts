/**
 * Tables drawn without rules in a PDF (Word and LibreOffice tables whose borders are not drawn, or drawn in
 * white): the text layer interleaves their cells line by line, and cells are often centred vertically, so a
 * row cannot be read as one visual line. The columns come from the header row (序号 | 方向名称 | 考核指标 …),
 * the rows from the numbers in the first column, and each cell is the run of lines in its column nearest to
 * its row's number. Rows cut by a page break continue on the next page, above its first number.
 */

/** A text item in top-left page coordinates (as the PDF adapter has them). */
export interface GridItem {
  str: string;
  x0: number;
  x1: number;
  /** Baseline from the top of the page. */
  y: number;
  size: number;
}

/** A visual line as the PDF adapter groups it. */
export interface GridLine {
  y: number;
  size: number;
  segments: GridItem[][];
}

/** A table row written as the adapters write rows: cells joined by " | ". */
export interface GridRow {
  y: number;
  x0: number;
  x1: number;
  cells: string[];
  text: string;
}

/** A table still open at the end of a page: its columns, header, and last row (which the next page may continue). */
export interface OpenGrid {
  bounds: number[];
  header: string;
  last: GridRow | null;
}

/** What a page's table gave: the rows in order, the lines it used, the table left open for the next page. */
export interface GridResult {
  rows: GridRow[];
  used: Set<GridLine>;
  open: OpenGrid;
}

const ROW_NUMBER = /^\s*[（(]?\d{1,3}[）)]?[.、．]?\s*$/;
const CLAUSE = /[。；，,;]/;

function itemsText(items: GridItem[]): string {
  return items.map((i) => i.str).join("").trim();
}

// A label with its value (性别：男, 出生年月：1976.11): a row of a form, never a column's title.
const FIELD = /[:：]\s*\S/;

/** A header row: three or more short cells, none a clause or a field with its value, the first short (序号, 编号). */
function isHeader(l: GridLine): boolean {
  if (l.segments.length < 3) return false;
  const texts = l.segments.map(itemsText);
  return !texts.some((t) => !t || t.length > 12 || CLAUSE.test(t) || FIELD.test(t)) && texts[0].length <= 4;
}

/**
 * Column bounds from the header cells and the body: between two header texts, the widest run of positions
 * that the fewest body items cross (cells never run into the next column, whether left-aligned or centred);
 * midway between the header texts when there is no body yet.
 */
function columnBounds(header: { x0: number; x1: number }[], body: GridItem[]): number[] {
  const bounds: number[] = [];
  for (let j = 1; j < header.length; j++) {
    const from = Math.floor((header[j - 1].x0 + header[j - 1].x1) / 2);
    const to = Math.ceil(header[j].x0);
    let best = { mid: (header[j - 1].x1 + header[j].x0) / 2, crossings: Infinity, width: 0 };
    let run: { start: number; crossings: number } | null = null;
    for (let x = from; x <= to + 1; x++) {
      const crossings = x > to ? Infinity : body.filter((i) => i.x0 < x - 0.5 && i.x1 > x + 0.5).length;
      if (run && crossings !== run.crossings) {
        const width = x - run.start;
        if (run.crossings < best.crossings || (run.crossings === best.crossings && width > best.width))
          best = { mid: (run.start + x - 1) / 2, crossings: run.crossings, width };
        run = null;
      }
      if (!run && x <= to) run = { start: x, crossings };
    }
    bounds.push(body.length ? best.mid : (header[j - 1].x1 + header[j].x0) / 2);
  }
  return bounds;
}

/**
 * The header's cells: the segments of its line, and the lines of cells wrapped around it (支持经 / 费（万 /
 * 元）, centred on the header line) — lines right above or below it whose text all stands within or between
 * the header's cells and holds no row number.
 */
function headerCells(lines: GridLine[], at: number): { cells: { x0: number; x1: number; text: string }[]; used: GridLine[] } {
  const h = lines[at];
  const cells = h.segments.map((s) => ({ x0: Math.min(...s.map((i) => i.x0)), x1: Math.max(...s.map((i) => i.x1)), items: [...s] }));
  const used = [h];
  const wraps = (l: GridLine, from: GridLine) =>
    Math.abs(l.y - from.y) <= 1.5 * h.size && l.segments.flat().every((i) => !ROW_NUMBER.test(i.str) && i.x1 - i.x0 < 6 * h.size);
  for (const step of [-1, 1]) {
    let last = h;
    for (let k = at + step; k >= 0 && k < lines.length && wraps(lines[k], last); k += step) {
      for (const it of lines[k].segments.flat()) {
        const c = cells.find((x) => it.x1 > x.x0 - 2 && it.x0 < x.x1 + 2);
        if (c) (c.items.push(it), (c.x0 = Math.min(c.x0, it.x0)), (c.x1 = Math.max(c.x1, it.x1)));
        else cells.push({ x0: it.x0, x1: it.x1, items: [it] });
      }
      used.push(lines[k]);
      last = lines[k];
    }
  }
  const text = (items: GridItem[]) => [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0).map((i) => i.str).join("").trim();
  return { cells: cells.sort((a, b) => a.x0 - b.x0).map((c) => ({ x0: c.x0, x1: c.x1, text: text(c.items) })), used };
}

function columnOf(item: GridItem, bounds: number[]): number {
  const cx = (item.x0 + item.x1) / 2;
  let c = 0;
  while (c < bounds.length && cx >= bounds[c]) c++;
  return c;
}

/**
 * A line of running text across the table (a note under it): one text item over two or more column bounds
 * and over most of the table's width. (Segments will not do: cells of neighbouring columns come close enough
 * to join into one; and the bounds known before the body is read are rough, so a wide cell may cross one.)
 */
function crossesColumns(l: GridLine, bounds: number[]): boolean {
  const width = bounds.length ? bounds[bounds.length - 1] - bounds[0] : 0;
  return l.segments.flat().some((i) => i.x1 - i.x0 > 0.6 * width && bounds.filter((b) => b > i.x0 + 2 && b < i.x1 - 2).length >= 2);
}

interface ColumnLine {
  y: number;
  /** Vertical centre of the line. */
  mid: number;
  size: number;
  items: GridItem[];
}

/** For cells aligned to the top of their row (as Word tables are by default): a row runs from its number to the next. */
function splitTop(lines: ColumnLine[], anchors: number[]): { carried: ColumnLine[]; rows: ColumnLine[][] } {
  const size = lines[0]?.size ?? 10;
  const rowOf = (l: ColumnLine) => {
    let r = -1;
    while (r + 1 < anchors.length && l.mid >= anchors[r + 1] - 0.6 * size) r++;
    return r;
  };
  const rows: ColumnLine[][] = anchors.map(() => []);
  const carried: ColumnLine[] = [];
  for (const l of lines) {
    const r = rowOf(l);
    (r < 0 ? carried : rows[r]).push(l);
  }
  return { carried, rows };
}

/**
 * Are the cells top-aligned rather than centred? Top-aligned, every cell starts on its row number's line;
 * centred, only cells of an odd number of lines have a line there.
 */
function topAligned(columns: ColumnLine[][], anchors: number[]): boolean {
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

function columnLines(items: GridItem[]): ColumnLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: ColumnLine[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(it.y - last.y) < 0.5 * Math.max(last.size, it.size)) last.items.push(it);
    else lines.push({ y: it.y, mid: it.y - it.size / 2, size: it.size, items: [it] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/**
 * Split a column's lines into one run per row, for cells centred vertically: runs in order, each centred on
 * its row's number; a row may have no line in this column, but not when a line stands at its height. Lines
 * above the first row may finish the row of the page before (`carry`). Dynamic programming over (lines,
 * rows); a page holds a few dozen lines.
 */
function splitCentred(lines: ColumnLine[], anchors: number[], carry: boolean): { carried: ColumnLine[]; rows: ColumnLine[][] } {
  const n = lines.length;
  const m = anchors.length;
  const size = lines[0]?.size ?? 10;
  const gaps = lines.slice(1).map((l, k) => l.mid - lines[k].mid).sort((a, b) => a - b);
  const pitch = gaps.length ? gaps[Math.floor(gaps.length / 2)] : size;
  const emptyCost = anchors.map((a) => (lines.some((l) => Math.abs(l.mid - a) < Math.max(pitch, size)) ? 3 : 0));
  // A cell's lines follow each other at the line pitch: a wide gap inside a run splits two cells.
  const spread = (from: number, to: number) => {
    let cost = 0;
    for (let k = from + 1; k < to; k++) {
      const g = lines[k].mid - lines[k - 1].mid;
      if (g > 1.6 * pitch) cost += g / pitch;
    }
    return cost;
  };
  const groupCost = (from: number, to: number, a: number) => {
    let sum = 0;
    for (let k = from; k < to; k++) sum += lines[k].mid;
    const mean = sum / (to - from);
    return Math.abs(mean - a) / size + spread(from, to);
  };
  // best[j][i]: rows 0..j-1 take lines start..i-1
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(-1));
  // Carrying a line to the page before is allowed, never free: a tie goes to this page's rows.
  for (let i = 0; i <= n; i++) best[0][i] = i === 0 ? 0 : carry ? spread(0, i) + 0.2 * i : Infinity;
  for (let j = 1; j <= m; j++)
    for (let i = 0; i <= n; i++) {
      let b = best[j - 1][i] + emptyCost[j - 1];
      let f = i;
      for (let k = 0; k < i; k++) {
        if (best[j - 1][k] === Infinity) continue;
        const c = best[j - 1][k] + groupCost(k, i, anchors[j - 1]);
        if (c < b) (b = c), (f = k);
      }
      best[j][i] = b;
      from[j][i] = f;
    }
  const rows: ColumnLine[][] = [];
  let i = n;
  for (let j = m; j >= 1; j--) {
    const k = from[j][i];
    rows.unshift(lines.slice(k, i));
    i = k;
  }
  return { carried: lines.slice(0, i), rows };
}

/**
 * Read the borderless table of a page, if it has one: a header row (or the columns of the table left open
 * by the page before) and numbered rows below it. `text` renders a visual line's items; `join` joins the
 * lines of a cell. Returns null when the page holds no such table.
 */
export function readGrid(
  lines: GridLine[],
  open: OpenGrid | null,
  text: (items: GridItem[], y: number, size: number) => string,
  join: (texts: string[]) => string,
): GridResult | null {
  const start = lines.findIndex(isHeader);
  let header: { x0: number; x1: number; text: string }[] = [];
  const used = new Set<GridLine>();
  if (start >= 0) {
    const read = headerCells(lines, start);
    header = read.cells;
    for (const l of read.used) used.add(l);
  } else if (!(open && lines.length && lines[0].segments.length >= 2)) return null;
  // The body: from below the header to the first line of running text across the columns, then (with the
  // bounds the body gives) to the first line starting in the number column with something else (注：…).
  const below = lines.filter((l, i) => i > start && !used.has(l));
  const provisional = start >= 0 ? columnBounds(header, []) : open!.bounds;
  let body: GridLine[] = [];
  for (const l of below) {
    if (crossesColumns(l, provisional)) break;
    body.push(l);
  }
  const b = start >= 0 ? columnBounds(header, body.flatMap((l) => l.segments.flat())) : open!.bounds;
  let numbered = false;
  const end = body.findIndex((l) => {
    const first = l.segments.flat().filter((i) => i.x0 < b[0] - 1);
    if (numbered && first.some((i) => !ROW_NUMBER.test(i.str))) return true;
    if (first.some((i) => ROW_NUMBER.test(i.str))) numbered = true;
    return false;
  });
  if (end >= 0) body = body.slice(0, end);
  const headerText = start >= 0 ? header.map((c) => c.text).join(" | ") : open!.header;
  const anchors: { y: number; n: string }[] = [];
  const columns: GridItem[][] = b.map(() => []).concat([[]]);
  for (const l of body) {
    for (const it of l.segments.flat()) {
      const c = columnOf(it, b);
      if (c === 0 && ROW_NUMBER.test(it.str)) anchors.push({ y: it.y - it.size / 2, n: it.str.trim() });
      else columns[c].push(it);
    }
  }
  if (anchors.length === 0 && !(open && start < 0)) return null;
  const rows: GridRow[] = anchors.map((a) => ({ y: a.y, x0: 0, x1: 0, cells: [a.n, ...b.map(() => "")], text: "" }));
  const carried: string[] = b.map(() => "").concat([""]);
  const render = (ls: ColumnLine[]) => join(ls.map((l) => text(l.items, l.y, l.size)));
  const ys = anchors.map((a) => a.y);
  const lined = columns.map(columnLines);
  const top = topAligned(lined, ys);
  lined.forEach((ls, c) => {
    const split = top ? splitTop(ls, ys) : splitCentred(ls, ys, open !== null);
    carried[c] = render(split.carried);
    split.rows.forEach((cell, r) => (rows[r].cells[c] = join([rows[r].cells[c], render(cell)])));
  });
  for (const l of body) used.add(l);
  const x0 = Math.min(...body.flatMap((l) => l.segments.flat().map((i) => i.x0)), Infinity);
  const x1 = Math.max(...body.flatMap((l) => l.segments.flat().map((i) => i.x1)), -Infinity);
  for (const r of rows) {
    r.x0 = x0;
    r.x1 = x1;
    r.text = r.cells.join(" | ");
  }
  // Cells above the page's first number finish the last row of the page before.
  if (open?.last && carried.some((t) => t)) {
    open.last.cells = open.last.cells.map((t, c) => join([t, carried[c] ?? ""]));
    open.last.text = open.last.cells.join(" | ");
  }
  const repeated = open !== null && start >= 0 && headerText === open.header;
  const out: GridRow[] = [];
  if (start >= 0 && !repeated) out.push({ y: lines[start].y, x0, x1, cells: header.map((c) => c.text), text: headerText });
  out.push(...rows);
  return { rows: out, used, open: { bounds: b, header: repeated ? open!.header : headerText, last: rows[rows.length - 1] ?? open?.last ?? null } };
}
