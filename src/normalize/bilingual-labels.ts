import type { MappedText } from "../core/mapped-text.js";
import { replaceMapped } from "./builder.js";

// A draft written for a foreign partner too labels its fields in two languages: `Foreign Partner / 国（境）外合作单位：`,
// `项目负责人 / Project Leader |`. The label's English half goes, so the Chinese label reads as in any draft. Only a whole
// label counts: the pair opens a line or a table cell and a colon, a cell's end or the line's end closes it, so a
// value such as 350元/kWh or 5 t / 台 is never touched.
const ENGLISH = String.raw`[A-Za-z][A-Za-z&.,'’()\- ]{0,40}?`;
const CHINESE = String.raw`[\p{Script=Han}（）()、]{2,20}`;
const OPENS = String.raw`(?<=^|\|)[ \t]*`;
const CLOSES = String.raw`(?=[ \t]*(?:[：:|]|$))`;
const ENGLISH_FIRST = new RegExp(String.raw`${OPENS}${ENGLISH}[ \t]*\/[ \t]*(?=${CHINESE}${CLOSES})`, "gmu");
const ENGLISH_AFTER = new RegExp(String.raw`(?<=(?:^|\|)[ \t]*${CHINESE})[ \t]*\/[ \t]*${ENGLISH}${CLOSES}`, "gmu");

/** A field label written in English and Chinese, as its Chinese half. */
export function dropLabelTranslations(t: MappedText): MappedText {
  if (!t.text.includes("/")) return t;
  return replaceMapped(replaceMapped(t, ENGLISH_FIRST, () => ""), ENGLISH_AFTER, () => "");
}
