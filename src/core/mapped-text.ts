/**
 * Text that remembers where each of its characters came from in the raw (decoded) source.
 *
 * Every normalizer returns a new MappedText (built with src/normalize/builder.ts); `origin[i]` is the raw offset of character `i`, so spans and
 * finding positions always refer to the file the user has, however much the text was rewritten
 * (Vale's location.go lesson). `origin` has one extra entry for the end of the text.
 */
export class MappedText {
  constructor(
    readonly text: string,
    readonly origin: Int32Array,
  ) {}

  /** Identity map over a freshly decoded text. */
  static fromRaw(text: string): MappedText {
    const origin = new Int32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) origin[i] = i;
    return new MappedText(text, origin);
  }

  /** Raw offset of normalized offset `i` (clamped to the text). */
  rawOffset(i: number): number {
    return this.origin[Math.max(0, Math.min(i, this.text.length))];
  }

  /** Substitute single characters (same length), e.g. full-width → ASCII, Kangxi radical → ideograph. */
  mapChars(table: (ch: string) => string | undefined): MappedText {
    let out = "";
    let changed = false;
    for (let i = 0; i < this.text.length; i++) {
      const c = this.text[i];
      const r = table(c);
      if (r !== undefined && r.length === 1 && r !== c) {
        out += r;
        changed = true;
      } else out += c;
    }
    return changed ? new MappedText(out, this.origin) : this;
  }
}

/** 1-based line numbers for raw offsets of one source text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(raw: string) {
    // indexOf, not a loop over every character: a cold loop over a 150 KB notice costs milliseconds.
    for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  /** 1-based line of a raw offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column (UTF-16 units) of a raw offset. */
  columnOf(offset: number): number {
    return offset - this.starts[this.lineOf(offset) - 1] + 1;
  }
  get lineCount(): number {
    return this.starts.length;
  }
}
