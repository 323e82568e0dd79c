import type { MappedText } from "../core/mapped-text.js";
import { MappedTextBuilder, lineSpans } from "./builder.js";

// The quote marks a mail client puts before each line of a quoted message (引用): `> `, nested `>> ` or `> > `.
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*[ \t]?/;
/** Quoted lines, one after the other, before their marks are taken for quote marks (a KPI line may open with >95%). */
const MIN_RUN = 3;

/**
 * A notice forwarded by e-mail and saved as text carries the mail client's quote marks before every line of the
 * quoted messages. Within runs of such lines the marks are removed, so headings, labels and wrapped lines read as
 * they were written; a lone line that opens with `>` stays as it is.
 */
export function removeQuoteMarks(t: MappedText): MappedText {
  const text = t.text;
  if (!text.includes(">")) return t;
  const lines = lineSpans(text).map((l) => ({ ...l, marks: QUOTE_MARKS.exec(l.text)?.[0].length ?? 0 }));
  const quoted: typeof lines = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j].marks > 0) j++;
    if (j - i >= MIN_RUN) quoted.push(...lines.slice(i, j));
    i = j === i ? i + 1 : j;
  }
  if (quoted.length === 0) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const l of quoted) {
    b.copy(last, l.start);
    last = l.start + l.marks;
  }
  b.copy(last, text.length);
  return b.build();
}
