import type { MappedText } from "../core/mapped-text.js";
import { MappedTextBuilder, lineSpans } from "./builder.js";

// The gap between two columns of a table typed with spaces: two or more spaces (ideographic ones too), or a tab.
const GAP = /[ \u3000]{2,}|\t+/g;
const AROUND_COLON = /[ \u3000\t]*[：:][ \u3000\t]*/g;
/** Rows a run must have (a header and two rows) before its gaps are read as columns. */
const MIN_ROWS = 3;

/**
 * Tables typed with spaces in a plain-text draft (预算科目    国拨经费    配套经费    合计, a team list 姓名  出生年月
 * 职称  工作单位) have their column gaps written as " | ", as the ingest adapters write table rows: a run of at
 * least MIN_ROWS lines (blank lines and rules between them allowed) that each split into three or more cells at
 * wide gaps, with about the same number of cells. A line with two fields (项目名称：X    申报方向：1.1) splits
 * into two cells and stays as it is.
 */
export function readAlignedTables(t: MappedText): MappedText {
  const text = t.text;
  const lines = lineSpans(text).map(({ start, end, text: raw }) => {
    const line = raw.trim();
    // 项目名称  ：  X — a gap beside a colon spaces a field out, it parts no columns
    return { start, end, cells: line && !line.includes("|") ? line.replace(AROUND_COLON, "：").split(GAP).length : 0 };
  });
  const rows: number[] = [];
  let run: number[] = [];
  const close = () => {
    const counts = run.map((i) => lines[i].cells);
    const most = Math.max(...counts);
    if (run.length >= MIN_ROWS && counts.filter((c) => c >= most - 1).length === run.length) rows.push(...run);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const { cells, start, end } = lines[i];
    if (cells >= 3) run.push(i);
    else if (start === end || /^[\s\-=_─━]*$/.test(text.slice(start, end))) continue;
    else if (run.length) close();
  }
  if (run.length) close();
  if (!rows.length) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const i of rows) {
    const { start, end } = lines[i];
    const lead = start + (text.slice(start, end).length - text.slice(start, end).trimStart().length);
    const tail = start + text.slice(start, end).trimEnd().length;
    for (const m of text.slice(lead, tail).matchAll(GAP)) {
      const at = lead + m.index;
      if (/[：:]/.test(text[at - 1]) || /[：:]/.test(text[at + m[0].length] ?? "")) continue;
      b.copy(last, at);
      b.emit(" | ", at);
      last = at + m[0].length;
    }
  }
  b.copy(last, text.length);
  return b.build();
}
