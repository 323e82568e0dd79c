import { BACKGROUND_CUES, DRAFT_FIELDS, KPI_CATEGORY_HEADERS, KPI_METRIC_HEADERS, alternation, draftFieldsExcept } from "../lexicon/index.js";
import { readKpis, readQuantity } from "../extract/threshold.js";
import { splitCells, type Cell } from "../structure/tables.js";
import { headingLevel, isUnfilledText, LIST_MARKER } from "./fields.js";
import type { DraftLine, DraftText } from "./text.js";
import type { CommittedKpi, Fact } from "./types.js";

/** Headings and labels that open the KPIs a draft commits to (考核指标, 技术指标, 预期目标 …). */
export const KPI_HEADING = new RegExp(alternation(DRAFT_FIELDS.kpi));
// Other fields end a KPI section written as a label (考核指标：) rather than a heading.
const OTHER_FIELD = new RegExp(String.raw`^${alternation(draftFieldsExcept("kpi", "title").filter((w) => !["承担单位", "牵头单位"].includes(w)))}\s*[:：]?`);

const METRIC_HEADER = new RegExp(String.raw`^${alternation(KPI_METRIC_HEADERS)}(?:[（(].*[)）])?$`);
const GUIDE_HEADER = /指南|榜单要求|考核要求|要求值/;
const DRAFT_HEADER = /本项目|本课题|申报|承诺|拟达到|预期|目标值|指标值|项目指标|完成值|达到值|考核值|实现值|本单位/;
const NUMBER_HEADER = /^(?:序号|编号|No\.?)$/i;
const UNIT_PAREN = /[（(]\s*([A-Za-z%‰°″′μΩ/·^\d\-]+|[\u4e00-\u9fff]{1,3})\s*[)）]\s*$/;

interface KpiTable {
  metric: number;
  guide: number;
  draft: number;
  number: number;
  /** Column of the category (类别), or -1. */
  category: number;
  /** Column of the unit (单位, 计量单位), or -1: the values are bare numbers. */
  unit: number;
  /** Column of the stage (阶段, 考核节点: 中期 / 验收), or -1. */
  stage: number;
  headerUnit: string;
  /** Index of the header line. */
  headerLine: number;
}

const CATEGORY_HEADER = new RegExp(`^${alternation(KPI_CATEGORY_HEADERS)}$`);
// 阶段 | 考核节点: a KPI stated for each stage of the project (中期 / 验收, 2026年底 / 项目完成时)
const STAGE_HEADER = /^(?:考核)?(?:阶段|节点|时间节点|考核时间|时点)$/;
// the stage cell of a row whose metric cell was merged over the stages above it and left out
const STAGE_CELL = /^(?:中期|验收|结题|终期|期末|年度|完成时|项目完成时?|项目结束时?|项目验收时?|执行期满|实施期满|第[一二三四五1-5]年|\d{4}\s*年)/;
const CATEGORY_PREFIX = new RegExp(`^${alternation(KPI_CATEGORY_HEADERS)}`);

function kpiTable(cells: Cell[]): KpiTable | null {
  const h = cells.map((c) => c.text.replace(/\s+/g, ""));
  // 类别指标名称: a PDF glued the category header onto the metric's
  let metric = h.findIndex((c) => METRIC_HEADER.test(c) || METRIC_HEADER.test(c.replace(CATEGORY_PREFIX, "")));
  // 序号 | 指南指标 | 本项目目标: the guide's column names the metric too
  if (metric < 0) {
    const g = h.findIndex((c) => GUIDE_HEADER.test(c) && /指标/.test(c));
    if (g >= 0 && h.some((c, i) => i !== g && DRAFT_HEADER.test(c))) metric = g;
  }
  if (metric < 0) return null;
  const guide = h.findIndex((c, i) => i !== metric && GUIDE_HEADER.test(c));
  let draft = h.findIndex((c, i) => i !== metric && i !== guide && DRAFT_HEADER.test(c));
  // 榜单要求本项目指标: a PDF merged the two headers; rows then hold both values in one cell
  if (draft < 0 && guide >= 0 && DRAFT_HEADER.test(h[guide])) draft = guide;
  const number = h.findIndex((c) => NUMBER_HEADER.test(c));
  if (draft < 0) {
    for (let i = h.length - 1; i >= 0; i--)
      if (i !== metric && i !== guide && i !== number && !/单位|备注|说明|方法|方式/.test(h[i])) {
        draft = i;
        break;
      }
  }
  if (draft < 0 || (guide < 0 && !DRAFT_HEADER.test(h[draft]) && !/值|要求|目标/.test(h[draft]))) return null;
  // 类别 | 指标名称: the category names what the metric is of (空压机 | 最高效率 is 空压机最高效率)
  const category = h.findIndex((c, i) => i !== metric && CATEGORY_HEADER.test(c));
  const unit = h.findIndex((c, i) => i !== metric && i !== draft && /^(?:计量)?单位$/.test(c));
  const stage = h.findIndex((c, i) => i !== metric && i !== draft && STAGE_HEADER.test(c));
  return { metric, guide, draft, number, category, unit, stage, headerUnit: UNIT_PAREN.exec(h[draft])?.[1] ?? "", headerLine: -1 };
}

// 指标1　指标名称：首字推理响应时间　目标值：≤650ms — a KPI as a pair of labelled fields on one line
const PAIR_METRIC = new RegExp(String.raw`^[^:：]{0,8}?(?:${alternation(KPI_METRIC_HEADERS)})\s*[:：]`);
const PAIR_VALUE = new RegExp(String.raw`[ \t\u3000]*(?:${DRAFT_HEADER.source})[^:：\s]{0,3}\s*(?=[:：])`);

/** The pair read as "metric：value": the metric's label blanked, the value's label blanked before its colon (same length). */
function unPaired(s: string): string {
  const m = PAIR_METRIC.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  const v = PAIR_VALUE.exec(rest);
  if (!v || v.index === 0) return s;
  const at = m[0].length + v.index;
  return " ".repeat(m[0].length) + s.slice(m[0].length, at) + " ".repeat(v[0].length) + s.slice(at + v[0].length);
}

// 由X提升至Y, 从X降低到Y, 由目前的X扩展到Y: the figure after 由/从 is where the project starts, not what it commits to
const BASELINE = /[由从](?=[^，,。；;由从]{0,40}?\d)[^，,。；;由从]{0,40}?(?=(?:提升|提高|增加|增长|扩展|扩大|拓展|升|降低|减少|减小|缩短|缩减|压缩|下降|降)(?:至|到|为))/g;

/**
 * The text as the value readers should see it, same length: ≤±1.5% with the ± blanked (the value reads as
 * ≤ 1.5, and the KPI is marked a tolerance), and the starting point of a change (由65%提升至72%) blanked so
 * that only its end (72%) is read.
 */
function unTolerance(s: string): { text: string; tolerance: boolean } {
  const t = unPaired(s).replace(BASELINE, (m) => " ".repeat(m.length));
  return t.includes("±") ? { text: t.replace(/±/g, " "), tolerance: true } : { text: t, tolerance: false };
}

function cleanMetric(s: string): string {
  return s
    .replace(LIST_MARKER, "")
    .replace(/^[-*•·]\s*/, "")
    // a blanked starting point and the verb of the change after it (叠层数目由2片扩展到 → 叠层数目)
    .replace(/ {2,}(?:\S{1,2}(?:至|到|为))?$/, "")
    .replace(/[:：\s]+$/, "")
    .trim();
}

/**
 * The KPIs a draft commits to: tables 指标名称 | 指南要求 | 本项目指标 anywhere (the draft's column is read, the
 * guide's kept as `guideText`), and numbered lists, bullet lists and sentences under a 考核指标 / 技术指标 /
 * 预期目标 heading or label. Values such as ≥21%, 不低于95%, 95%以上, 0.9亿元, 1500ms, 48″ and ≤±1.5%
 * (a tolerance: op <=, value 1.5, tolerance true); a bare value (效率：22%) gets op "=".
 */
export function readCommittedKpis(t: DraftText, unfilled: Fact<string>[] = []): Fact<CommittedKpi>[] {
  const out: Fact<CommittedKpi>[] = [];
  const inTable = new Set<number>();
  readTables(t, out, inTable, unfilled);
  for (const [from, to] of kpiSections(t.lines)) {
    for (let i = from; i < to; i++) {
      if (inTable.has(i)) continue;
      let line = t.lines[i];
      // A KPI item wrapped over lines (…面积不小于1⏎平方厘米）) is read as one: the line break becomes a space
      // (same offsets), so a number keeps the unit written after the break.
      while (i + 1 < to && !inTable.has(i + 1) && wrapsOnto(line, t.lines[i + 1])) {
        line = { ...line, text: `${line.text} ${t.lines[i + 1].text}` };
        i++;
      }
      const cells = splitCells(line.text);
      if (cells) {
        // a table without a recognisable header inside the section: metric | … | value, the value in the column
        // headed as the draft's (器件 | 当前水平 | 本项目目标), else the last
        const header = headerAbove(t.lines, i);
        const own = header ? header.findIndex((c) => DRAFT_HEADER.test(c.text)) : -1;
        const value = cells[own > 0 && own < cells.length ? own : cells.length - 1];
        // 击穿电压 ≥ 3.3kV；比导通电阻 ＜ 4.5 Ω·mm: a cell listing several KPIs, each named in it
        const listed = readKpis(value.text).filter((a) => cleanMetric(a.metric));
        if (listed.length > 1) {
          for (const a of listed)
            out.push(t.fact({ metric: cleanMetric(a.metric), op: a.op, value: a.value, max: a.max, unit: a.unit }, line.text.trim(), line.offset + value.start + a.start));
          continue;
        }
        const q = readCell(value.text);
        if (q && cells[0].text && !/^\d/.test(cells[0].text))
          out.push(t.fact({ ...q, metric: cleanMetric(cells[0].text) }, line.text.trim(), line.offset + value.start));
        continue;
      }
      readLine(t, line, out);
    }
  }
  return out;
}

/** A committed value in a cell or front matter: "≥21%", "≤±1.5%" (tolerance), "22%" (op =). */
export function readCell(text: string): Omit<CommittedKpi, "metric"> | null {
  const { text: s, tolerance } = unTolerance(text);
  const q = readQuantity(s);
  if (!q) return null;
  const op = tolerance && q.op === "=" ? "<=" : q.op;
  const restated = restatedAfter(s.slice(q.end), q.unit);
  return { op, value: q.value, max: q.max, unit: q.unit, ...(tolerance ? { tolerance } : {}), ...(restated ? { restated } : {}) };
}

// 130亿参数（13B）, 满足6000米水深（60MPa）: a bracket right after a figure that holds nothing but a figure and a unit
// (a word or two may name what the figure measures before the bracket: 6000米水深（60MPa）)
const RESTATED = /^[\p{Script=Han}]{0,4}\s*[（(]\s*(?:约|即|合)?\s*([^（）()，,；;。]{1,16}?)\s*[）)]/u;

/** The quantity a bracket right after a value restates it as, in a unit other than `unit`; null if none. */
function restatedAfter(rest: string, unit: string): CommittedKpi["restated"] | null {
  const inner = RESTATED.exec(rest)?.[1];
  const q = inner ? readQuantity(inner) : null;
  if (!q || !q.unit || q.unit === unit || q.start > 0 || q.end < inner!.length) return null;
  return { op: q.op, value: q.value, max: q.max, unit: q.unit };
}

/** The header row of the table whose row is line `i`: the first of the rows above it, if it holds no figure. */
function headerAbove(lines: DraftLine[], i: number): Cell[] | null {
  let h = i;
  // (a Markdown delimiter row |---| is blank by now)
  const rowAt = (k: number) => k >= 0 && !!splitCells(lines[k].text);
  while (h > 0 && (rowAt(h - 1) || (!lines[h - 1].text.trim() && rowAt(h - 2)))) h -= rowAt(h - 1) ? 1 : 2;
  const cells = h < i ? splitCells(lines[h].text) : null;
  return cells && cells.every((c) => !/\d/.test(c.text)) ? cells : null;
}

const COMMIT = /本项目|本课题|承诺|拟达到|我们/;
// a sentence about the state of the art: its figures are background unless it speaks of the project
const BACKGROUND = new RegExp(`^[\\s(（\\d)）.、]*${alternation(BACKGROUND_CUES)}`);
// …约80mΩ·cm²，仅作对比，不是本项目指标: figures the draft itself says it does not commit to, wherever the sentence starts
const DISCLAIMERS = /仅(?:作|供|为|用于)?(?:对比|参考|比较)|(?:不是|并非|非|不属于|不作为|不列入)本(?:项目|课题)(?:的)?(?:考核)?指标/g;

// 5 件（其中国际专利 1 件）, 10名（含博士3名）: a breakdown in brackets is part of the figure before it
const BREAKDOWN = /[（(]\s*(?:其中|含|包括|包含)/;
const CLASSIFIER = /^[\u4e00-\u9fff]{1,2}$/;

// 榜单要求：…, > 指南原文：…, 指南指标：…: a line that quotes what the guide asks, before the draft's own commitment
const GUIDE_QUOTE = /^[^:：，,。；;]{0,10}?(?:指南|榜单|原文)[^:：，,。；;]{0,6}[:：]|^(?:考核|指标)?要求\s*[:：]/;

function readLine(t: DraftText, line: DraftLine, out: Fact<CommittedKpi>[]): void {
  const { text: s, tolerance } = unTolerance(line.text);
  const body = s.replace(LIST_MARKER, "");
  if (GUIDE_QUOTE.test(body) && !COMMIT.test(body.slice(0, body.search(/[:：]/)))) return;
  const lead = s.length - body.length;
  const found = /^([^:：，,。；;]{2,30}?)\s*[:：]\s*/.exec(body);
  // 考核指标：效率≥21% — a section label is not a metric
  const label = found && !KPI_HEADING.test(found[1]) ? found : null;
  const kpis: { kpi: CommittedKpi; text: string; start: number; end: number; commit: boolean }[] = [];
  const background: [number, number][] = [];
  for (const m of body.matchAll(/[^。；;]+[。；;]?/g)) {
    // (a disclaimed sentence speaks of the project only to say what it does not commit to)
    const undisclaimed = m[0].replace(DISCLAIMERS, "");
    if ((BACKGROUND.test(m[0]) || undisclaimed !== m[0]) && !COMMIT.test(undisclaimed)) background.push([m.index, m.index + m[0].length]);
  }
  const inBackground = (at: number) => background.some(([a, b]) => at >= a && at < b);
  for (const a of readKpis(body)) {
    if (inBackground(a.start)) continue;
    let metric = cleanMetric(a.metric);
    if (label && a.start <= label[0].length) {
      const l = cleanMetric(label[1]);
      if (!metric || metric.length <= 4) metric = l + (metric && !l.includes(metric) ? metric : "");
      else if (!metric.includes(l) && !l.includes(metric) && l.length <= 12) metric = `${l}${metric}`;
      else if (l.includes(metric)) metric = l;
    }
    const text = body.slice(a.start, a.end);
    const tol = tolerance && line.text.slice(lead + a.start, lead + a.end).includes("±");
    const kpi: CommittedKpi = { metric, op: a.op, value: a.value, max: a.max, unit: a.unit, ...(tol ? { tolerance: true } : {}) };
    kpis.push({ kpi, text: line.text.slice(lead + a.start, lead + a.end), start: a.start, end: a.end, commit: COMMIT.test(text) });
  }
  // 运行效率88% / 关键技术3项 / 销售收入：0.9亿元: a bare committed value (op "=") in a clause without a comparator
  // (a comma between digits, 1,200人次, parts thousands, not clauses)
  for (const c of body.matchAll(/(?:[^，,；;。]|(?<=\d),(?=\d{3}))+/g)) {
    const ca = c.index;
    if (inBackground(ca)) continue;
    const breakdown = BREAKDOWN.exec(c[0]);
    const clause = breakdown && breakdown.index > 0 ? c[0].slice(0, breakdown.index) : c[0];
    const cb = ca + c[0].length;
    if (kpis.some((k) => k.start < cb && k.end > ca)) continue;
    // 机器人0.3mm内稳定时间：150ms — the committed value is the clause's last quantity, not one inside the metric
    let qa: ReturnType<typeof readQuantity> = null;
    for (let pos = 0, q1; pos < clause.length && (q1 = readQuantity(clause.slice(pos).replace(/±/g, " "))); pos += q1.end)
      qa = { ...q1, start: q1.start + pos, end: q1.end + pos };
    if (!qa) continue;
    const tolStart = clause.lastIndexOf("±", qa.start) >= 0 && clause.lastIndexOf("±", qa.start) >= qa.start - 2 ? clause.lastIndexOf("±", qa.start) : qa.start;
    const q = readCell(line.text.slice(lead + ca + Math.min(tolStart, qa.start), lead + ca + qa.end));
    if (!q) continue;
    // 单级减速比：32, 稀疏度 80: a unitless figure of a ratio, a count or a degree is its value
    const ratioLike = /[比率数度]$|系数|指数|因子/.test(clause.slice(0, qa.start).replace(/[\s:：为是达到]+$/, ""));
    if ((q.unit === "年" && q.value >= 1900) || (q.unit === "" && !/±/.test(clause) && !ratioLike)) continue;
    let before = clause.slice(0, qa.start);
    if (label && ca === 0) before = before.slice(Math.min(before.length, label[0].length));
    let metric = cleanMetric(before.replace(/(?:实现|达到|达|为|是|共|约)$/, ""));
    if (label && ca === 0) metric = cleanMetric(label[1]) + (metric && metric !== cleanMetric(label[1]) ? metric : "");
    const after = clause.slice(qa.end).replace(/^[的]/, "").trim().slice(0, 16);
    if (CLASSIFIER.test(q.unit) && after && !/^[\d(（]/.test(after)) metric = `${metric}${after}`;
    if (!metric || /^\d/.test(metric)) continue;
    kpis.push({ kpi: { ...q, metric }, text: clause.trim(), start: ca + (clause.length - clause.trimStart().length), end: cb, commit: COMMIT.test(clause) });
  }
  kpis.sort((a, b) => a.start - b.start);
  // 效率衰减<10%，本项目承诺效率衰减≤8%: the draft's own commitment replaces the guide value it restates
  const kept = kpis.filter((k, i) => {
    if (k.commit) return true;
    const c = kpis.slice(i + 1).find((x) => x.commit && x.kpi.unit === k.kpi.unit);
    if (!c) return true;
    if (!c.kpi.metric || COMMIT.test(c.kpi.metric) || c.kpi.metric.length <= 2) c.kpi.metric = k.kpi.metric;
    c.kpi.guideText = k.text;
    return false;
  });
  for (const k of kept) {
    k.kpi.metric = k.kpi.metric.replace(/^(?:本项目|本课题)(?:承诺|拟达到|为|将)?/, "").trim() || k.kpi.metric;
    out.push(t.fact(k.kpi, k.text.replace(/[；;，,。]+$/, ""), line.offset + lead + k.start));
  }
}

function readTables(t: DraftText, out: Fact<CommittedKpi>[], inTable: Set<number>, unfilled: Fact<string>[]): void {
  const lines = t.lines;
  for (let i = 0; i < lines.length; i++) {
    const cells = splitCells(lines[i].text);
    if (!cells) continue;
    const table = kpiTable(cells);
    if (!table) continue;
    table.headerLine = i;
    inTable.add(i);
    const width = cellsOf(lines[i]);
    let stageMetric: Cell | null = null;
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j].text.trim();
      // a row whose rules a PDF lost still belongs to the table when it starts with its 序号
      const row = splitCells(lines[j].text) ?? (table.number >= 0 && /^\d{1,2}[\u4e00-\u9fff]/.test(text) && headingLevel(text) === null ? [{ text, start: lines[j].text.indexOf(text), end: lines[j].text.indexOf(text) + text.length }] : null);
      if (!row) {
        if (text) break;
        continue;
      }
      inTable.add(j);
      i = j;
      const staged: StagedRow | null = table.stage >= 0 ? stagedRow(row, table, width, stageMetric) : null;
      if (table.stage >= 0) {
        // a stage before the last of its metric is a milestone, not what the project commits to
        const next = splitCells(lines[j + 1]?.text ?? "");
        if (staged && !staged.continues) stageMetric = staged.mCell;
        if (next && stagedRow(next, table, width, stageMetric)?.continues) continue;
      }
      // 类别指标名称 | 指南要求 | 本项目指标 over rows of four cells: a PDF glued two header cells, and the
      // columns are found from the right
      const shift = Math.max(0, row.length - width);
      let mCell = staged?.mCell ?? row[table.metric + shift];
      let vCell = staged?.vCell ?? row[table.draft + shift];
      let guideText = table.guide >= 0 && table.guide !== table.draft ? row[table.guide + shift]?.text : undefined;
      const before = shift > 0 && table.metric === 0 ? row.slice(0, shift).map((c) => c.text).join("") : "";
      if (!staged && (row.length < width || table.guide === table.draft)) {
        // cells merged by PDF extraction: the last value is the draft's, what precedes it the guide's
        const split = splitMerged(row, table);
        if (!split) continue;
        ({ mCell, vCell, guideText } = split);
      }
      if (!mCell || !vCell) continue;
      // a row that names its metric and leaves the draft's value to fill in: the KPI is owed, not read
      if (isUnfilledText(vCell.text)) {
        if (!isUnfilledText(mCell.text)) unfilled.push(t.fact("kpis", lines[j].text.trim(), lines[j].offset + vCell.start));
        continue;
      }
      const q = readCell(vCell.text);
      if (!q) continue;
      let metric = cleanMetric(mCell.text);
      const category = before || (table.category >= 0 && row.length === width ? cleanMetric(row[table.category]?.text ?? "") : "");
      if (category && !metric.includes(category) && !/^\d+$/.test(category)) metric = category + metric;
      const paren = UNIT_PAREN.exec(metric);
      // 序号 | 指标名称 | 单位 | 指南要求 | 本项目目标: the unit column names the unit of bare values
      const unitCell = table.unit >= 0 && row.length === width ? (row[table.unit]?.text.trim() ?? "") : "";
      if (!q.unit && unitCell && !/^[-—/无]$/.test(unitCell)) q.unit = readCell(`1${unitCell}`)?.unit || unitCell;
      if (!q.unit && (paren || table.headerUnit)) q.unit = paren?.[1] ?? table.headerUnit;
      if (paren && q.unit === paren[1]) metric = metric.slice(0, paren.index).trim();
      if (!metric) continue;
      const kpi: CommittedKpi = { metric, ...q };
      if (guideText) kpi.guideText = guideText;
      out.push(t.fact(kpi, lines[j].text.trim(), lines[j].offset + vCell.start));
    }
  }
}

/** Line ranges [from, to) under a KPI heading or label, up to the next heading of the same or a higher level. */
function kpiSections(lines: DraftLine[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.trim();
    if (!KPI_HEADING.test(text)) continue;
    const level = headingLevel(text);
    const body = text.replace(LIST_MARKER, "");
    const labelled = new RegExp(`^[^，,。；;]{0,10}(?:${KPI_HEADING.source})[^，,。；;:：]{0,6}[:：]`).exec(body);
    if (level === null && !labelled && !(body.length <= 20 && KPI_HEADING.test(body.slice(0, 12)))) continue;
    // 考核指标：光电转换效率≥21% — the label's own line counts
    const from = labelled && body.slice(labelled[0].length).trim() ? i : i + 1;
    // the label's own line is in the section even when the next line opens another field
    let to = from === i ? i + 1 : from;
    for (let j = i + 1; j < lines.length; j++) {
      const h = headingLevel(lines[j].text);
      if (h !== null && (level === null || h <= level) && !KPI_HEADING.test(lines[j].text)) break;
      if (level === null && h !== null && h <= 2 && !KPI_HEADING.test(lines[j].text)) break;
      if (OTHER_FIELD.test(lines[j].text.replace(LIST_MARKER, ""))) break;
      to = j + 1;
    }
    out.push([from, Math.max(from, to)]);
    i = Math.max(i, to - 1);
  }
  return out;
}

/** Does `next` go on with the item of `line` (no list marker, no heading, no table row; `line` not finished)? */
function wrapsOnto(line: DraftLine, next: DraftLine): boolean {
  if (next.offset !== line.offset + line.text.length + 1) return false;
  const a = line.text.trim();
  const b = next.text.trim();
  if (!a || !b || /[。；;！!？?：:]$/.test(a) || splitCells(line.text) || splitCells(next.text)) return false;
  // a line opening with a short label and its colon (指标3 指标名称：…, 效率：…) is an item of its own
  if (LIST_MARKER.test(next.text) || headingLevel(next.text) !== null || OTHER_FIELD.test(b) || /^[^，,。；;：:]{1,12}[:：]/.test(b)) return false;
  return true;
}

/**
 * A row of a table with a stage column, as metric and value cells: a full row, or a row of the stages below the
 * first whose metric cell (merged over them) is left out or empty — it `continues` the metric above.
 */
interface StagedRow {
  mCell: Cell;
  vCell: Cell;
  continues: boolean;
}

function stagedRow(row: Cell[], table: KpiTable, width: number, above: Cell | null): StagedRow | null {
  if (row.length >= width && row[table.metric]?.text.trim()) return { mCell: row[table.metric], vCell: row[table.draft], continues: false };
  if (!above) return null;
  if (row.length >= width) return STAGE_CELL.test(row[table.stage]?.text.trim() ?? "") ? { mCell: above, vCell: row[table.draft], continues: true } : null;
  // the cells left out are the merged ones before the stage: the stage comes first, the value as far after it
  if (!STAGE_CELL.test(row[0].text.trim())) return null;
  const vCell = row[table.draft - table.stage] ?? row[row.length - 1];
  return vCell ? { mCell: above, vCell, continues: true } : null;
}

function cellsOf(line: DraftLine): number {
  return splitCells(line.text)?.length ?? 1;
}

const LAST_VALUE = /(?:[<>≤≥]|不(?:低|少|高|超)于)?\s*[-+]?\d+(?:\.\d+)?\s*[^\s\d|，,；;]{0,8}$/;

/** A row whose guide and draft values share a cell ("不低于90% 90%"), or whose metric swallowed its 序号. */
function splitMerged(row: Cell[], table: KpiTable): { mCell: Cell; vCell: Cell; guideText?: string } | null {
  const last = row[row.length - 1];
  const m = LAST_VALUE.exec(last.text);
  if (!m) return null;
  const vCell: Cell = { text: m[0].trim(), start: last.start + m.index + (m[0].length - m[0].trimStart().length), end: last.end };
  const guide = last.text.slice(0, m.index).trim();
  // the metric is the first cell with words (3智能决策策略生成时间: the 序号 ran into it), values follow it
  const mIndex = row.length > 1 ? row.slice(0, -1).findIndex((c) => /[\u4e00-\u9fff]/.test(c.text) && !/^(?:[<>≤≥]|不|\d+(?:\.\d+)?\s*[%a-zA-Z])/.test(c.text)) : -1;
  let mCell = mIndex >= 0 ? row[mIndex] : row.length > 1 ? row[0] : { ...last, text: last.text.slice(0, m.index) };
  if (table.number >= 0) mCell = { ...mCell, text: mCell.text.replace(/^\d{1,2}(?=[\u4e00-\u9fff])/, "") };
  if (row.length === 1) {
    const q = readQuantity(mCell.text);
    if (q) mCell = { ...mCell, text: mCell.text.slice(0, q.start) };
    return { mCell, vCell, guideText: q ? last.text.slice(q.start, m.index).trim() : undefined };
  }
  const between = row.slice(Math.max(mIndex, 0) + 1, -1).map((c) => c.text);
  const guideText = [...between, guide].filter(Boolean).join(" ");
  return { mCell, vCell, guideText: guideText || undefined };
}
