import { MappedText } from "../core/mapped-text.js";

/**
 * Accumulates a rewritten text with a raw origin per character. Transforms use it instead of
 * `MappedText.replace` where they need finer maps (a LaTeX span keeps each digit on its own raw offset
 * instead of collapsing the whole `$…$` onto the dollar sign) or speed: origins are copied as typed-array
 * blocks, which keeps the whole normalize chain within its budget on the 160 KB seed.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private origin: Int32Array;
  private n = 0;

  constructor(private readonly source: MappedText) {
    this.origin = new Int32Array(source.text.length + 16);
  }

  /** Copy source characters [from, to) with their own origins. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.text.slice(from, to));
    this.reserve(to - from);
    this.origin.set(this.source.origin.subarray(from, to), this.n);
    this.n += to - from;
  }

  /** Emit `text` whose characters all come from source offset `at`. */
  emit(text: string, at: number): void {
    if (!text) return;
    this.parts.push(text);
    this.reserve(text.length);
    this.origin.fill(this.source.origin[at], this.n, this.n + text.length);
    this.n += text.length;
  }

  /** The finished text; the end entry maps to the source's end. */
  build(): MappedText {
    this.reserve(1);
    this.origin[this.n] = this.source.origin[this.source.text.length];
    return new MappedText(this.parts.join(""), this.origin.slice(0, this.n + 1));
  }

  private reserve(k: number): void {
    if (this.n + k + 1 <= this.origin.length) return;
    const grown = new Int32Array(Math.max(this.origin.length * 2, this.n + k + 1));
    grown.set(this.origin.subarray(0, this.n));
    this.origin = grown;
  }
}

/** Each line of `text` as its [start, end) offsets, the line break excluded; an empty text has one empty line. */
export function lineSpans(text: string): { start: number; end: number; text: string }[] {
  const lines: { start: number; end: number; text: string }[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/**
 * Replace every match of a global regex, like `MappedText.replace`: a same-length replacement maps
 * character by character, any other maps all its characters to the start of the match.
 */
export function replaceMapped(t: MappedText, re: RegExp, replacer: (m: RegExpExecArray) => string): MappedText {
  re.lastIndex = 0;
  let b: MappedTextBuilder | undefined;
  let last = 0;
  for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const rep = replacer(m);
    if (rep === m[0]) continue;
    b ??= new MappedTextBuilder(t);
    b.copy(last, m.index);
    if (rep.length === m[0].length) {
      for (let k = 0; k < rep.length; k++) b.emit(rep[k], m.index + k);
    } else b.emit(rep, m.index);
    last = m.index + m[0].length;
  }
  if (!b) return t;
  b.copy(last, t.text.length);
  return b.build();
}

/** Substitute characters one for one (same length), so the origin map is shared unchanged. */
export function substituteChars(t: MappedText, re: RegExp, replacer: (ch: string) => string): MappedText {
  re.lastIndex = 0;
  if (!re.test(t.text)) return t;
  const text = t.text.replace(re, (ch) => {
    const r = replacer(ch);
    return r.length === ch.length ? r : ch;
  });
  return text === t.text ? t : new MappedText(text, t.origin);
}

/**
 * Remove whole lines (with their trailing newline) for which `drop(line, index, lines)` is true.
 * Removals never merge two surviving lines, so line structure stays intact apart from the removed lines.
 */
export function dropLines(t: MappedText, drop: (line: string, index: number, lines: string[]) => boolean): MappedText {
  const lines = t.text.split("\n");
  let b: MappedTextBuilder | undefined;
  let pos = 0;
  let keptFrom = 0;
  for (let i = 0; i < lines.length; i++) {
    const end = pos + lines[i].length;
    const next = i < lines.length - 1 ? end + 1 : end;
    if (drop(lines[i], i, lines)) {
      b ??= new MappedTextBuilder(t);
      b.copy(keptFrom, pos);
      keptFrom = next;
    }
    pos = next;
  }
  if (!b) return t;
  b.copy(keptFrom, t.text.length);
  return b.build();
}
