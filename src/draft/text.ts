import type { Doc } from "../core/doc.js";
import type { WordPlace } from "../ingest/types.js";
import type { Fact, FactPlace } from "./types.js";

/** One line of the normalized draft text, with the offset where it starts in `doc.text.text`. */
export interface DraftLine {
  text: string;
  /** Offset of the line's first character in the normalized text. */
  offset: number;
  /** Index in `DraftText.lines`. */
  index: number;
}

/**
 * The normalized draft, cut into lines, with a locator from normalized offsets to the 1-based line and
 * column of the original file (HOUSE-STYLE 7.8 principle 3: report relative, resolve centrally).
 */
export class DraftText {
  readonly lines: DraftLine[] = [];

  constructor(
    readonly doc: Doc,
    /** The Word place of each raw line of a DOCX draft (see IngestedText.wordPlaces). */
    private readonly wordPlaces?: readonly (WordPlace | null)[],
  ) {
    const t = doc.text.text;
    let start = 0;
    for (let i = 0; i <= t.length; i++) {
      if (i === t.length || t.charCodeAt(i) === 10) {
        this.lines.push({ text: t.slice(start, i), offset: start, index: this.lines.length });
        start = i + 1;
      }
    }
  }

  /** Line, column (UTF-16, 1-based) and page of a normalized offset, in the original file. */
  place(offset: number): FactPlace {
    const raw = this.doc.text.rawOffset(offset);
    const page = this.doc.pageAt(offset);
    const place: FactPlace = { line: this.doc.lines.lineOf(raw), column: this.doc.lines.columnOf(raw), source: "text" };
    if (page !== undefined) place.page = page;
    const word = this.wordPlaces?.[place.line - 1];
    if (word && "paragraph" in word) place.paragraph = word.paragraph;
    else if (word) {
      // the cell: how many " | " stand before the column on the row as read
      const before = this.doc.raw.slice(raw - (place.column ?? 1) + 1, raw);
      Object.assign(place, { table: word.table, row: word.row, cell: before.split(" | ").length });
    }
    return place;
  }

  /** A fact read from the text at a normalized offset. */
  fact<T>(value: T, text: string, offset: number): Fact<T> {
    return { ...this.place(offset), value, text };
  }

  /** Normalized text per raw source line (1-based line n at index n-1), lines removed by normalize left empty. */
  sourceLines(): string[] {
    const out: string[] = new Array(this.doc.lines.lineCount).fill("");
    for (const l of this.lines) {
      if (!l.text) continue;
      const n = this.doc.lines.lineOf(this.doc.text.rawOffset(l.offset)) - 1;
      out[n] = out[n] ? `${out[n]} ${l.text}` : l.text;
    }
    return out;
  }
}
