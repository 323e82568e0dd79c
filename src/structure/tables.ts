import { DIRECTION_TABLE_HEADERS, alternation } from "../lexicon/index.js";
import { readLabel, type SectionKind } from "./labels.js";

/** A cell of a table row ("a | b | c", as the ingest adapters and Markdown write rows). */
export interface Cell {
  text: string;
  /** Offsets of the trimmed cell in its line. */
  start: number;
  end: number;
}

/** The columns of a direction table: 序号 | 项目名称 | 主要研究内容 | 考核指标 | 实施期限 | 支持经费. */
export interface DirectionTable {
  /** Column of the row number (序号), if any. */
  numberColumn: number | null;
  /** Column of the direction's title (项目名称). */
  nameColumn: number;
  /** What each column holds, by its header (考核指标 → kpi); null for the rest. */
  kinds: (SectionKind | null)[];
  headers: string[];
  /** Column before the name that groups the rows (领域), or null. */
  areaColumn: number | null;
  /** Rows read so far, numbering rows without a 序号. */
  rows: number;
}

// (each tab parts two cells: a spreadsheet row keeps its empty cells — a merged 领域 — in their columns)
const CELL_BREAK = /\s*\|\s*|\t/g;
const NUMBER_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.number)}$`, "i");
const NAME_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.name)}$`);
const AREA_HEADER = new RegExp(`^${alternation(DIRECTION_TABLE_HEADERS.area)}$`);

/** Cells of a table row, or null when the line is not one (fewer than two cells). */
export function splitCells(line: string): Cell[] | null {
  if (!line.includes("|") && !line.includes("\t")) return null;
  const cells: Cell[] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(line[a])) a++;
    while (b > a && /\s/.test(line[b - 1])) b--;
    cells.push({ text: line.slice(a, b), start: a, end: b });
  };
  for (const m of line.matchAll(CELL_BREAK)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(line.length);
  return cells.length >= 2 ? cells : null;
}

/**
 * What a column holds by its header: a section label, also after words that say who pays or how much of it
 * (省财政资助上限 → 资助上限, 市级财政支持经费 → 支持经费).
 */
function headerKind(header: string): SectionKind | null {
  for (let drop = 0; drop < header.length - 1; drop++) {
    const label = readLabel(header.slice(drop));
    if (label) return label.kind;
  }
  return null;
}

/**
 * The header row of a table whose rows are directions (Zhejiang-style 榜单): it names a title column and
 * at least one column that only directions have (考核指标, 研究内容, 支持经费, 实施期限 …). KPI tables
 * (指标名称 | 指标值) do not qualify.
 */
export function readDirectionTable(cells: Cell[]): DirectionTable | null {
  const headers = cells.map((c) => c.text.replace(/\s+/g, ""));
  const nameColumn = headers.findIndex((h) => NAME_HEADER.test(h));
  if (nameColumn < 0) return null;
  // A header naming two fields (需求目标/考核指标) is read by its first; the cells' own labels split them.
  const kinds = headers.map((h, i) => (i === nameColumn ? null : headerKind(h.split(/[/／]/)[0])));
  if (!kinds.some((k) => k !== null && k !== "area-goal")) return null;
  const numberColumn = headers.findIndex((h) => NUMBER_HEADER.test(h));
  const areaColumn = headers.findIndex((h, i) => i < nameColumn && AREA_HEADER.test(h));
  return { numberColumn: numberColumn >= 0 ? numberColumn : null, nameColumn, kinds, headers, areaColumn: areaColumn >= 0 ? areaColumn : null, rows: 0 };
}

/** The row number of a direction-table row: its 序号 cell, or the next in order when there is none. */
export function rowNumber(table: DirectionTable, cells: Cell[]): number | null {
  if (table.numberColumn === null) return table.rows + 1;
  const m = /^[（(]?(\d{1,3})[）)]?[.、]?$/.exec(cells[table.numberColumn]?.text ?? "");
  return m ? Number(m[1]) : null;
}
