/**
 * Text that remembers where each of its characters came from in the raw (decoded) source.
 *
 * Every normalizer returns a new MappedText; `origin[i]` is the raw offset of character `i`, so spans and
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

  /**
   * Replace every match of a global regex. A replacement of the same length maps character by character;
   * any other replacement maps all its characters to the start of the match (deletions leave no trace).
   */
  replace(re: RegExp, replacer: string | ((match: RegExpExecArray) => string)): MappedText {
    if (!re.global) throw new Error("MappedText.replace needs a global RegExp");
    re.lastIndex = 0;
    const parts: string[] = [];
    const origin: number[] = [];
    let last = 0;
    let changed = false;
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const rep = typeof replacer === "string" ? replacer : replacer(m);
      if (rep === m[0]) continue;
      changed = true;
      this.copy(last, m.index, parts, origin);
      parts.push(rep);
      if (rep.length === m[0].length) for (let k = 0; k < rep.length; k++) origin.push(this.origin[m.index + k]);
      else for (let k = 0; k < rep.length; k++) origin.push(this.origin[m.index]);
      last = m.index + m[0].length;
    }
    if (!changed) return this;
    this.copy(last, this.text.length, parts, origin);
    origin.push(this.origin[this.text.length]);
    return new MappedText(parts.join(""), Int32Array.from(origin));
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

  /** The slice [start, end) with its map. */
  slice(start: number, end: number): MappedText {
    return new MappedText(this.text.slice(start, end), this.origin.slice(start, end + 1));
  }

  private copy(from: number, to: number, parts: string[], origin: number[]): void {
    if (to <= from) return;
    parts.push(this.text.slice(from, to));
    for (let k = from; k < to; k++) origin.push(this.origin[k]);
  }
}

/** 1-based line numbers for raw offsets of one source text. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(raw: string) {
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) this.starts.push(i + 1);
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
