import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBatch, MIN_DRAFTS_FOR_WORKERS } from "../src/batch/index.js";
import { main } from "../src/cli/main.js";
import { loadGuide } from "../src/batch/guide.js";
import type { GuideDocument } from "../src/model/guide.js";
import { DEFAULT_MAX_BYTES } from "../src/core/read-input.js";
import { ROOT } from "./helpers.js";

// Worker threads run the compiled worker (dist/batch/worker.js): `npm test` builds first.
const WORKER = join(ROOT, "dist/batch/worker.js");

const GUIDE = "fixtures/drafts/guides/001.yaml";
// Every draft of fixtures/drafts (TXT, MD, PDF, DOCX), whatever guide it was written for: checked against
// one guide they give a mix of clean drafts, findings of every kind and direction-not-found.
const DRAFTS = readdirSync(join(ROOT, "fixtures/drafts"))
  .filter((c) => /^\d{3}-/.test(c))
  .sort()
  .flatMap((c) =>
    readdirSync(join(ROOT, "fixtures/drafts", c))
      .filter((f) => /^draft\.(txt|md|pdf|docx)$/.test(f))
      .map((f) => `fixtures/drafts/${c}/${f}`),
  );
const BAD = ["fixtures/bad-input/truncated.docx", "fixtures/bad-input/binary.txt", "missing/draft.txt", "fixtures/bad-input/empty.txt"];

async function runJson(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    cwd: ROOT,
    env: {},
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
  });
  return { code, stdout, stderr };
}

let guide: GuideDocument;
let tmp: string;
beforeAll(async () => {
  expect(existsSync(WORKER), `${WORKER} is missing: run npm run build (npm test does)`).toBe(true);
  guide = await loadGuide(GUIDE, ROOT, DEFAULT_MAX_BYTES);
  tmp = await mkdtemp(join(tmpdir(), "guide-batch-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

// Worker start-up loads the PDF and DOCX readers in each thread: slow on a shared CI machine, hence the timeout.
describe("checkBatch: order and isolation", { timeout: 120_000 }, () => {
  it("has every fixture draft", () => {
    expect(DRAFTS.length).toBeGreaterThanOrEqual(30);
    expect(DRAFTS.some((d) => d.endsWith(".pdf")) && DRAFTS.some((d) => d.endsWith(".docx"))).toBe(true);
  });

  it("gives the same results in input order with 1, 2 and 4 jobs", async () => {
    const base = { guide, cwd: ROOT, lang: "zh" as const, maxBytes: DEFAULT_MAX_BYTES };
    const seen: number[] = [];
    const one = await checkBatch({ ...base, drafts: DRAFTS, jobs: 1 });
    const two = await checkBatch({ ...base, drafts: DRAFTS, jobs: 2, onProgress: (done, total) => (seen.push(done), expect(total).toBe(DRAFTS.length)) });
    const four = await checkBatch({ ...base, drafts: [...DRAFTS].reverse(), jobs: 4 });
    expect(one.map((r) => r.path)).toEqual(DRAFTS);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(JSON.stringify([...four].reverse())).toBe(JSON.stringify(one));
    expect(seen).toEqual(DRAFTS.map((_, i) => i + 1));
    // Not a vacuous comparison: the set has clean drafts, findings and fatal ones (the PDF/DOCX readers run in workers).
    expect(one.some((r) => r.findings.length === 0)).toBe(true);
    expect(one.some((r) => r.findings.some((f) => f.ruleId === "kpi-threshold-not-met"))).toBe(true);
  });

  it("guide check --format json prints the same bytes with --jobs 1, 2 and 4", async () => {
    const outs = [];
    for (const jobs of ["1", "2", "4"]) outs.push(await runJson(["check", ...DRAFTS, ...BAD, "--guide", GUIDE, "--format", "json", "--jobs", jobs]));
    expect(outs.map((o) => o.code)).toEqual([2, 2, 2]);
    expect(outs[1].stdout).toBe(outs[0].stdout);
    expect(outs[2].stdout).toBe(outs[0].stdout);
    expect(outs.map((o) => o.stderr)).toEqual(["", "", ""]);
    const files = JSON.parse(outs[0].stdout).files as { path: string }[];
    expect(files.map((f) => f.path)).toEqual([...DRAFTS, ...BAD]);
  });

  it("turns unreadable drafts among good ones into one fatal finding each, on workers as in process", async () => {
    const drafts = [DRAFTS[0], BAD[0], DRAFTS[1], BAD[1], DRAFTS[2], BAD[2], DRAFTS[3], BAD[3], DRAFTS[4]];
    expect(drafts.length).toBeGreaterThanOrEqual(MIN_DRAFTS_FOR_WORKERS);
    const base = { guide, drafts, cwd: ROOT, lang: "en" as const, maxBytes: DEFAULT_MAX_BYTES };
    const stacks: string[] = [];
    const onWorkers = await checkBatch({ ...base, jobs: 3, onError: (path) => stacks.push(path) });
    const inProcess = await checkBatch({ ...base, jobs: 1 });
    expect(JSON.stringify(onWorkers)).toBe(JSON.stringify(inProcess));
    for (const [i, r] of onWorkers.entries()) {
      expect(r.path).toBe(drafts[i]);
      const fatal = r.findings.filter((f) => f.fatal);
      if (BAD.includes(r.path)) expect(fatal).toMatchObject([{ ruleId: "draft-unreadable", severity: "error", location: { path: r.path, line: 1 } }]);
      else expect(fatal).toEqual([]);
    }
    expect(onWorkers[5].findings[0].messageId).toBe("file-not-found");
    expect(stacks.sort()).toEqual([...BAD].sort());
  });

  it("loses no other draft when a worker thread dies", async () => {
    // A worker that exits (as on an out-of-memory kill) when handed a draft whose name says CRASH.
    const crashing = join(tmp, "crashing-worker.mjs");
    await writeFile(
      crashing,
      `import { parentPort } from "node:worker_threads";
parentPort.on("message", (m) => { if (m.path.includes("CRASH")) process.exit(9); });
await import(${JSON.stringify(pathToFileURL(WORKER).href)});\n`,
    );
    const crash = join(tmp, "CRASH.txt");
    await writeFile(crash, "项目名称：会让工作线程退出的草稿\n");
    const drafts = [...DRAFTS.slice(0, 5), crash, ...DRAFTS.slice(5, 10), crash.replace("CRASH", "CRASH2")];
    await writeFile(drafts[drafts.length - 1], "项目名称：另一份\n");
    const base = { guide, drafts, cwd: ROOT, lang: "en" as const, maxBytes: DEFAULT_MAX_BYTES };
    const results = await checkBatch({ ...base, jobs: 2, workerUrl: pathToFileURL(crashing) });
    const expected = await checkBatch({ ...base, jobs: 1 });
    expect(results.map((r) => r.path)).toEqual(drafts);
    for (const i of [5, drafts.length - 1]) {
      expect(results[i].findings).toMatchObject([{ ruleId: "draft-unreadable", fatal: true, messageId: "internal" }]);
      expect(results[i].findings[0].message).toContain("exit code 9");
    }
    const others = (rs: typeof results) => JSON.stringify(rs.filter((_, i) => i !== 5 && i !== drafts.length - 1));
    expect(others(results)).toBe(others(expected));
  });

  it("falls back to the main thread when no worker can start", async () => {
    const broken = join(tmp, "broken-worker.mjs");
    await writeFile(broken, "throw new Error('cannot start');\n");
    const drafts = DRAFTS.slice(0, 9);
    const base = { guide, drafts, cwd: ROOT, lang: "zh" as const, maxBytes: DEFAULT_MAX_BYTES };
    const results = await checkBatch({ ...base, jobs: 2, workerUrl: pathToFileURL(broken) });
    expect(JSON.stringify(results)).toBe(JSON.stringify(await checkBatch({ ...base, jobs: 1 })));
  });

  it("returns an empty list for no drafts", async () => {
    expect(await checkBatch({ guide, drafts: [], cwd: ROOT, lang: "zh", maxBytes: DEFAULT_MAX_BYTES, jobs: 4 })).toEqual([]);
  });

  it("refuses --jobs 0 as a usage error", async () => {
    const r = await runJson(["check", DRAFTS[0], "--guide", GUIDE, "--jobs", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("--jobs");
  });
});
