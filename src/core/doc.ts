import { LineIndex, MappedText } from "./mapped-text.js";
import type { Span, Warning } from "../model/guide.js";

/**
 * The document every stage works on (the "vfile" of guide): the decoded raw text, its normalized
 * form with a map back to raw offsets, the display text (same offsets, traditional characters kept),
 * and the messages stages leave behind.
 */
export class Doc {
  readonly lines: LineIndex;
  /** What the stages doubt about the document, each at its place (vfile's messages): the model's `warnings`. */
  readonly warnings: Warning[] = [];

  constructor(
    readonly path: string,
    /** Decoded source text (LF line ends): spans count its lines. */
    readonly raw: string,
    /** Normalized text used for matching. */
    readonly text: MappedText,
    /** Same length as text.text; the characters as written (traditional stays traditional). */
    readonly display: string,
    /** Offsets in `raw` where pages start, for paged sources. */
    readonly pageStarts?: number[],
  ) {
    this.lines = new LineIndex(raw);
  }

  private lineTable: Int32Array | null = null;

  /** 1-based raw line of a normalized offset. */
  lineAt(offset: number): number {
    // One linear pass instead of a search per call: spans are asked for thousands of times.
    // Locals and indexOf: the loop runs cold, once per document, over every character.
    let table = this.lineTable;
    if (!table) {
      const { raw } = this;
      const origin = this.text.origin;
      const n = this.text.text.length;
      table = this.lineTable = new Int32Array(n + 1);
      let line = 1;
      let reached = 0;
      let newline = raw.indexOf("\n");
      for (let i = 0; i <= n; i++) {
        const at = origin[i];
        if (at > reached) {
          reached = at;
          while (newline !== -1 && newline < reached) {
            line++;
            newline = raw.indexOf("\n", newline + 1);
          }
        }
        table[i] = line;
      }
    }
    return table[Math.max(0, Math.min(offset, table.length - 1))];
  }

  /** Page (1-based) of a normalized offset, for paged sources. */
  pageAt(offset: number): number | undefined {
    if (!this.pageStarts?.length) return undefined;
    const raw = this.text.rawOffset(offset);
    let page = 0;
    while (page + 1 < this.pageStarts.length && this.pageStarts[page + 1] <= raw) page++;
    return page + 1;
  }

  /** Span of the normalized range [start, end). */
  spanOf(start: number, end: number): Span {
    const startLine = this.lineAt(start);
    const endLine = Math.max(startLine, this.lineAt(Math.max(start, end - 1)));
    const page = this.pageAt(start);
    return page === undefined ? { startLine, endLine } : { startLine, endLine, page };
  }

  /** Record a doubt of a stage about the normalized range [start, end) (or the whole document). */
  warn(code: Warning["code"], message: string, data: Record<string, string | number>, range?: { start: number; end: number }): Warning {
    const w: Warning = { code, message, ...(Object.keys(data).length ? { data } : {}), ...(range ? { span: this.spanOf(range.start, range.end) } : {}) };
    this.warnings.push(w);
    return w;
  }
}
