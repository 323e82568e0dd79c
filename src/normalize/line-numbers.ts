import type { MappedText } from "../core/mapped-text.js";
import { MappedTextBuilder, lineSpans } from "./builder.js";

// A number glued before a line's text (4申报指南方向：…, 26发电总容量…): no list mark or decimal point after it.
const LEADING_NUMBER = /^[ \t]*(\d{1,4})(?![\d.．、,，:：%)）])[ \t]*/;
/** Numbered lines, one after the other, a document must have before its line numbers are taken for such. */
const MIN_RUN = 10;

/**
 * Line numbers printed in the margin (a review copy: 请按行号提出修改意见) come glued to the start of each line of
 * text. Where most lines of the document open with numbers that count up line by line (a page may start again
 * at 1), those numbers are removed; a number that does not continue the count stays.
 */
export function removeLineNumbers(t: MappedText): MappedText {
  const text = t.text;
  const lines = lineSpans(text).map((l) => {
    const m = LEADING_NUMBER.exec(l.text);
    return { ...l, n: m ? Number(m[1]) : null, length: m ? m[0].length : 0 };
  });
  const filled = lines.filter((l) => l.text.trim());
  let prev = 0;
  const counted = filled.filter((l) => {
    // (a line whose number was not read leaves a gap of one or two)
    const ok = l.n !== null && ((l.n > prev && l.n <= prev + 3) || (l.n === 1 && prev > 1));
    if (l.n !== null && ok) prev = l.n;
    return ok;
  });
  if (counted.length < MIN_RUN || counted.length < filled.length * 0.6) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const l of counted) {
    // the number alone on its line (a blank numbered line) goes with the line's text
    if (l.start + l.length >= l.end) continue;
    b.copy(last, l.start);
    last = l.start + l.length;
  }
  b.copy(last, text.length);
  return b.build();
}
