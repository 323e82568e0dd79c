import type { Doc } from "../core/doc.js";
import { continuesSequence, readHeadingNumber, type HeadingNumber } from "./heading-numbering.js";
import { readLabel, type SectionKind } from "./labels.js";
import { DIRECTION_KEY_FIELDS, alternation } from "../lexicon/index.js";
import { readDirectionTable, rowNumber, splitCells, type Cell, type DirectionTable } from "./tables.js";
import { wrapSeparator } from "../normalize/wraps.js";

/**
 * A paragraph of the notice: one or more source lines joined where they were hard-wrapped.
 * `pos[i]` is the normalized document offset of `text[i]` (joins map to the end of the line before).
 */
export interface Block {
  kind: "heading" | "label" | "text";
  text: string;
  /** Same length as `text`, the characters as written (traditional kept). */
  display: string;
  pos: Int32Array;
  /** Normalized document offsets of the block. */
  start: number;
  end: number;
  number?: HeadingNumber;
  /** A list bullet (• ▪ -) stood before its first line. */
  bulleted?: boolean;
  /** For label blocks: which section the label opens and where its content starts in `text`. */
  label?: { kind: SectionKind; label: string; contentStart: number };
}

interface Line {
  text: string;
  display: string;
  start: number;
  /** A Markdown heading (# …): a paragraph of its own whatever its length. */
  standalone?: boolean;
  /** The line opened a heading block. */
  heading?: boolean;
  /** Level of a Markdown heading (## → 2). */
  level?: number;
  /** The line is a table row (cells parted by | or tabs). */
  row?: boolean;
  /** A list bullet (• ▪ - 📌) stood before the line's text: a list item opens there. */
  bulleted?: boolean;
}


const TERMINATOR = /[。；;！!？?：:]$/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
// Prose broken off mid-word (…配套经费与国拨经费的比 / 例不低于1:1): a short line still continues when
// it already holds a clause mark and ends in a character, as titles and letterheads do not.
// A heading line that ends by closing its parenthesis — …研发（共性关键技术类）, …（项目编号：2025010101）— is whole.
const CLOSED_TITLE = /[（(][^（）()]*[）)]$/;
// A line that stops on an operator, an opening bracket or a comma has its sentence on the next line.
const UNFINISHED_END = /[≥≤<>=~+×/（(“，、,]$/;
// A line cannot open a paragraph with closing punctuation or the second half of 以上 / 以下 / 以内.
const CONTINUATION_START = /^(?:[，。、；：？！）)」』”%‰]|[上下内](?=[，。；、（(]|$))/;
const SENTENCE_IN_PROGRESS = /[，。；：,;:][^，。；：,;:]*[\p{Script=Han}A-Za-z0-9]$/u;

// A Markdown list bullet (- / * / + / •) before a line's text, or the symbols and emoji reposts decorate headings,
// labels and items with (▍一、…, ■ 专题一, ◆ 研究内容：, ✔ …, 📌): the text is what counts.
// (a bullet and then an emoji: - 💰 市财政支持：…). A dot bullet may touch its text (•时延≤2μs): no line opens
// with a dot otherwise.
const BULLET = /^(?:(?:[-*+]\s+|[•·]\s*)(?:(?:[\p{So}\u2580-\u25FF]|\uFE0F|\u200D)+\s*)?|(?:[\p{So}\u2580-\u25FF]|\uFE0F|\u200D)+\s*)/u;
// Styles a heading glued onto the end of the sentence before it may have (…不超过300万元。专题二：…).
const GLUED_STYLES = /^(?:cn-dun|cn-paren|prefixed-.*|di-.*)$/;

/**
 * Where a line holds a paragraph's last sentence and then a heading glued onto it by a converter's line join
 * (…每项资助额度不超过300万元。专题二：智能芯片与算力系统), the offset where the heading starts.
 */
function gluedHeadingAt(line: string): number {
  for (const m of line.matchAll(/[。；！？]/g)) {
    const rest = line.slice(m.index + 1);
    if (rest.length < 4 || rest.length > 40 || /[。；]/.test(rest)) continue;
    const n = readHeadingNumber(rest);
    if (n && GLUED_STYLES.test(n.style)) return m.index + 1;
  }
  return -1;
}

/** Split the normalized document into non-blank, trimmed lines with their offsets. */
function readLines(doc: Doc): Line[] {
  const lines: Line[] = [];
  const text = doc.text.text;
  const push = (a: number, b: number, md: RegExpExecArray | null, bulleted = false) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a)
      lines.push({
        text: text.slice(a, b),
        display: doc.display.slice(a, b),
        start: a,
        standalone: !!md,
        ...(md ? { level: md[0].trim().length } : {}),
        ...(bulleted ? { bulleted } : {}),
      });
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    const md = MARKDOWN_HEADING.exec(text.slice(a, b));
    if (md) a += md[0].length;
    const bullet = BULLET.exec(text.slice(a, b));
    if (bullet) a += bullet[0].length;
    const glued = md ? -1 : gluedHeadingAt(text.slice(a, b));
    if (glued > 0) {
      push(a, a + glued, null, !!bullet);
      push(a + glued, b, null);
    } else push(a, b, md, !!bullet);
    start = end + 1;
  }
  return lines;
}

const KEY_SUBJECT = alternation(DIRECTION_KEY_FIELDS.subjects);
// 榜单名称：X, or 榜单名称 | X as the first row of a field table
const KEY_NAME = new RegExp(`^(${KEY_SUBJECT})${alternation(DIRECTION_KEY_FIELDS.name)}\\s*(?:[:：]|\\|)\\s*(?=[^\\s_＿（(|])`);
// 名称 | X, 方向名称：X: the field that names a direction (the subject word is optional after a bare number)
const NAME_FIELD = new RegExp(`^(?:${KEY_SUBJECT})?${alternation(DIRECTION_KEY_FIELDS.name)}\\s*(?:[:：]|\\|)\\s*([^\\s_＿（(|][^|]*)$`);
const KEY_CODE = new RegExp(`^(${KEY_SUBJECT})${alternation(DIRECTION_KEY_FIELDS.code)}\\s*[:：]\\s*([A-Za-z0-9][\\w\\-－—.]{0,19})$`);

/** A direction introduced by its fields: its name line, where the name starts, and its code or "". */
interface KeyedDirection {
  titleStart: number;
  code: string;
}

/**
 * The lines that open a direction introduced by its fields (榜单编号：A-01 ⏎ 榜单名称：… ⏎ 需求描述：…): the
 * name lines of a subject named at least twice (one 项目名称 is a form's field, nine 榜单名称 are a list), with
 * the code of the same subject's code line right before or after. Returns them by line index, and the code lines.
 */
function keyedDirections(lines: Line[]): { names: Map<number, KeyedDirection>; codes: Set<number> } {
  const names = new Map<number, KeyedDirection>();
  const codes = new Set<number>();
  const found = lines.map((l) => KEY_NAME.exec(l.text));
  const count = new Map<string, number>();
  for (const m of found) if (m) count.set(m[1], (count.get(m[1]) ?? 0) + 1);
  found.forEach((m, i) => {
    if (!m || count.get(m[1])! < 2) return;
    const codeAt = [i - 1, i + 1].find((j) => !names.has(j) && KEY_CODE.exec(lines[j]?.text ?? "")?.[1] === m[1]);
    const code = codeAt === undefined ? "" : KEY_CODE.exec(lines[codeAt].text)![2];
    if (codeAt !== undefined) codes.add(codeAt);
    names.set(i, { titleStart: m[0].length, code });
  });
  return { names, codes };
}

// What a direction's own description opens with (研究内容：, 考核指标：, 需求目标：): a line right before it names it.
const DESCRIBES_DIRECTION = new Set<SectionKind>(["content", "goal", "kpi"]);
// What a heading repeated at the top of a page says instead of its title, or after it: （续）, 续表, (接上页).
// (A title of its own ending in 续 — 可持续 — is not one: after a title the mark stands in brackets.)
const CONTINUATION_MARK = "(?:续|续表|续上页|续前页|接上页|接前页)";
const CONTINUED = new RegExp(`^(?:.{0,40}?[（(]\\s*${CONTINUATION_MARK}\\s*[)）]|\\s*${CONTINUATION_MARK})\\s*$`);
// A title names a topic: no sentence or clause marks, no comparator, no "as follows" (应达到以下指标 is a sentence;
// 应用, 应急, 应对, 应变, 应力 are words of titles).
const NOT_A_TITLE = /[。；;，,：:！!？?“”"]|^[（(【\[]|应(?!用|急|对|变|力)|须|需(?!求)|如下|以下|下列|下表/;

/**
 * Lines that title a direction without any number (a Word heading style whose numbering is off, a plain
 * title line): a short topical line standing alone right before its research label (车规级域控制器 ⏎
 * 研究内容：…). Only where the layout repeats — two such titles, one of them after text rather than right
 * under a heading — so a remark under each numbered heading is never read as one.
 */
function titledDirections(lines: Line[]): Set<number> {
  const found = new Set<number>();
  let free = 0;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next || line.level || !titleShaped(line.text)) return;
    const n = readHeadingNumber(next.text);
    const label = readLabel(next.text.slice(n?.titleStart ?? 0));
    if (!label || !DESCRIBES_DIRECTION.has(label.kind)) return;
    found.add(i);
    const prev = lines[i - 1];
    if (prev && !readHeadingNumber(prev.text) && !prev.level) free++;
  });
  return found.size >= 2 && free >= 1 ? found : new Set();
}

/** The titles of the numbered headings among `blocks`, as titleKey writes them. */
function headingTitles(blocks: Block[]): Set<string> {
  return new Set(blocks.filter((b) => b.kind === "heading" && b.number).map((b) => titleKey(b.text.slice(b.number!.titleStart))));
}

/** A title as compared between a direction and a table summing the directions up: no spaces, marks or remarks. */
function titleKey(title: string): string {
  return title.replace(/[（(][^（）()]*[)）]|[\s“”"《》]/g, "");
}

/**
 * Where a direction table ends when most of its rows (two at least) name directions already given above it — a
 * summary of them (方向一览) — or -1.
 */
function summaryTableEnd(lines: Line[], at: number, header: DirectionTable, seen: Set<string>): number {
  if (seen.size < 2) return -1;
  let rows = 0;
  let named = 0;
  let j = at + 1;
  for (; j < lines.length; j++) {
    const cells = splitCells(lines[j].text);
    if (!cells) break;
    const name = cells[header.nameColumn]?.text;
    if (!name) continue;
    rows++;
    if (seen.has(titleKey(name))) named++;
  }
  return named >= 2 && named * 2 >= rows ? j : -1;
}

/** A short topical line: a title, not a sentence, a label, a numbered line or a table row. */
function titleShaped(text: string): boolean {
  return text.length >= 4 && text.length <= 40 && !NOT_A_TITLE.test(text) && /\p{Script=Han}/u.test(text) && !readHeadingNumber(text) && !readLabel(text) && !splitCells(text);
}

/** A direction titled without a number: a heading numbered by its place among its siblings later. */
const TITLED: HeadingNumber = { style: "titled", raw: "", parts: [0], titleStart: 0 };

/** An unnumbered Markdown heading (### 智能传感器): a heading of its level, numbered by its place later. */
function unnumbered(level: number): HeadingNumber {
  return { style: `md-${level}`, raw: "", parts: [0], titleStart: 0 };
}

/** The text of a line that counts for a sentence in progress: a heading's title without its number (专题一：…). */
function prevTitle(line: Line): string {
  if (!line.heading) return line.text;
  const n = readHeadingNumber(line.text);
  return n ? line.text.slice(n.titleStart) : line.text;
}

/** Typical length of a wrapped line: lines much shorter than this end a paragraph. */
function typicalWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 8).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length * 0.75)] : 40;
}

class BlockBuilder {
  private parts: Line[] = [];
  constructor(
    readonly kind: Block["kind"],
    first: Line,
    readonly number?: HeadingNumber,
    readonly labelInfo?: { kind: SectionKind; label: string; length: number; offset: number },
  ) {
    this.parts.push(first);
  }
  add(line: Line): void {
    this.parts.push(line);
  }
  build(): Block {
    const seps = this.parts.map((line, i) => (i === 0 ? "" : wrapSeparator(this.parts[i - 1].text, line.text)));
    const text = this.parts.map((line, i) => seps[i] + line.text).join("");
    const display = this.parts.map((line, i) => seps[i] + line.display).join("");
    const pos = new Int32Array(text.length + 1);
    let k = 0;
    this.parts.forEach((line, i) => {
      // a joining separator maps to the end of the line before it
      if (i > 0) for (let n = 0; n < seps[i].length; n++) pos[k++] = this.parts[i - 1].start + this.parts[i - 1].text.length;
      for (let n = 0; n < line.text.length; n++) pos[k++] = line.start + n;
    });
    const last = this.parts[this.parts.length - 1];
    const end = last.start + last.text.length;
    pos[k] = end;
    const block: Block = { kind: this.kind, text, display, pos, start: this.parts[0].start, end };
    if (this.number) block.number = this.number;
    if (this.parts[0].bulleted) block.bulleted = true;
    if (this.labelInfo)
      block.label = {
        kind: this.labelInfo.kind,
        label: this.labelInfo.label,
        contentStart: this.labelInfo.offset + this.labelInfo.length,
      };
    return block;
  }
}

/** One cell of a table row as a line of its own, its characters keeping their places in the document. */
function cellLine(line: Line, c: Cell): Line {
  return { text: c.text, display: line.display.slice(c.start, c.end), start: line.start + c.start };
}

/** A line inside a direction table that is a numbered group title in one cell (一、先进制造领域 | |). */
function sectionRow(line: Line, cells: Cell[] | null): Block | null {
  const filled = cells ? cells.filter((c) => c.text) : [{ text: line.text, start: 0, end: line.text.length }];
  if (filled.length !== 1 || filled[0].text.length > 40) return null;
  const n = readHeadingNumber(filled[0].text);
  if (!n || !/^(?:cn-dun|cn-paren|prefixed-.*|di-.*)$/.test(n.style)) return null;
  const c = filled[0];
  return new BlockBuilder("heading", cellLine(line, c), n).build();
}

/**
 * A row of a direction table as the blocks a written-out direction would have: a heading (序号 + 项目名称)
 * and one label block per column whose header is a section label (考核指标 | 实施期限 | 支持经费 …).
 */
function rowBlocks(line: Line, cells: Cell[], table: DirectionTable): Block[] {
  const area: Block[] = [];
  if (table.areaColumn !== null) {
    // the group's cell is written on its first row only (merged down): a row one cell short lacks it — unless the
    // row is tab-separated, which keeps that cell empty in its place, or its number already stands in the number
    // column (智能制造 | 1 | … with an empty last cell left off): what it lacks then is a trailing empty cell
    const short = cells.length < table.headers.length && !line.text.includes("\t");
    if (short && (table.numberColumn === null ? cells.length === table.headers.length - 1 : rowNumber(table, cells) === null))
      cells = [...cells.slice(0, table.areaColumn), { text: "", start: 0, end: 0 }, ...cells.slice(table.areaColumn)];
    const a = cells[table.areaColumn];
    if (a?.text) area.push(new BlockBuilder("heading", cellLine(line, a), { style: "row-area", raw: "", parts: [0], titleStart: 0 }).build());
  }
  const n = rowNumber(table, cells);
  const name = cells[table.nameColumn];
  if (n === null || !name?.text) return [new BlockBuilder("text", line).build()];
  table.rows++;
  const raw = table.numberColumn === null ? String(n) : cells[table.numberColumn].text;
  const blocks = [...area, new BlockBuilder("heading", cellLine(line, name), { style: "row", raw, parts: [n], titleStart: 0 }).build()];
  // A header spanning two columns over label | value cells (攻关任务 over 攻关内容 | …): the row has more cells
  // than the header; the label cell names its value's section, and the cells after it align from the right.
  const extra = cells.length - table.headers.length;
  const pair = extra > 0 ? cells.findIndex((c, i) => i !== table.nameColumn && i + 1 < cells.length && labelCell(c.text) !== null) : -1;
  cells.forEach((c, i) => {
    if (pair >= 0 && i === pair) return;
    const column = pair >= 0 && i > pair + 1 ? i - extra : i;
    const own = pair >= 0 && i === pair + 1 ? labelCell(cells[pair].text) : null;
    const kind = own?.kind ?? table.kinds[column];
    const label = own?.label ?? table.headers[column];
    if (kind && c.text) blocks.push(new BlockBuilder("label", cellLine(line, c), undefined, { kind, label, length: 0, offset: 0 }).build());
  });
  return blocks;
}

/**
 * The heading number of `number` followed by `title`, where `number` is a whole direction number standing apart from
 * its title (方向一 ⏎ 名称 | …, 栏目 | 方向一 | 方向二), else null.
 */
function numberThen(number: string, title: string): HeadingNumber | null {
  const n = readHeadingNumber(`${number}${title}`);
  return n && n.titleStart >= number.length && /^(?:prefixed-|cn-)/.test(n.style) ? n : null;
}

// 方向名称, 名称, 榜单名称: the row of a sideways table that names its directions
const NAME_KEY = new RegExp(`^(?:${KEY_SUBJECT})?${alternation(DIRECTION_KEY_FIELDS.name)}$`);

/**
 * A table of directions laid on its side (栏目 | 方向一 | 方向二 ⏎ 方向名称 | … ⏎ 研究内容 | … ⏎ 考核指标 | …): a direction
 * per column under a header of direction numbers, a field per row under a row of names. Its blocks column by column,
 * as the directions would be written out, and the index of the line after it; null when line `at` heads no such table.
 */
function sidewaysBlocks(lines: Line[], at: number, head: Cell[]): { blocks: Block[]; end: number } | null {
  if (head.length < 2 || !head.slice(1).every((c) => c.text && numberThen(c.text, "标题"))) return null;
  let names: { line: Line; cells: Cell[] } | null = null;
  const fields: { line: Line; cells: Cell[]; kind: SectionKind; label: string }[] = [];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const cells = splitCells(lines[end].text);
    if (!cells) break;
    const key = cells[0].text.replace(/\s+/g, "");
    if (!names && NAME_KEY.test(key)) names = { line: lines[end], cells };
    else fields.push({ line: lines[end], cells, kind: labelCell(key)?.kind ?? "other", label: key });
  }
  if (!names || !fields.some((f) => f.kind !== "other")) return null;
  const blocks: Block[] = [];
  head.slice(1).forEach((c, k) => {
    const name = names.cells[k + 1];
    if (!name?.text) return;
    const heading = new BlockBuilder("heading", cellLine(lines[at], c), readHeadingNumber(`${c.text}${name.text}`)!);
    heading.add(cellLine(names.line, name));
    blocks.push(heading.build());
    for (const f of fields) {
      const cell = f.cells[k + 1];
      if (cell?.text) blocks.push(new BlockBuilder("label", cellLine(f.line, cell), undefined, { kind: f.kind, label: f.label, length: 0, offset: 0 }).build());
    }
  });
  return { blocks, end };
}

/** A cell that is a section label and nothing else (考核指标, 攻关内容): what it opens. */
function labelCell(text: string): { kind: SectionKind; label: string } | null {
  const t = text.replace(/\s+/g, "");
  const label = readLabel(t);
  return label && label.length >= t.length ? label : null;
}

/**
 * A row under a direction row that continues it (its other cells merged downwards): label | value cells
 * (考核指标 | ①…) after empty ones; the label blocks of its fields, or null when the row is not one.
 */
function continuationBlocks(line: Line, cells: Cell[]): Block[] | null {
  const filled = cells.filter((c) => c.text);
  if (filled.length < 2 || filled.length % 2 !== 0) return null;
  const blocks: Block[] = [];
  for (let i = 0; i < filled.length; i += 2) {
    const label = labelCell(filled[i].text);
    if (!label) return null;
    const c = filled[i + 1];
    blocks.push(new BlockBuilder("label", cellLine(line, c), undefined, { ...label, length: 0, offset: 0 }).build());
  }
  return blocks;
}

/** Is `header` the header of the open table again (repeated at the top of a page)? */
function repeats(header: DirectionTable, open: DirectionTable | null): boolean {
  return open !== null && header.headers.join("|") === open.headers.join("|");
}

/**
 * A row under a direction row that carries one more of its KPIs (a table with one row per KPI, the direction's
 * other cells merged downwards): its cells stand from the KPI column on, or in their own columns when the merged
 * ones come as empty cells; a row opening with 注： is a note of that direction. The label blocks of its cells, or
 * null when the row is not one.
 */
function kpiRowBlocks(line: Line, cells: Cell[], table: DirectionTable): Block[] | null {
  const kpiColumn = table.kinds.indexOf("kpi");
  if (kpiColumn < 0) return null;
  const first = cells[0].text ? kpiColumn : 0;
  if (first + cells.length > table.headers.length) return null;
  const blocks: Block[] = [];
  cells.forEach((c, i) => {
    if (!c.text) return;
    const note = blocks.length === 0 && /^注\s*[：:]/.test(c.text);
    const kind = note ? "notes" : table.kinds[first + i];
    if (kind) blocks.push(new BlockBuilder("label", cellLine(line, c), undefined, { kind, label: note ? "注" : table.headers[first + i], length: 0, offset: 0 }).build());
  });
  return blocks.length ? blocks : null;
}

/**
 * Join lines into blocks. A line continues the block before when that line was hard-wrapped: long
 * and not ending a sentence (wraps inside a paragraph, a title or a number). Otherwise it opens a new
 * block: a heading when it starts with a number (一、 1.1 1001 …), a label block when it starts with a
 * section label (考核指标：), else a text block.
 */
export function readBlocks(doc: Doc): Block[] {
  const lines = readLines(doc);
  const width = typicalWidth(lines);
  const blocks: Block[] = [];
  let current: BlockBuilder | null = null;
  let prev: Line | null = null;
  let table: DirectionTable | null = null;
  const lastOfStyle = new Map<string, number[]>();
  const keyed = keyedDirections(lines);
  const titled = titledDirections(lines);
  let titledBy = -1;
  let summaryEnd = -1;
  let sidewaysEnd = -1;
  for (const [i, line] of lines.entries()) {
    if (i === titledBy || i < sidewaysEnd) continue;
    const cells = splitCells(line.text);
    const sideways = cells && sidewaysBlocks(lines, i, cells);
    if (sideways) {
      if (current) blocks.push(current.build());
      current = null;
      blocks.push(...sideways.blocks);
      sidewaysEnd = sideways.end;
      prev = null;
      continue;
    }
    // 方向一 ⏎ 名称 | 易涝点…, 方向 01 ⏎ 车规级…: a number alone on its line takes its title from the name field or
    // the title line under it
    const under = lines[i + 1];
    const name = line.text.length <= 8 && under ? (NAME_FIELD.exec(under.text)?.[1] ?? (titleShaped(under.text) ? under.text : null)) : null;
    const alone = name ? numberThen(line.text, name) : null;
    if (alone && name) {
      if (current) blocks.push(current.build());
      current = new BlockBuilder("heading", line, alone);
      current.add(cellLine(under, { text: name, start: under.text.length - name.length, end: under.text.length }));
      blocks.push(current.build());
      current = null;
      line.heading = true;
      prev = null;
      titledBy = i + 1;
      continue;
    }
    const key = keyed.names.get(i);
    if (key || keyed.codes.has(i)) {
      if (current) blocks.push(current.build());
      current = null;
      if (key) {
        current = new BlockBuilder("heading", line, { style: "keyed", raw: key.code, parts: [0], titleStart: key.titleStart });
        line.heading = true;
        prev = line;
      } else {
        // the code line: a field of its direction, read for the id only
        const label = /^([^:：]+)[:：]\s*/.exec(line.text)!;
        blocks.push(new BlockBuilder("label", line, undefined, { kind: "other", label: label[1], length: label[0].length, offset: 0 }).build());
        prev = null;
      }
      continue;
    }
    const header = cells && i >= summaryEnd ? readDirectionTable(cells) : null;
    // a table whose rows name directions given above it (方向一览: 序号 | 方向名称 | 资助 | 拟支持项数) sums them up:
    // its rows are text, not directions of their own
    if (header) {
      if (current) blocks.push(current.build());
      current = null;
      summaryEnd = summaryTableEnd(lines, i, header, headingTitles(blocks));
    }
    if (i < summaryEnd) {
      blocks.push(new BlockBuilder("text", line).build());
      prev = null;
      continue;
    }
    // (a row may lack the group's merged cell and an empty last cell both)
    if (header || (table && cells && cells.length >= table.kinds.length - (table.areaColumn === null ? 1 : 2))) {
      if (current) blocks.push(current.build());
      current = null;
      // a header repeated at the top of the next page continues the table it repeats
      if (header) table = repeats(header, table) ? table : header;
      else blocks.push(...rowBlocks(line, cells!, table!));
      // a table row ends its paragraph: the line after it may be a heading
      prev = null;
      continue;
    }
    // 考核指标 | ①… under a direction row whose other cells merge downwards: more fields of that direction.
    const continued = table && table.rows > 0 && cells ? (continuationBlocks(line, cells) ?? kpiRowBlocks(line, cells, table)) : null;
    if (continued) {
      if (current) blocks.push(current.build());
      current = null;
      blocks.push(...continued);
      prev = null;
      continue;
    }
    // A row spanning the whole table (一、先进制造领域, a merged section cell) groups the rows after it: a
    // heading, and the table goes on.
    const section = table ? sectionRow(line, cells) : null;
    if (section) {
      if (current) blocks.push(current.build());
      current = null;
      blocks.push(section);
      prev = null;
      continue;
    }
    table = null;
    // A row of a field table (研究内容 | …, 实施周期 | 3年): the label and its value, as written out.
    const field = cells && cells.length === 2 ? readLabel(cells[0].text.replace(/\s+/g, "")) : null;
    if (field && field.length >= cells![0].text.replace(/\s+/g, "").length) {
      if (current) blocks.push(current.build());
      current = null;
      blocks.push(new BlockBuilder("label", line, undefined, { ...field, length: cells![1].start, offset: 0 }).build());
      prev = null;
      continue;
    }
    line.row = !!cells;
    const endsParagraph =
      !prev ||
      prev.standalone ||
      line.standalone ||
      // a table row is a line of its own however short the lines around it (指标 | 目标值 ⏎ 噪声 | ＜70dB(A))
      prev.row ||
      line.row ||
      line.bulleted ||
      // (a list item holding a sentence — 3．…（课题）；…在研项目（课题） — goes on after its parenthesis)
      (prev.heading && CLOSED_TITLE.test(prev.text) && !/[，。；;]/.test(prev.text)) ||
      ((TERMINATOR.test(prev.text) || prev.text.length < width * 0.8) && !CONTINUATION_START.test(line.text) && !/以$/.test(prev.text));
    const candidate = readHeadingNumber(line.text) ?? (line.level ? unnumbered(line.level) : titled.has(i) ? TITLED : null);
    // 方向3（续）, 二、支持方向（接上页）: a heading repeated on the next page continues what it heads; the
    // sections and the paragraph it interrupts go on across it
    if (candidate && CONTINUED.test(line.text.slice(candidate.titleStart))) continue;
    // After a long unfinished line a number is a heading only when it continues its own sequence
    // (2.3 after 2.2): wrapped paragraphs rarely break right before such a number. 第一部分 / 第二章 open a part
    // wherever they stand (a title line before them ends without a stop).
    const number =
      candidate && (endsParagraph || continuesSequence(candidate, lastOfStyle.get(candidate.style)) || candidate.style.startsWith("di-")) ? candidate : null;
    if (number && !readLabel(line.text.slice(number.titleStart))) lastOfStyle.set(number.style, number.parts);
    // （一）研究内容 opens a section even right after a long title line.
    const labelAt = number ? number.titleStart : candidate && readLabel(line.text.slice(candidate.titleStart)) ? candidate.titleStart : 0;
    const label = readLabel(line.text.slice(labelAt));
    let next: BlockBuilder | null = null;
    if (label) next = new BlockBuilder("label", line, number ?? undefined, { ...label, offset: labelAt });
    else if (number) {
      next = new BlockBuilder("heading", line, number);
      line.heading = true;
    }
    else if (!current || line.bulleted || (endsParagraph && !(prev && (SENTENCE_IN_PROGRESS.test(prevTitle(prev)) || UNFINISHED_END.test(prev.text)))))
      next = new BlockBuilder("text", line);
    if (next) {
      if (current) blocks.push(current.build());
      current = next;
    } else current!.add(line);
    prev = line;
  }
  if (current) blocks.push(current.build());
  return blocks;
}
