// Properties of normalization (src/normalize/index.ts), issue 6 "Property tests": normalizing twice changes
// nothing more, and the offset map of the result stays monotonic and inside the raw text, so every span
// and finding position refers to the file the user has (HOUSE-STYLE 7.8.4).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeNotice } from "../../src/normalize/index.js";
import { budget, params } from "./runs.js";
import { noticeText } from "./notice-gen.js";

/**
 * Known non-idempotent inputs (issue 6, found by this property; src/normalize is not test code, so they are
 * reported, pinned below with `it.fails`, and kept out of the property until fixed; table pipes beside an
 * ideographic space, once in this list, are fixed in src/normalize/markdown.ts):
 * 1. furniture: a bare number line (`1`) is a page number only beside a blank line or the end of the text,
 *    so removing a footer next to it (`第 1 页 共 300 页`), or markdown turning `|1` into `1` after furniture
 *    ran, exposes it to the second pass only;
 * 2. LaTeX: an odd number of `$` on a line (a wrap inside math) pairs `$…$` across lines differently on
 *    the second pass.
 */
const KNOWN: { name: string; input: string; test: (raw: string) => boolean }[] = [
  {
    name: "a bare number line next to removed furniture",
    input: "1.1 国产芯片适配及算电融合关键技术研究与示范应用\n1\n第 1 页 共 300 页",
    test: (raw) => /^[\s\u3000|#>*`_~-]*[0-9０-９]{1,4}[\s\u3000|#>*`_~-]*$/m.test(raw),
  },
  { name: "LaTeX math wrapped across lines", input: "a$\\geq 1\\%\n$左右\nb$\\leq 2\\%$", test: (raw) => lines(raw).some((l) => (l.match(/\$/g) ?? []).length % 2 === 1) },
];
const lines = (raw: string) => raw.split(/\r?\n/);
const known = (raw: string) => KNOWN.some((k) => k.test(raw));

const input = fc.oneof(
  { weight: 4, arbitrary: noticeText },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);

/** The first offset where the origin map decreases or leaves [0, rawLength], or -1. */
function badOrigin(origin: Int32Array, rawLength: number): number {
  for (let i = 0; i < origin.length; i++) {
    if (origin[i] < 0 || origin[i] > rawLength) return i;
    if (i > 0 && origin[i] < origin[i - 1]) return i;
  }
  return -1;
}

describe("normalizeNotice", () => {
  it(
    "keeps an origin map of text.length + 1 entries, monotonic non-decreasing and within the raw length",
    async () => {
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          const { text, display } = await normalizeNotice(raw);
          expect(text.origin.length).toBe(text.text.length + 1);
          expect(display.length).toBe(text.text.length);
          expect(badOrigin(text.origin, raw.length)).toBe(-1);
        }),
        params(),
      );
    },
    budget(2),
  );

  it(
    "is idempotent: normalize(normalize(x).text) === normalize(x).text",
    async () => {
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          fc.pre(!known(raw));
          const once = (await normalizeNotice(raw)).text.text;
          const twice = (await normalizeNotice(once)).text.text;
          expect(twice).toBe(once);
        }),
        params({ maxSkipsPerRun: 1000 }),
      );
    },
    budget(2),
  );

  // Flip to `it` (and drop the entry from KNOWN) once normalize is fixed: then this fails as a reminder.
  it.fails.each(KNOWN.map((k) => [k.name, k.input] as const))("known: %s is not idempotent yet", async (_name, raw) => {
    const once = (await normalizeNotice(raw)).text.text;
    expect((await normalizeNotice(once)).text.text).toBe(once);
  });
});
