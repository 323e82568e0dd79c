// Properties of src/core/emit-yaml.ts, the YAML writer of `guide parse` (issue 14): whatever plain data it is
// given — model-shaped or any JSON value, with strings a YAML reader would take for numbers, booleans,
// dates or null, strings with `: `, ` #`, quotes, edge spaces, line breaks, tabs and Chinese punctuation,
// empty strings and keys that need quoting — the `yaml` library reads the text back to the same data, under
// the 1.2 core schema the tool reads with and under YAML 1.1.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { loadGuideText } from "../../src/core/guide-file.js";
import { emitYaml } from "../../src/core/emit-yaml.js";
import { budget, params } from "./runs.js";

/** Whole strings that are something else to a YAML reader, or need quoting for another reason. */
const TRICKY = [
  "", " ", "  x", "x ", "\t", "1e3", "1E3", "e5", ".5", "5.", "+1", "-1", "0", "-0", "007", "0o17", "0x1F", "0b101", "1_000",
  "1:20", "1:20.5", "yes", "Yes", "YES", "no", "No", "on", "Off", "y", "N", "true", "False", "TRUE", "null", "Null", "NULL",
  "~", ".inf", "-.Inf", ".nan", ".NaN", "2024-01-01", "2024-7-3", "2024-01-01T10:00:00Z", "2024-01-01 10:00:00 +8",
  "2024-08-05T17:30", "<<", "---", "...", "--- x", "- x", "-", "?", "? x", ":", "a:", "a: b", "a #b", "#x", "a#b", "&a", "*a",
  "!tag", "|", ">", "%x", "@x", "`x", "'x'", '"x"', 'say "hi"', "it's", `"it's"`, "[x]", "{x}", "a, b", "a\nb", "a\n", "\nb",
  "a \n b", "a\r\nb", "a\tb", "a\t", "x\u2028y", "x\u0085y", "\ufeffx", "x\u007fy", "x\u0000y", "\ud800", "指标：≥95%",
  "研究内容，包括、「重点」", "（一）", "1.1", "3:1", "≥20%", "__proto__x", "key: value # comment",
];
/** Pieces strings are built from, so that indicators land at the start, the end and inside. */
const PIECES = [
  ...TRICKY.filter((s) => s.length <= 3),
  ": ", " #", "#", ":", "'", '"', "\n", "\r", "\t", " ", "：", "，", "、", "「", "」", "中", "文", "a", "Z", "1", "e", ".", "-",
  "?", "%", "<", "_", "0x", "\\", "/", "\u2029", "\ufffe", "😀",
];
const text = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((xs) => xs.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
// JSON.parse would make "__proto__" an own key, but object literals in tests cannot hold it plainly
const key = text.filter((k) => k !== "__proto__" && k.length <= 1000);
const num = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e21, 1e-7, 2 ** 53, 0.1));
const scalar = fc.oneof(text, num, fc.boolean(), fc.constant(null));

const { value: jsonValue } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(key, tie("value"), { maxKeys: 4 }),
}));

const span = fc.record({ startLine: fc.nat(), endLine: fc.nat() });
const kpi = fc.record(
  {
    metric: text,
    op: fc.constantFrom(">=", ">", "<=", "<", "=", "range", "approx"),
    value: num,
    max: fc.option(num, { nil: null }),
    unit: text,
    text,
    condition: text,
    span,
  },
  { requiredKeys: ["metric", "op", "value", "max", "unit", "text", "span"] },
);
const constraint = fc.record({ kind: text, value: fc.oneof(num, text, fc.boolean(), fc.constant(null)), text, span });
const direction = fc.record({
  id: text,
  parentId: fc.option(text, { nil: null }),
  title: text,
  category: fc.option(text, { nil: null }),
  fundingCap: fc.option(fc.record({ yuan: num, text }), { nil: null }),
  keywords: fc.array(text, { maxLength: 3 }),
  constraints: fc.array(constraint, { maxLength: 2 }),
  kpis: fc.array(kpi, { maxLength: 3 }),
  span,
});
const guide = fc.record({
  schemaVersion: fc.constant(1),
  source: fc.record({ path: text, format: fc.constantFrom("txt", "pdf"), sha256: text }),
  meta: fc.record({ title: fc.option(text, { nil: null }), issuers: fc.array(text, { maxLength: 2 }), publishedAt: fc.option(text, { nil: null }), deadlines: fc.array(fc.record({ label: text, at: text }), { maxLength: 2 }) }),
  rules: fc.array(constraint, { maxLength: 2 }),
  areas: fc.array(fc.record({ id: text, parentId: fc.option(text, { nil: null }), title: text, description: fc.option(text, { nil: null }), span }), { maxLength: 2 }),
  directions: fc.array(direction, { maxLength: 3 }),
  warnings: fc.array(fc.record({ code: text, message: text }), { maxLength: 2 }),
});

const readsBack = (x: unknown): void => {
  const yaml = emitYaml(x);
  expect(YAML.parse(yaml)).toEqual(x);
  expect(YAML.parse(yaml, { schema: "yaml-1.1" })).toEqual(x);
};

describe("emitYaml", () => {
  it("writes every tricky string so that YAML reads it back as that string", () => {
    for (const s of TRICKY) readsBack({ [s === "__proto__" ? "k" : s]: s, list: [s, [s], { [s]: [s] }] });
  });

  it("model-shaped data reads back the same (also through guide check's safe loader)", async () => {
    await fc.assert(
      fc.asyncProperty(guide, async (g) => {
        readsBack(g);
        expect(await loadGuideText(emitYaml(g), "guide.yaml")).toEqual(g);
      }),
      params(),
    );
  }, budget(5));

  it("any JSON value reads back the same", () => {
    fc.assert(fc.property(jsonValue, readsBack), params());
  }, budget(5));

  it("lays out like the yaml library with lineWidth 0", () => {
    const doc = { a: 1, b: [], c: {}, d: [{ e: "x", f: [1, [2, 3], { g: null }] }, [], {}], h: { i: { j: true } }, k: "1" };
    expect(emitYaml(doc)).toBe(YAML.stringify(doc, { lineWidth: 0 }));
  });
});
