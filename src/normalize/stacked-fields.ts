import type { MappedText } from "../core/mapped-text.js";
import { MappedTextBuilder, lineSpans } from "./builder.js";

// A form's label: a short name with at most a remark in brackets at its end (申请省财政资助经费（万元）), no figure,
// no sentence, clause or list mark, and no numbering or Markdown mark before it.
const REMARK = /[（(][^（）()]*[)）]$/;
const LABEL = /^[^\d\s。；;，,：:！!？?|、#>*•·\-【[（(][^\d\s。；;，,：:！!？?|、]{1,31}$/;
const NUMBERED = /^(?:[一二三四五六七八九十]+|第[一二三四五六七八九十]+[章节部分])/;
// A field's value is a name, a date, a figure, a short phrase: never a finished sentence or a paragraph.
const PROSE = /。$|^.{81,}$/;
/** Label and value pairs a run must have before its lines are read as a form. */
const MIN_PAIRS = 3;


const isLabel = (line: string): boolean => LABEL.test(line.replace(REMARK, "")) && !NUMBERED.test(line);

/**
 * A form copied out of a PDF viewer puts each label on its line and its value on the next (项目负责人 ⏎ 祝临川 ⏎
 * 出生年月 ⏎ 1983年11月): the pairs are joined as " | " rows, as the ingest adapters write table rows, so that every
 * field reader finds them. A run of lines between blank lines is such a form when the lines that cannot be labels
 * (a figure, a clause mark) all stand at the same places of an alternation, every line at the other places is
 * label-shaped, no line is a sentence or a paragraph, and it makes MIN_PAIRS pairs; a title line may open it.
 */
export function joinStackedFields(t: MappedText): MappedText {
  const text = t.text;
  // each line's text trimmed, and where that text starts and ends in the document
  const lines = lineSpans(text).map((l) => ({ text: l.text.trim(), from: l.end - l.text.trimStart().length, to: l.start + l.text.trimEnd().length }));
  // the newline to replace: from the end of a label line to the start of its value line
  const joins: [number, number][] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j].text) j++;
    const run = lines.slice(i, j);
    const values = run.map((l, k) => (isLabel(l.text) ? -1 : k % 2)).filter((p) => p >= 0);
    const parity = values[0];
    if (values.length && values.every((p) => p === parity) && !run.some((l) => PROSE.test(l.text))) {
      // labels stand at the other parity, from the first one on; a line before it is the form's title
      const first = parity === 0 ? 1 : 0;
      const pairs: [number, number][] = [];
      for (let k = first; k + 1 < run.length; k += 2) pairs.push([k, k + 1]);
      if (pairs.length >= MIN_PAIRS && run.length - first <= pairs.length * 2 + 1)
        for (const [a, b] of pairs) joins.push([run[a].to, run[b].from]);
    }
    i = j + 1;
  }
  if (!joins.length) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  for (const [from, to] of joins) {
    b.copy(last, from);
    b.emit(" | ", from);
    last = to;
  }
  b.copy(last, text.length);
  return b.build();
}
