import { splitCells } from "../structure/tables.js";
import type { DraftLine } from "./text.js";

/** A labelled value of the draft: 项目名称：… on a line, or the cell after a 项目名称 cell in a table row. */
export interface FieldHit {
  /** The value, trimmed; "" when the label stands alone. */
  value: string;
  /** Normalized offset of the value (of the label when the value is empty). */
  offset: number;
  /** Normalized offset of the label. */
  labelOffset: number;
  /** The label as written. */
  label: string;
  line: DraftLine;
  /** Read from a table cell. */
  cell: boolean;
}

// 一、 and Ⅱ、 / IV.: the number of a section (level 1)
const SECTION_NUMBER = String.raw`(?:[一二三四五六七八九十]+|[Ⅰ-Ⅻ]|[IVX]{1,4}(?=[.、．]))\s*[、.．]`;

/**
 * List markers a line may start with: 一、 （一） 1. (1) ① - * •, Roman numbers (Ⅱ、, IV.) and letters (a) (b) B.), and
 * a Markdown check box (- [x]).
 */
export const LIST_MARKER = new RegExp(
  String.raw`^\s*(?:>\s*)?(?:#{1,6}\s*)?(?:[-*+]\s+\[[ xX]\]\s*|第[一二三四五六七八九十\d]+[章节部分条]\s*|${SECTION_NUMBER}\s*|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]\s*|\d+(?:\.\d+)*\s*[.、．)）]\s*|\d+\s+(?=\D)|[①-⑳]\s*|[-*•·●▪■◆]\s+|[（(]\s*[a-zA-Z]\s*[)）]\s*|[a-zA-Z]\s*[)）]\s*|[A-H][.．、](?![\dA-Za-z])\s*)`,
);

const SECTION_START = new RegExp(`^${SECTION_NUMBER}`);

/** A heading line: its level (markdown #, 第X章 0, 一、 or Ⅱ、 1, （一） 2; the same in 【】), or null when the line is not one. */
export function headingLevel(text: string): number | null {
  const t = text.trim();
  if (!t || t.length > 40 || /[。；;]$/.test(t)) return null;
  const md = /^(#{1,6})\s/.exec(t);
  if (md) return md[1].length;
  if (/^第[一二三四五六七八九十\d]+[章部分]/.test(t)) return 0;
  if (SECTION_START.test(t)) return 1;
  if (/^[（(]\s*[一二三四五六七八九十]+\s*[)）]/.test(t)) return 2;
  // 【四、进度】, 【研究内容】: a line that is one bracketed title is a heading, at its number's level (else a chapter)
  const bracketed = /^【([^【】]{1,30})】$/.exec(t);
  if (bracketed) return headingLevel(bracketed[1]) ?? 1;
  return null;
}

// A field's value ends before a second field on its line, or at the end of its sentence (…：ETH Zürich（瑞士）。中方单位3家。)
const VALUE_END = /\s{2,}(?=\S{2,10}[:：])|[；;]\s*(?=\S{2,10}[:：])|。/;

function strip(v: string): string {
  return v.replace(/^[\s:：]+/, "").replace(/[\s，,；;。]+$/, "");
}

// The cell between a block label and its value in a 基本信息表: 申报单位 | 名称 | X, 项目负责人 | 姓名 | X.
const SUB_LABEL = /^(?:单位)?(?:名称|全称)$|^姓名$/;

/**
 * Every place in `lines` where one of `label` (a regex source matched at a line start, after a list marker,
 * or as a whole table cell) gives a value. `label` must not be anchored; a parenthesized remark after it
 * (（盖章）, （万元）) is skipped. With `colonRequired` false, "项目名称 XXX" (PDF tables that lost their
 * rules) counts too.
 */
export function findFields(lines: DraftLine[], label: string, options: { colonRequired?: boolean } = {}): FieldHit[] {
  // 【申报单位】… — a label in black-lenticular brackets, the closing bracket standing for the colon
  // a wide gap stands for the colon in form-like text (指南方向  9001 …, 项目名称\t…, 申报单位　X)
  // 榜单名称 ..... X: dotted leaders, as forms typed in text lead a label to its value
  // :榜单: X — a field list (reStructuredText, Org-mode properties): a colon before the label too
  const inline = new RegExp(`^(?:[【\\[]|:(?=\\S))?(${label})(?:[（(][^)）]{0,12}[)）])?\\s*(?:[】\\]]\\s*[:：]?|[:：]|(?:[.．·]{3,}|[…‥⋯]{2,})\\s*|为(?=\\s*\\S)|(?<=[ \\t\\u3000]{2}|\\t|\\u3000)(?=\\S)${options.colonRequired === false ? "|\\s+(?=\\S)" : ""}|$)`);
  // 申报单位 | X, and the block labels of a 基本信息表: 申报单位信息 | 单位名称 | X
  const cellRe = new RegExp(`^(?:${label})(?:基本信息|基本情况|信息|情况)?(?:[（(][^)）]{0,12}[)）])?\\s*[:：]?$`);
  const hits: FieldHit[] = [];
  for (const line of lines) {
    const cells = splitCells(line.text);
    if (cells) {
      for (let i = 0; i < cells.length; i++) {
        const c = cells[i];
        const bare = c.text.replace(LIST_MARKER, "");
        if (cellRe.test(bare)) {
          // the value is the next cell, after a sub-label cell such as 名称 or 姓名 (申报单位 | 名称 | X)
          const next = SUB_LABEL.test(cells[i + 1]?.text ?? "") && cells[i + 2] ? cells[i + 2] : cells[i + 1];
          const value = next ? strip(next.text) : "";
          hits.push({ value, offset: line.offset + (next ? next.start : c.start), labelOffset: line.offset + c.start, label: bare, line, cell: true });
        } else {
          // 项目名称：XXX inside one cell
          const m = inline.exec(bare);
          if (m) {
            const at = c.start + (c.text.length - bare.length);
            hits.push(hitAt(line, at, m, bare));
          }
        }
      }
      continue;
    }
    // a list marker, or only a blockquote's > (a field quoted in a Markdown repost: > 申报方向：6.4)
    const lead = LIST_MARKER.exec(line.text)?.[0].length ?? /^\s*(?:>\s*)*/.exec(line.text)![0].length;
    const rest = line.text.slice(lead);
    const m = inline.exec(rest);
    if (m) hits.push(hitAt(line, lead, m, rest));
    // 项目名称：XXX    申报方向：1.1, …，国（境）外合作单位为 X — a second field on the same line
    for (const sep of rest.matchAll(/(?:\s{2,}|[；;，,]\s*)/g)) {
      const at = sep.index + sep[0].length;
      const m2 = inline.exec(rest.slice(at));
      if (m2 && /[:：]|为/.test(m2[0].slice(m2[1].length))) hits.push(hitAt(line, lead + at, m2, rest.slice(at)));
    }
  }
  return hits;
}

function hitAt(line: DraftLine, at: number, m: RegExpExecArray, rest: string): FieldHit {
  const after = rest.slice(m[0].length);
  const cut = VALUE_END.exec(after);
  const rawValue = cut ? after.slice(0, cut.index) : after;
  const lead = rawValue.length - rawValue.trimStart().length;
  const value = strip(rawValue);
  return {
    value,
    offset: line.offset + at + m[0].length + (value ? lead : 0),
    labelOffset: line.offset + at,
    label: m[1],
    line,
    cell: false,
  };
}

// What a form says where it has nothing to give: 暂无, 无, 尚未落实, 待定, 不涉及, 否, —.
const NONE = /^(?:暂无|无|没有|尚无|暂未|尚未(?:确定|落实)|待定|不涉及|无此项|否|[-—/／]+)(?=$|[。；;，,（(])/;

/** Does a field's value say there is nothing (国（境）外合作单位：暂无, 申报的其他项目：无（…）)? */
export function answersNone(value: string): boolean {
  return NONE.test(value.trim());
}

/** The next non-empty line after `line` (within `within` lines), or null. */
export function nextLine(lines: DraftLine[], line: DraftLine, within = 3): DraftLine | null {
  for (let i = line.index + 1; i < lines.length && i <= line.index + within; i++) if (lines[i].text.trim()) return lines[i];
  return null;
}

/** Text left to fill in: blank, or only a 【…】 placeholder (as `guide template` writes 【待填写】). */
export function isUnfilledText(s: string): boolean {
  return /^\s*(【[^】]*】\s*)?$/.test(s);
}

/** Split a list written on one line (A、B；C) at separators outside parentheses. */
export function splitList(s: string, seps = "、；;"): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = s.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: start + lead });
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && depth > 0) depth--;
    else if (depth === 0 && seps.includes(c)) {
      push(i);
      start = i + 1;
    }
  }
  push(s.length);
  return out;
}
