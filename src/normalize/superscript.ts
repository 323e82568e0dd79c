import type { MappedText } from "../core/mapped-text.js";
import { replaceMapped } from "./builder.js";

const SUPER: Record<string, string> = {
  "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
  "⁻": "-", "⁺": "+",
};
const SUB: Record<string, string> = {
  "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
  "₋": "-", "₊": "+",
};
const SUPER_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g;
const SUB_RUN = /[₀₁₂₃₄₅₆₇₈₉₋₊]+/g;

/**
 * Superscript digits and signs → `^` + ASCII (`10⁶` → `10^6`, `cm⁻²` → `cm^-2`), the same spelling the
 * LaTeX transform gives `10^{6}`, so extractors see one form of exponent. Subscripts (`CO₂`, `H₂`) become
 * plain digits, as LaTeX `_2` does: they name a formula, not an exponent.
 */
export function expandSuperscripts(t: MappedText): MappedText {
  const sup = replaceMapped(t, SUPER_RUN, (m) => "^" + [...m[0]].map((c) => SUPER[c]).join(""));
  return replaceMapped(sup, SUB_RUN, (m) => [...m[0]].map((c) => SUB[c]).join(""));
}
