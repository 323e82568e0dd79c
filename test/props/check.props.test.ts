// Properties of `guide check` (issue 6 "Property tests"): deterministic (the same inputs give the same bytes
// of JSON) and independent of draft order (any subset of fixtures/drafts/*, in any order, against its guide:
// each file's result is the one it gets in the full, sorted run).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBatch } from "../../src/batch/index.js";
import { loadGuide } from "../../src/batch/guide.js";
import { loadEngine, type CheckEngine } from "../../src/batch/engine.js";
import { DEFAULT_MAX_BYTES } from "../../src/core/read-input.js";
import type { GuideDocument } from "../../src/model/guide.js";
import { listCases } from "../drafts-harness.js";
import { runCli } from "../helpers.js";
import { budget, NUM_RUNS, params } from "./runs.js";

const ROOT = "fixtures/drafts";
const DRAFT_FILES = ["draft.txt", "draft.md", "draft.docx", "draft.pdf"];

/** Draft paths of fixtures/drafts/* by the guide their expected.json names. */
function draftsByGuide(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of listCases(ROOT)) {
    const dir = join(ROOT, name);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { guide: string };
    const files = new Set(readdirSync(dir));
    const file = DRAFT_FILES.find((f) => files.has(f));
    if (!file) continue;
    const guide = join(ROOT, expected.guide);
    out.set(guide, [...(out.get(guide) ?? []), join(dir, file)]);
  }
  return out;
}

interface Report {
  files: { path: string }[];
  summary: unknown;
}

/** `guide check DRAFTS --guide GUIDE --format json` in process, one thread, no cache: the JSON it prints. */
async function check(guide: string, drafts: string[]): Promise<string> {
  const r = await runCli(["check", ...drafts, "--guide", guide, "--format", "json", "--jobs", "1", "--no-cache", "--quiet", "--no-baseline"]);
  // exit 0 or 1 (findings); 2 would be an input error of the fixtures themselves
  expect(r.code, r.stderr).toBeLessThan(2);
  return r.stdout;
}

const groups = draftsByGuide();
const baseline = new Map<string, string>();
const guides = new Map<string, GuideDocument>();
let engine: CheckEngine;

/** checkBatch in process (what `guide check --jobs 1` runs), each result as JSON text, in input order. */
async function checkLibrary(guide: string, drafts: string[]): Promise<string[]> {
  const results = await checkBatch({ guide: guides.get(guide)!, drafts, cwd: process.cwd(), jobs: 1, lang: "zh", maxBytes: DEFAULT_MAX_BYTES, engine });
  return results.map((r) => JSON.stringify(r));
}

beforeAll(async () => {
  engine = await loadEngine();
  for (const guide of groups.keys()) guides.set(guide, await loadGuide(guide, process.cwd(), DEFAULT_MAX_BYTES));
  for (const [guide, drafts] of groups) {
    const report = JSON.parse(await check(guide, [...drafts].sort())) as Report;
    for (const f of report.files) baseline.set(`${guide}\0${f.path}`, JSON.stringify(f));
  }
}, 120000);

const job = fc.constantFrom(...groups.keys()).chain((guide) =>
  fc.tuple(fc.constant(guide), fc.shuffledSubarray(groups.get(guide)!, { minLength: 1 }).chain((sub) => fc.shuffledSubarray(sub, { minLength: sub.length }))),
);

describe("guide check --format json", () => {
  it("has fixtures to permute", () => {
    expect(groups.size).toBeGreaterThan(1);
    expect([...groups.values()].flat().length).toBeGreaterThan(10);
  });

  it(
    "checkBatch: per-draft results are deterministic and independent of order and company",
    async () => {
      const sorted = new Map<string, string>();
      for (const [guide, drafts] of groups) {
        const all = [...drafts].sort();
        (await checkLibrary(guide, all)).forEach((r, i) => sorted.set(`${guide}\0${all[i]}`, r));
      }
      await fc.assert(
        fc.asyncProperty(job, async ([guide, drafts]) => {
          const got = await checkLibrary(guide, drafts);
          got.forEach((r, i) => expect(r).toBe(sorted.get(`${guide}\0${drafts[i]}`)));
        }),
        params(),
      );
    },
    budget(30),
  );

  // The whole CLI (guide load and validation, formatter, summary) costs ~0.3 s a run: a hundredth of the runs.
  it(
    "guide check: same inputs give the same bytes, and per-file results equal the sorted run's",
    async () => {
      await fc.assert(
        fc.asyncProperty(job, async ([guide, drafts]) => {
          const first = await check(guide, drafts);
          // same inputs, same bytes
          expect(await check(guide, drafts)).toBe(first);
          const report = JSON.parse(first) as Report;
          // reported in the order given
          expect(report.files.map((f) => f.path)).toEqual(drafts);
          for (const f of report.files) expect(JSON.stringify(f)).toBe(baseline.get(`${guide}\0${f.path}`));
        }),
        params({ numRuns: Math.max(5, Math.ceil(NUM_RUNS / 100)) }),
      );
    },
    Math.max(60000, Math.ceil(NUM_RUNS / 100) * 2000),
  );
});
