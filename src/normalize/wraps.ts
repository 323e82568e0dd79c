// CJK ideographs, CJK punctuation and full-width forms: Chinese text never puts a space between lines.
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;
const LETTER = /[A-Za-z\u00c0-\u024f]/;
const CLAUSE_PUNCT = /[,;:!?]/;
// The end of a line that is a quantity with its unit begun: a digit, then unit characters only.
const UNIT_TAIL = /\d[A-Za-zΩμµ°·/^%-]*$/;

/**
 * What to put between two hard-wrapped lines (硬换行) when joining them: `""` between CJK and anything, inside
 * a number (`1` + `024`), inside a unit (`mΩ·cm` + `2`, `W/` + `kg`, `0.6mΩ·c` + `m2`) and before punctuation; `" "` only
 * where two Latin words would otherwise fuse (`tokens` + `per`, `fast,` + `accurate`).
 */
export function wrapSeparator(before: string, after: string): "" | " " {
  const a = lastChar(before.trimEnd());
  const b = firstChar(after.trimStart());
  if (!a || !b) return "";
  if (CJK.test(a) || CJK.test(b)) return "";
  if (CLAUSE_PUNCT.test(a) && LETTER.test(b)) return " ";
  // A unit broken after a number (0.6mΩ·c + m2, 18000A/c + m2) is one token; two words are two.
  if (LETTER.test(a) && LETTER.test(b) && !UNIT_TAIL.test(before.trimEnd())) return " ";
  return "";
}

function lastChar(s: string): string {
  if (!s) return "";
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xdc00 && c <= 0xdfff && s.length > 1 ? s.slice(-2) : s.slice(-1);
}

function firstChar(s: string): string {
  const cp = s.codePointAt(0);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}
