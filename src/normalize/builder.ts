import { MappedText } from "../core/mapped-text.js";

/**
 * Accumulates a rewritten text with a raw origin per character, for transforms that need finer maps than
 * `MappedText.replace` gives (a LaTeX span keeps each digit on its own raw offset instead of collapsing
 * the whole `$…$` onto the dollar sign).
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly origin: number[] = [];

  constructor(private readonly source: MappedText) {}

  /** Copy source characters [from, to) with their own origins. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.text.slice(from, to));
    for (let k = from; k < to; k++) this.origin.push(this.source.origin[k]);
  }

  /** Emit `text` whose characters all come from source offset `at`. */
  emit(text: string, at: number): void {
    if (!text) return;
    this.parts.push(text);
    const o = this.source.origin[at];
    for (let k = 0; k < text.length; k++) this.origin.push(o);
  }

  /** The finished text; the end entry maps to the source's end. */
  build(): MappedText {
    this.origin.push(this.source.origin[this.source.text.length]);
    return new MappedText(this.parts.join(""), Int32Array.from(this.origin));
  }
}

/**
 * Remove whole lines (with their trailing newline) for which `drop(line, index, lines)` is true.
 * Removals never merge two surviving lines, so line structure stays intact apart from the removed lines.
 */
export function dropLines(t: MappedText, drop: (line: string, index: number, lines: string[]) => boolean): MappedText {
  const lines = t.text.split("\n");
  const b = new MappedTextBuilder(t);
  let pos = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const end = pos + lines[i].length;
    const next = i < lines.length - 1 ? end + 1 : end;
    if (drop(lines[i], i, lines)) changed = true;
    else b.copy(pos, next);
    pos = next;
  }
  return changed ? b.build() : t;
}
