import type { MappedText } from "../core/mapped-text.js";
import { replaceMapped } from "./builder.js";

// Kangxi radicals, CJK Radicals Supplement, CJK Compatibility Ideographs (and its supplement).
const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]|[\u{2f800}-\u{2fa1f}]/gu;

/**
 * Kangxi radicals (康熙部首) and compatibility ideographs that PDF fonts emit instead of ordinary
 * characters (`⼀⼯⼈` for `一工人`) → the ordinary ideograph. NFKC is applied to these characters only:
 * on the whole text it would also turn `10⁶` into `106` and `①5项` into `15项`.
 */
export function replaceKangxiRadicals(t: MappedText): MappedText {
  return replaceMapped(t, LOOKALIKE, (m) => m[0].normalize("NFKC"));
}
