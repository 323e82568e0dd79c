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


// 项目名称* / ＊项目名称: a web form marks its required fields
const REQUIRED_MARK = /^[*＊]\s*|\s*[*＊]$/g;
const TRAILING_MARK = /\s*[*＊]$/;

/**
 * The label and value pairs of a run of lines (a title line may open it), as the newline to replace: from the
 * end of a label (before its required-field mark) to the start of its value. None when the run is no form.
 */
function formPairs(run: { text: string; from: number; to: number }[]): [number, number][] {
  const values = run.map((l, k) => (isLabel(l.text) ? -1 : k % 2)).filter((p) => p >= 0);
  const parity = values[0];
  if (!values.length || !values.every((p) => p === parity) || run.some((l) => PROSE.test(l.text))) return [];
  // labels stand at the other parity, from the first one on; a line before it is the form's title
  const first = parity === 0 ? 1 : 0;
  const pairs: [number, number][] = [];
  for (let k = first; k + 1 < run.length; k += 2) pairs.push([run[k].to - (TRAILING_MARK.exec(run[k].text)?.[0].length ?? 0), run[k + 1].from]);
  return run.length - first <= pairs.length * 2 + 1 ? pairs : [];
}

const isLabel = (line: string): boolean => {
  const name = line.replace(REQUIRED_MARK, "").replace(REMARK, "").replace(REQUIRED_MARK, "");
  return LABEL.test(name) && !NUMBERED.test(line);
};

/**
 * A form copied out of a PDF viewer puts each label on its line and its value on the next (项目负责人 ⏎ 祝临川 ⏎
 * 出生年月 ⏎ 1983年11月): the pairs are joined as " | " rows, as the ingest adapters write table rows, so that every
 * field reader finds them. A run of lines between blank lines is such a form when the lines that cannot be labels
 * (a figure, a clause mark) all stand at the same places of an alternation, every line at the other places is
 * label-shaped, no line is a sentence or a paragraph, and it makes MIN_PAIRS pairs; a title line or a section
 * head (第一部分…, 二、…) may open it. A label may carry a web form's required-field mark (项目名称*).
 */
export function joinStackedFields(t: MappedText): MappedText {
  const text = t.text;
  // each line's text trimmed, and where that text starts and ends in the document
  const lines = lineSpans(text).map((l) => ({ text: l.text.trim(), from: l.end - l.text.trimStart().length, to: l.start + l.text.trimEnd().length }));
  // the newline to replace: from the end of a label line to the start of its value line
  const joins: [number, number][] = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && lines[end].text) end++;
    // the pairs of each part of the block: a section head (第一部分…, 二、经费预算) opens the next part
    const found: [number, number][] = [];
    for (let j = i; j < end; ) {
      let k = j + 1;
      while (k < end && !NUMBERED.test(lines[k].text)) k++;
      found.push(...formPairs(lines.slice(j, k)));
      j = k;
    }
    if (found.length >= MIN_PAIRS) joins.push(...found);
    i = end + 1;
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
