/**
 * The vocabulary of funding-notice Chinese, as data: every word a reader matches — who applies, who pays,
 * what a rule forbids or limits, field labels, units — lives in one table here, with a note or an example,
 * and matchers are built from the tables (`alternation`). extract/, draft/ and check/ read them; a test
 * (test/lexicon.test.ts) walks each table and guards against second lists elsewhere.
 */
export * from "./funding.js";
export * from "./labels.js";
export * from "./units.js";
export * from "./parties.js";
export * from "./rules.js";

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A regex source matching any of the words, longest first (so 省财政 wins over 财政), as a non-capturing group. */
export function alternation(words: readonly string[]): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|")})`;
}
