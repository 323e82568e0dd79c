import type { MappedText } from "../core/mapped-text.js";
import { MappedTextBuilder, lineSpans } from "./builder.js";

// A cell of a row pasted from a spreadsheet (tab-separated) that opens with a double quote.
const OPENS = /(?:^|\t)"/gm;

/**
 * Spreadsheet cells with line breaks, as Excel copies them ("①…；⏎②…" quoted, "" for a quote inside), are joined
 * into their row: the breaks inside become spaces, the enclosing quotes go and doubled quotes are single. A row
 * so keeps its cells on one line, as the ingest adapters write table rows. Only a quote that opens a cell of a
 * tab-separated row and closes before a tab or a line's end, lines later, is such a cell.
 */
export function joinQuotedCells(t: MappedText): MappedText {
  const text = t.text;
  if (!text.includes('\t"')) return t;
  let b: MappedTextBuilder | undefined;
  let last = 0;
  OPENS.lastIndex = 0;
  for (let m = OPENS.exec(text); m; m = OPENS.exec(text)) {
    const open = m.index + m[0].length - 1;
    const close = closingQuote(text, open + 1);
    const lineEnd = text.indexOf("\n", open);
    if (close < 0 || lineEnd < 0 || close < lineEnd) continue;
    const closeLineEnd = text.indexOf("\n", close) < 0 ? text.length : text.indexOf("\n", close);
    const row = text.slice(text.lastIndexOf("\n", open) + 1, closeLineEnd);
    if (!row.includes("\t")) continue;
    b ??= new MappedTextBuilder(t);
    b.copy(last, open);
    let k = open + 1;
    for (let i = open + 1; i < close; i++) {
      if (text[i] === "\n") {
        b.copy(k, i);
        b.emit(" ", i);
        k = i + 1;
      } else if (text[i] === '"' && text[i + 1] === '"') {
        b.copy(k, i);
        k = ++i;
      }
    }
    b.copy(k, close);
    last = close + 1;
    OPENS.lastIndex = close + 1;
  }
  if (!b) return t;
  b.copy(last, text.length);
  return b.build();
}

/** The quote that closes a cell opened before `from` (followed by a tab or a line's end), or -1. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    return /[\t\r\n]/.test(text[i + 1] ?? "\n") ? i : -1;
  }
  return -1;
}

// A record of a CSV export, every field in double quotes: "1","泺川理工大学","牵头申报单位"
const CSV_RECORD = /^"[^"\n]*"(?:,"[^"\n]*")+$/;
const CSV_FIELD_GAP = /",\s*"/g;

/**
 * Tables exported as CSV with every field quoted (as management systems export them) are written as rows of
 * cells, " | " between them, as the ingest adapters write table rows: a run of two or more such records with as
 * many fields each.
 */
export function readCsvRows(t: MappedText): MappedText {
  const text = t.text;
  if (!text.includes('","')) return t;
  const records = lineSpans(text)
    .map(({ start, text: raw }) => ({ start, line: raw.replace(/\r$/, "") }))
    .filter(({ line }) => CSV_RECORD.test(line))
    .map(({ start, line }) => ({ start, end: start + line.length, fields: line.split('","').length }));
  // a record counts where the line before or after is a record with as many fields
  const rows = records.filter((r, i) => [records[i - 1], records[i + 1]].some((o) => o && o.fields === r.fields && text.slice(Math.min(o.end, r.end), Math.max(o.start, r.start)).trim() === ""));
  if (!rows.length) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const r of rows) {
    b.copy(last, r.start);
    let k = r.start + 1;
    for (const m of text.slice(r.start, r.end).matchAll(CSV_FIELD_GAP)) {
      b.copy(k, r.start + m.index);
      b.emit(" | ", r.start + m.index);
      k = r.start + m.index + m[0].length;
    }
    b.copy(k, r.end - 1);
    last = r.end;
  }
  b.copy(last, text.length);
  return b.build();
}
