import { readMoney } from "../extract/money.js";
import { openBrackets } from "../extract/threshold.js";
import { DRAFT_BUDGET_TOTALS, GOVERNMENT_FUNDS, REQUESTED_FUNDS, SELF_FUNDS, alternation } from "../lexicon/index.js";
import type { Money } from "../model/guide.js";
import { splitCells, type Cell } from "../structure/tables.js";
import { headingLevel, LIST_MARKER } from "./fields.js";
import type { DraftText } from "./text.js";
import type { Breakdown, Fact } from "./types.js";

/** The three budget figures of a draft. */
export interface BudgetFacts {
  government: Fact<Money> | null;
  selfFunded: Fact<Money> | null;
  total: Fact<Money> | null;
}

type Kind = keyof BudgetFacts;

const SELF = new RegExp(alternation(SELF_FUNDS));
const GOV = new RegExp(alternation([...GOVERNMENT_FUNDS, ...REQUESTED_FUNDS]));
const TOTAL = new RegExp(alternation(DRAFT_BUDGET_TOTALS));

/** What a label before an amount says it is: 申请国拨经费 → government, 自筹 → selfFunded, 总经费 → total. */
export function budgetKind(label: string): Kind | null {
  if (SELF.test(label)) return "selfFunded";
  if (/总|合计|共计/.test(label) && !/其中/.test(label) && !GOV.test(label.replace(/^.*?(?:总|合计|共计)/, ""))) {
    if (TOTAL.test(label)) return "total";
  }
  if (GOV.test(label)) return "government";
  if (TOTAL.test(label)) return "total";
  return null;
}

const SUM_ROW = /合计|小计|总计|共计/;
// the unit of bare figures below it: 单位：万元, 经费预算（万元）, 金额（万元）
const UNIT_LINE = /单位\s*[:：]\s*(亿元|万元|千元|元)|^[^|]{0,16}(?:经费|预算|资金|金额)[^|]{0,6}[（(]\s*(亿元|万元|千元|元)\s*[)）]/;
const CONTEXT = /经费|预算|资金|投入|投资|国拨|财政|自筹|配套|资助|补助/;
const UNIT_IN = /(亿元|万元|千元|元)/;
const SCALE: Record<string, number> = { 亿元: 1e8, 万元: 1e4, 千元: 1e3, 元: 1 };

function moneyOf(numText: string, unit: string): Money | null {
  const m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/.exec(numText.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ""));
  return { yuan: Math.round(n * SCALE[unit] * 100) / 100, text: `${m[1]}${unit}` };
}

/**
 * The budget (经费预算): 申请国拨 / 省财政 / 财政经费 → government, 自筹 / 配套经费 → selfFunded, 总经费 / 总预算 →
 * total, in 元 / 万元 / 亿元, from sentences (each amount takes the label written before it in its clause) and
 * from budget tables, whose unit may sit in a header (金额（万元）) or a 单位：万元 line above. The first
 * value of each kind wins.
 */
/** A figure with another amount of its kind added (two units' 自筹, 自筹 and 其他经费): 800万元+150万元. */
function added(prev: Fact<Money>, money: Money): Fact<Money> {
  return { ...prev, value: { yuan: Math.round((prev.value.yuan + money.yuan) * 100) / 100, text: `${prev.value.text}+${money.text}` } };
}

// A cell that is an amount and nothing else: 500万元, 1,200 元, 1500 万 元 (a space inside the unit, as typed), an
// amount in capitals beside it in brackets (1200 万元（人民币壹仟贰佰万元整）).
const MONEY_CELL = /^\s*[\d.,]+\s*(?:万|亿|千)?\s*元\s*(?:[（(][^（）()]*[)）])?\s*$/;

/** The amount in 元 of a table row: its first cell with money, bare figures in the table's unit. */
function rowAmount(cells: Cell[], unit: string | null): number | null {
  for (const c of cells) {
    const m = readMoney(c.text)[0];
    if (m && MONEY_CELL.test(c.text)) return m.value.yuan;
    if (/^\d[\d.,]*$/.test(c.text.trim()) && unit) return moneyOf(c.text, unit)?.yuan ?? null;
  }
  return null;
}

/**
 * A row of three or more bare figures whose last is the sum of the others (90 | 120 | 90 | 300): the last, in
 * the table's unit; null for any other row.
 */
function summedRow(cells: Cell[], unit: string | null): { money: Money; cell: Cell } | null {
  const figures = cells.filter((c) => /^\d[\d.,]*$/.test(c.text.trim()));
  if (!unit || figures.length < 3) return null;
  const values = figures.map((c) => moneyOf(c.text, unit)?.yuan ?? NaN);
  const last = values[values.length - 1];
  const sum = values.slice(0, -1).reduce((a, b) => a + b, 0);
  if (!(last > 0) || Math.abs(sum - last) > last * 1e-6) return null;
  const cell = figures[figures.length - 1];
  return { money: moneyOf(cell.text, unit)!, cell };
}

export function readBudget(t: DraftText): BudgetFacts {
  const out: BudgetFacts = { government: null, selfFunded: null, total: null };
  const set = (k: Kind | null, money: Money, text: string, offset: number) => {
    if (k && !out[k]) out[k] = t.fact(money, text, offset);
  };
  // Table rows of one kind, one per unit (A公司自筹 | 800, B大学自筹 | 150), add up; a 合计/小计 row of
  // the kind is the figure itself.
  // Rows add up within their own table: a figure stated before the table (a 基本信息表 above a 经费预算表 that
  // breaks it down per unit) stands, and the table's unit rows are not added to it.
  let rowLabels: Record<Kind, string[]> = { government: [], selfFunded: [], total: [] };
  let owned = new Set<Kind>();
  let inTable = false;
  const setRow = (k: Kind | null, money: Money, text: string, offset: number, label: string) => {
    if (!k) return;
    const seen = rowLabels[k];
    const prev = out[k];
    // the 合计 row is the figure of its kind; for the total column, only over a total summed from unit rows
    if (SUM_ROW.test(label) && (k !== "total" || (prev && seen.length > 1))) out[k] = t.fact(money, text, offset);
    else if (prev && !owned.has(k)) return;
    else if (prev && seen.length && !seen.includes(label) && !/合计|小计|总/.test(label)) {
      out[k] = added(prev, money);
    } else set(k, money, text, offset);
    owned.add(k);
    seen.push(label);
  };
  // the unit of bare figures: 单位：万元, 经费预算（万元）, 金额（万元）, for the lines that follow
  let unitState: { unit: string; until: number } | null = null;
  let header: { cells: Cell[]; unit: string | null; labels: (Kind | null)[]; line: number } | null = null;
  let lastRow: number | null = null;
  let breakdown: { left: number } | null = null;
  for (const line of t.lines) {
    const unitLine = UNIT_LINE.exec(line.text);
    if (unitLine) unitState = { unit: unitLine[1] ?? unitLine[2], until: line.index + 15 };
    if (unitState && line.index > unitState.until) unitState = null;
    const tableUnit = unitState?.unit ?? null;
    const cells = splitCells(line.text);
    if (cells && !inTable) {
      rowLabels = { government: [], selfFunded: [], total: [] };
      owned = new Set<Kind>();
    }
    // a Markdown table's delimiter row (|---|---|) and a rule between rows (-----) are blank by now: they neither
    // end the table nor cut its header off
    const nextText = t.lines[line.index + 1]?.text ?? "";
    const delimiter = !line.text.trim() && header !== null && (line.index === header.line + 1 || splitCells(nextText) !== null);
    inTable = cells !== null || (inTable && delimiter);
    if (cells) {
      const texts = cells.map((c) => c.text.replace(/\s+/g, ""));
      // a header row: 经费来源 | 金额（万元） or 申请国拨经费（万元） | 自筹经费 | 合计
      const headerUnit = texts.map((c) => UNIT_IN.exec(c)?.[1]).find(Boolean) ?? null;
      const labels = texts.map((c) => (/^[\d.,\s]*$/.test(c) ? null : budgetKind(c.replace(/[（(].*?[)）]/g, ""))));
      if (texts.every((c) => !/\d/.test(c)) && (headerUnit || texts.some((c) => /来源|科目|金额|预算数/.test(c)) || labels.filter(Boolean).length >= 2)) {
        header = { cells, unit: headerUnit ?? tableUnit, labels, line: line.index };
        if (headerUnit) unitState = { unit: headerUnit, until: line.index + 15 };
        continue;
      }
      // a row: 申请国拨经费 | 500
      let kind: Kind | null = null;
      const rowLabel = texts.find((c) => c && !/^[\d.,%％元万亿]*$/.test(c)) ?? "";
      const rowKind = budgetKind(rowLabel);
      // 配套经费 | 450 then 其中：单位自筹 | 300, 　其他来源 | 150: rows that break the one above down, as far as
      // they are indented or have not yet added up to it, are no figures of their own
      const amount = rowAmount(cells, header?.unit ?? tableUnit);
      if (/^其中/.test(rowLabel) && lastRow) breakdown = { left: lastRow };
      else if (breakdown && !(/^\|?[ \t]*(?:\u3000|[ \t]{2,})/.test(line.text.replace(/^\s*\|/, "")) || breakdown.left > 0.5)) breakdown = null;
      if (breakdown) {
        breakdown.left -= amount ?? 0;
        continue;
      }
      if (amount !== null) lastRow = amount;
      // 国拨经费 | 90 | 120 | 90 | 300: a kind's figures per year (or per stage) and their sum, the row's figure —
      // unless the header gives the columns kinds (科目 | 国拨经费 | 配套经费 | 合计), which the cells then take
      const kindColumns = header ? header.labels.filter(Boolean).length : 0;
      const summed = rowKind && kindColumns <= 1 ? summedRow(cells, header?.unit ?? tableUnit) : null;
      if (rowKind && summed) {
        setRow(rowKind, summed.money, summed.cell.text, line.offset + summed.cell.start, rowLabel);
        continue;
      }
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        const inCell = readMoney(c.text)[0];
        // the column's kind (单位 | 省财政 | 自筹 | 合计) wins over a 合计 row's label: that row sums each column
        const columnKind = header?.labels[i] ?? null;
        const cellKind: Kind | null = columnKind && (kind === null || (kind === "total" && SUM_ROW.test(rowLabel))) ? columnKind : (kind ?? columnKind);
        if (inCell && MONEY_CELL.test(c.text)) {
          setRow(cellKind, inCell.value, c.text, line.offset + c.start, rowLabel);
          kind = null;
          continue;
        }
        if (/^\d[\d.,]*$/.test(c.text)) {
          const unit = header?.unit ?? tableUnit;
          const k: Kind | null = cellKind;
          const money = unit ? moneyOf(c.text, unit) : null;
          if (money && k) setRow(k, money, c.text, line.offset + c.start, rowLabel);
          if (k === kind) kind = null;
          continue;
        }
        const k = budgetKind(c.text);
        if (k) kind = k;
        else if (c.text) {
          // a label with its amount in one cell: 申请国拨经费500万元
          for (const m of readMoney(c.text)) set(budgetKind(c.text.slice(0, m.start)), m.value, m.text, line.offset + c.start + m.start);
        }
      }
      continue;
    }
    if ((!line.text.trim() && !delimiter) || headingLevel(line.text) !== null) header = null;
    if (!CONTEXT.test(line.text) && !TOTAL.test(line.text)) continue;
    const amounts = readMoney(line.text);
    const lineUnit = unitLine?.[2] ?? tableUnit;
    if (!amounts.length && lineUnit) {
      // 申请中央财政经费：400 under 经费预算（单位：万元）; 申请省级财政资金1000 (a PDF row that lost its rule);
      // 经费预算（万元）：国拨300，自筹600，合计900
      const body = line.text.replace(LIST_MARKER, "");
      const bracketed = openBrackets(body);
      let outer: Kind | null = null;
      const lead = line.text.length - body.length;
      for (const bare of body.matchAll(/([^\d，,；;。:：（(]{2,20}?)\s*[:：]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.])\s*(?=$|[，,；;。、（(])/g)) {
        const money = moneyOf(bare[2], lineUnit);
        const label = bare[1].replace(/^.*[)）]/, "");
        const kind = budgetKind(label);
        // 配套经费 1000 （其中A自筹850，B自筹150）: a breakdown of the same kind in brackets is no figure of its own
        const inBrackets = bracketed[bare.index] >= 0;
        if (inBrackets && kind === outer) continue;
        if (!inBrackets) outer = kind;
        if (money) set(kind, money, bare[2], line.offset + lead + bare.index + bare[0].lastIndexOf(bare[2]));
      }
      continue;
    }
    let from = 0;
    let outer: Kind | null = null;
    let selfLabel: string | null = null;
    const bracketed = openBrackets(line.text);
    for (const m of amounts) {
      // the label of an amount: what stands between the previous amount (or clause break) and it
      const seg = line.text.slice(from, m.start);
      const clause = seg.slice(Math.max(seg.lastIndexOf("；"), seg.lastIndexOf(";"), seg.lastIndexOf("。")) + 1);
      // …包括省财政资助和单位自筹两部分：申请省财政资助经费…: after a colon, the label is what follows it, when that names a kind
      const kind = budgetKind(clause.slice(Math.max(clause.lastIndexOf("："), clause.lastIndexOf(":")) + 1)) ?? budgetKind(clause);
      from = m.end;
      // 自筹1000万元（其中A企业出资850万元）: a breakdown of the same kind is part of the figure before it
      const inBrackets = bracketed[m.start] >= 0;
      if (inBrackets && kind === outer) continue;
      if (!inBrackets) outer = kind;
      const label = clause.replace(/^[，,、:：\s]+/, "").trim();
      if (kind === "selfFunded" && selfLabel !== null) {
        // 自筹经费300万元，其中企业自筹200万元: a breakdown of the figure before it
        if (/^(?:其中|含|包括)/.test(label)) continue;
        // 自筹经费300万元，其他经费200万元: non-government sources named apart on one line add up
        const prev = out.selfFunded;
        if (prev && label !== selfLabel) out.selfFunded = added(prev, m.value);
        continue;
      }
      const had = out.selfFunded;
      set(kind, m.value, m.text, line.offset + m.start);
      // only a figure this line set is added to
      if (kind === "selfFunded" && out.selfFunded !== had) selfLabel = label;
    }
  }
  return out;
}

// the row of a budget table that sums the whole column (a 小计 row sums a group only)
const TOTAL_WORD = /合计|总计|共计|总额/;
const TOTAL_ROW = new RegExp(`^(?:${TOTAL_WORD.source})|合计$`);
const FIGURE = /^\d[\d.,]*$/;

/**
 * A column of a budget table (经费预算表) whose rows do not add up to its 合计 row, or null. Group rows that hold
 * the rows under them (一、直接费用 over 1.设备费 …, 配套经费 over 其中：A单位 …) count once; 小计 rows are not items. The first such
 * column is returned: its items and the 合计 cell (budget-inconsistent reports it).
 */
export function readBreakdown(t: DraftText): Fact<Breakdown> | null {
  // most drafts have no table with a total row: one scan of the text decides (issue 14)
  if (!TOTAL_WORD.test(t.doc.text.text)) return null;
  let unit: { unit: string; until: number } | null = null;
  let header: (string | null)[] | null = null;
  let rows: { label: string; values: (Money | null)[] }[] = [];
  for (const line of t.lines) {
    const u = UNIT_LINE.exec(line.text);
    if (u) unit = { unit: u[1] ?? u[2], until: line.index + 15 };
    if (unit && line.index > unit.until) unit = null;
    const cells = splitCells(line.text);
    if (!cells) {
      // a Markdown delimiter row is blank by now; anything else ends the table
      if (line.text.trim() || !splitCells(t.lines[line.index + 1]?.text ?? "")) (header = null), (rows = []);
      continue;
    }
    const texts = cells.map((c) => c.text.replace(/\s+/g, ""));
    if (texts.every((c) => !/\d/.test(c))) {
      const headerUnit = texts.map((c) => UNIT_IN.exec(c)?.[1]).find(Boolean);
      if (headerUnit) unit = { unit: headerUnit, until: line.index + 15 };
      header = texts.some((c) => CONTEXT.test(c) || /科目|金额/.test(c)) ? texts : null;
      rows = [];
      continue;
    }
    if (!header || !unit) continue;
    const label = texts.find((c) => c && !FIGURE.test(c)) ?? "";
    const values = cells.map((c) => (FIGURE.test(c.text.trim()) ? moneyOf(c.text, unit!.unit) : null));
    if (!TOTAL_ROW.test(label)) {
      if (!/小计/.test(label)) rows.push({ label, values });
      continue;
    }
    for (let c = 0; c < cells.length; c++) {
      const total = values[c];
      // a row without a figure in the column (a blank cell, or one a PDF moved elsewhere) leaves the sum unsure
      if (!total || rows.some((r) => !r.values[c])) continue;
      const items = rows.map((r) => ({ label: r.label, money: r.values[c]! }));
      if (items.length < 2 || addsUp(items.map((i) => i.money.yuan), total.yuan)) continue;
      return t.fact({ items, total }, cells[c].text, line.offset + cells[c].start);
    }
    rows = [];
  }
  return null;
}

/** Do the figures add up to the total, reading a figure that equals the sum of the ones right after it as their group? */
function addsUp(figures: number[], total: number): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, total * 1e-6);
  if (near(figures.reduce((a, b) => a + b, 0), total)) return true;
  let sum = 0;
  for (let i = 0; i < figures.length; i++) {
    sum += figures[i];
    let part = 0;
    for (let j = i + 1; j < figures.length; j++) {
      part += figures[j];
      if (near(part, figures[i])) {
        i = j;
        break;
      }
    }
  }
  return near(sum, total);
}
