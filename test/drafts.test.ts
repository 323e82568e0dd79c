// End-to-end draft fixtures (fixtures/drafts/<case>): readDraft → checkDraft in process against the
// parsed seed guides of fixtures/drafts/guides. Each case asserts the set of {ruleId, KPI, line} of its
// expected.json (lines from the 【expect: rule-id】 markers of TXT/MD drafts, stripped before checking),
// the direction, and for clean drafts no error-level finding; then snapshots the details next to the
// case (actual.snap.json, `vitest -u` to regenerate).
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  compare,
  describeExpected,
  describeFinding,
  listCases,
  loadCase,
  loadPipeline,
  runCase,
  snapshotOf,
  type Pipeline,
} from "./drafts-harness.js";

const ROOT = resolve("fixtures/drafts");
const cases = listCases(ROOT);

let pipeline: Pipeline | undefined;
let missing: string | undefined;
beforeAll(async () => {
  ({ pipeline, missing } = await loadPipeline());
});

describe("draft fixtures", () => {
  it("has at least 24 cases in every draft format", () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
    const files = cases.map((n) => loadCase(ROOT, n).draftFile);
    for (const ext of [".txt", ".md", ".docx", ".pdf"]) expect(files.some((f) => f.endsWith(ext)), ext).toBe(true);
  });

  it.each(cases)("%s: markers agree with expected.json", (name) => {
    const c = loadCase(ROOT, name);
    const fromJson = c.expected.findings.filter((f) => f.line != null);
    expect(fromJson).toEqual(c.markers);
  });

  it.each(cases)("%s", async (name) => {
    if (!pipeline) throw new Error(missing);
    const c = loadCase(ROOT, name);
    const got = await runCase(pipeline, ROOT, c);
    const cmp = compare(c.expected, got);
    const problems = [
      ...(cmp.directionOk ? [] : [`direction: expected ${c.expected.direction}, got ${got.directionId}`]),
      ...cmp.missing.map((m) => `missing ${describeExpected(m.expected)}${m.near ? ` (same rule/KPI at line ${m.near.location?.line})` : ""}`),
      ...cmp.unexpected.map((f) => `unexpected ${describeFinding(f)}`),
      ...(c.expected.findings.length === 0 ? cmp.errors.filter((f) => !cmp.unexpected.includes(f)).map((f) => `error on a clean draft: ${describeFinding(f)}`) : []),
    ];
    await expect.soft(snapshotOf(got)).toMatchFileSnapshot(join(c.dir, "actual.snap.json"));
    expect(problems, `${name}\n  ${problems.join("\n  ")}`).toEqual([]);
  });
});
