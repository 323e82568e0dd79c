import { readFileSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Ajv2020 } from "./ajv.js";
import { parse as parseYaml, stringify } from "yaml";
import { main } from "../src/cli/main.js";
import type { CheckEngine } from "../src/batch/engine.js";
import { readDraft } from "../src/draft/index.js";
import type { Finding } from "../src/model/check.js";
import { FORMAT_NAMES } from "../src/report/formatters/index.js";
import { ROOT } from "./helpers.js";

const GUIDE = "fixtures/drafts/guides/001.yaml";
const CLEAN = "fixtures/drafts/001-intl-clean-at-threshold/draft.txt";
const RATIO = "fixtures/drafts/002-intl-matching-ratio-low/draft.txt";
const SIDECAR = "fixtures/drafts/020-jiangsu-sidecar/draft.txt";
const TRUNCATED = "fixtures/bad-input/truncated.docx";
const ESC = /\u001b\[/;

/**
 * An engine with the real readDraft and a stand-in checkDraft that reports what the test asks for, so
 * the CLI's own behaviour (exit codes, order, colour, fatal drafts) is pinned down independently of the rules.
 */
function fakeEngine(findingsFor: (path: string) => Omit<Finding, "location" | "url">[] = () => []): CheckEngine & { sidecars: string[] } {
  const sidecars: string[] = [];
  return {
    sidecars,
    async readDraft(bytes, options) {
      if (options.sidecar) sidecars.push(options.path);
      return readDraft(bytes, options);
    },
    checkDraft(_guide, facts, options) {
      const findings = findingsFor(facts.path).map((f) => ({
        ...f,
        message: options.lang === "en" ? `EN ${f.message}` : f.message,
        location: { path: facts.path, line: 2 },
        url: `https://example.invalid/${f.ruleId}`,
      }));
      return { directionId: options.direction ?? "1.1", findings };
    },
    rules: {},
    ruleUrl: (id) => `https://example.invalid/${id}`,
  };
}

const finding = (severity: Finding["severity"], ruleId = "kpi-threshold-not-met"): Omit<Finding, "location" | "url"> => ({
  ruleId,
  severity,
  message: `${severity} of ${ruleId}`,
  directionId: "1.1",
  messageId: "x",
  data: {},
});

async function run(argv: string[], opts: { env?: Record<string, string>; tty?: boolean; engine?: CheckEngine } = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    cwd: ROOT,
    env: opts.env ?? {},
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    checkEngine: opts.engine,
  });
  return { code, stdout, stderr };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "guide-check-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("guide check: the CLI around the engine", () => {
  it("--format choices are the formatter registry", async () => {
    const r = await run(["check", CLEAN, "--guide", GUIDE, "--format", "xml"], { engine: fakeEngine() });
    expect(r.code).toBe(2);
    for (const name of FORMAT_NAMES) expect(r.stderr).toContain(name);
  });

  it("exit 0 without findings, 1 with an error, and --fail-on warning counts warnings", async () => {
    expect((await run(["check", CLEAN, "--guide", GUIDE], { engine: fakeEngine() })).code).toBe(0);
    expect((await run(["check", CLEAN, "--guide", GUIDE], { engine: fakeEngine(() => [finding("error")]) })).code).toBe(1);
    const warn = fakeEngine(() => [finding("warning"), finding("info", "field-missing")]);
    expect((await run(["check", CLEAN, "--guide", GUIDE], { engine: warn })).code).toBe(0);
    expect((await run(["check", CLEAN, "--guide", GUIDE, "--fail-on", "warning"], { engine: warn })).code).toBe(1);
    expect((await run(["check", CLEAN, "--guide", GUIDE, "--fail-on", "info"], { engine: warn })).code).toBe(2);
  });

  it("a folder stands for the drafts below it, a quoted glob for its matches (sorted; node_modules and .git left out)", async () => {
    const dir = join(tmp, "drafts-tree");
    const { mkdir } = await import("node:fs/promises");
    for (const d of ["b", "node_modules/x", ".git"]) await mkdir(join(dir, d), { recursive: true });
    for (const f of ["a.md", "b/c.txt", "b/d.docx.bak", "notes.yaml", "node_modules/x/e.md", ".git/f.md"]) await writeFile(join(dir, f), "项目名称：测试\n");
    const paths = async (...args: string[]) => {
      const r = await run(["check", ...args, "--guide", GUIDE, "--format", "json"], { engine: fakeEngine() });
      return JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    };
    expect(await paths(dir)).toEqual([join(dir, "a.md"), join(dir, "b/c.txt")]);
    expect(await paths(join(dir, "**/*.txt"))).toEqual([join(dir, "b/c.txt")]);
    // a file that does not exist stays an argument: reported as unreadable, not dropped
    expect(await paths(join(dir, "missing.md"))).toEqual([join(dir, "missing.md")]);
  });

  it("--quiet reports errors only (as ESLint's); --max-warnings N fails on more than N warnings", async () => {
    const mixed = fakeEngine(() => [finding("warning"), finding("info", "field-missing"), finding("error", "funding-over-cap")]);
    const quiet = await run(["check", CLEAN, "--guide", GUIDE, "--format", "json", "--quiet"], { engine: mixed });
    expect(quiet.code).toBe(1);
    const out = JSON.parse(quiet.stdout);
    expect(out.files[0].findings.map((f: Finding) => f.severity)).toEqual(["error"]);
    expect(out.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    const warn = fakeEngine(() => [finding("warning"), finding("warning", "kpi-missing")]);
    expect((await run(["check", CLEAN, "--guide", GUIDE, "--max-warnings", "2"], { engine: warn })).code).toBe(0);
    expect((await run(["check", CLEAN, "--guide", GUIDE, "--max-warnings", "1"], { engine: warn })).code).toBe(1);
    // warnings --quiet leaves out are not counted
    expect((await run(["check", CLEAN, "--guide", GUIDE, "--max-warnings", "0", "--quiet"], { engine: warn })).code).toBe(0);
    expect((await run(["check", CLEAN, "--guide", GUIDE, "--max-warnings", "-1"], { engine: warn })).code).toBe(2);
  });

  it("an unreadable draft among good ones is a fatal finding of that file; the others still run; exit 2", async () => {
    const engine = fakeEngine((p) => (p === RATIO ? [finding("error", "matching-ratio-too-low")] : []));
    const r = await run(["check", CLEAN, "missing/draft.txt", TRUNCATED, RATIO, "--guide", GUIDE, "--format", "json"], { engine });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual([CLEAN, "missing/draft.txt", TRUNCATED, RATIO]);
    const [clean, missing, truncated, ratio] = out.files;
    expect(clean.findings).toEqual([]);
    expect(missing.findings).toMatchObject([{ ruleId: "draft-unreadable", fatal: true, messageId: "file-not-found", location: { path: "missing/draft.txt", line: 1 } }]);
    expect(missing.findings[0].message).toBe("找不到文件：missing/draft.txt。请检查路径和文件名。");
    expect(truncated.findings).toMatchObject([{ ruleId: "draft-unreadable", fatal: true, messageId: "corrupt-file" }]);
    expect(ratio.findings).toMatchObject([{ ruleId: "matching-ratio-too-low" }]);
    expect(out.summary).toEqual({ errors: 3, warnings: 0, infos: 0 });
  });

  it("--lang en: the engine is asked for English and the report's own words are English", async () => {
    const r = await run(["check", CLEAN, "nope.txt", "--guide", GUIDE, "--lang", "en"], { engine: fakeEngine(() => [finding("error")]) });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("EN error of kpi-threshold-not-met");
    expect(r.stdout).toContain("file not found: nope.txt. Check the path and file name.");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("✖ 2 file(s) checked: 2 error(s), 0 warning(s), 0 info(s)");
  });

  it("colour only on a TTY and never with NO_COLOR", async () => {
    const engine = fakeEngine(() => [finding("error")]);
    expect((await run(["check", CLEAN, "--guide", GUIDE], { engine, tty: true })).stdout).toMatch(ESC);
    expect((await run(["check", CLEAN, "--guide", GUIDE], { engine, tty: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(ESC);
    expect((await run(["check", CLEAN, "--guide", GUIDE], { engine, tty: false })).stdout).not.toMatch(ESC);
    expect((await run(["check", CLEAN, "--guide", GUIDE, "--format", "json"], { engine, tty: true })).stdout).not.toMatch(ESC);
  });

  it("a guide that fails the schema: exit 2 and one line with the ajv path", async () => {
    const guide = parseYaml(readFileSync(join(ROOT, GUIDE), "utf8"));
    const direction = guide.directions.find((d: { kpis: unknown[] }) => d.kpis.length > 0);
    direction.kpis[0].op = "at least";
    const bad = join(tmp, "bad-guide.yaml");
    await writeFile(bad, stringify(guide));
    const r = await run(["check", CLEAN, "--guide", bad, "--lang", "en"], { engine: fakeEngine() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const index = guide.directions.indexOf(direction);
    expect(r.stderr).toContain(`not a valid guide file: ${bad} (directions/${index}/kpis/0/op: must be equal to one of the allowed values`);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("usage and input errors of the guide: exit 2, one line", async () => {
    const noGuide = await run(["check", CLEAN], { engine: fakeEngine() });
    expect(noGuide.code).toBe(2);
    expect(noGuide.stderr).toMatch(/--guide/);
    const missing = await run(["check", CLEAN, "--guide", "nowhere.yaml"], { engine: fakeEngine() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("guide: 找不到文件：nowhere.yaml。请检查路径和文件名。\n");
    const wrongType = await run(["check", CLEAN, "--guide", "fixtures/bad-input/legacy.doc"], { engine: fakeEngine() });
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toMatch(/DOCX/);
  });

  it("--direction with an id the guide does not have: exit 2 before any draft is read, listing ids the guide has", async () => {
    const engine = fakeEngine();
    let read = 0;
    const counting: CheckEngine = { ...engine, readDraft: (bytes, options) => (read++, engine.readDraft(bytes, options)) };
    const zh = await run(["check", CLEAN, RATIO, "--guide", GUIDE, "--direction", "99.9"], { engine: counting });
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe("");
    expect(read).toBe(0);
    expect(zh.stderr).toBe(`guide: ${GUIDE} 中没有方向 99.9（有：1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, …；guide list 列出全部）。运行 guide --help 查看用法。\n`);
    const en = await run(["check", CLEAN, "--guide", GUIDE, "--direction", "99.9", "--lang", "en"], { engine: fakeEngine() });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/has no direction 99\.9 \(it has: 1\.1, 1\.2, .*guide list shows them all\)/);
    // an id written otherwise (full-width digits) still names the direction, as the check reads it
    const written = await run(["check", CLEAN, "--guide", GUIDE, "--direction", "１.１"], { engine: fakeEngine() });
    expect(written.code).toBe(0);
  });

  it("reads the sidecar NAME.proposal.yaml next to a draft", async () => {
    const engine = fakeEngine();
    await run(["check", CLEAN, SIDECAR, "--guide", GUIDE], { engine });
    expect(engine.sidecars).toEqual([SIDECAR]);
  });

  it("-o writes the report atomically, prints nothing, and refuses to overwrite an input", async () => {
    const engine = fakeEngine(() => [finding("warning")]);
    const out = join(tmp, "report.sarif");
    const printed = await run(["check", CLEAN, "--guide", GUIDE, "--format", "sarif"], { engine });
    const r = await run(["check", CLEAN, "--guide", GUIDE, "--format", "sarif", "-o", out], { engine, tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
    expect((await readdir(tmp)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const clash = await run(["check", CLEAN, "--guide", GUIDE, "-o", CLEAN], { engine });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain("输出文件与输入文件相同");
  });

  it("is deterministic: same inputs, same bytes, in every format", async () => {
    const engine = fakeEngine((p) => (p === RATIO ? [finding("error"), finding("warning", "duration-too-long")] : []));
    for (const format of FORMAT_NAMES) {
      const a = await run(["check", RATIO, CLEAN, "--guide", GUIDE, "--format", format], { engine });
      const b = await run(["check", RATIO, CLEAN, "--guide", GUIDE, "--format", format], { engine });
      expect(a.code).toBe(1);
      expect(b.stdout).toBe(a.stdout);
    }
  });
});

describe("guide check end to end, with the real src/draft and src/check", () => {
  it("a clean draft at the threshold exits 0; a seeded violation exits 1 with its rule", async () => {
    const clean = await run(["check", CLEAN, "--guide", GUIDE, "--format", "json"]);
    expect(clean.stderr).toBe("");
    expect(JSON.parse(clean.stdout).files[0].findings.filter((f: Finding) => f.severity !== "info")).toEqual([]);
    expect(clean.code).toBe(0);
    const ratio = await run(["check", RATIO, "--guide", GUIDE, "--format", "json"]);
    expect(ratio.code).toBe(1);
    expect(JSON.parse(ratio.stdout).files[0].findings.map((f: Finding) => f.ruleId)).toContain("matching-ratio-too-low");
  });

  it("json is valid against schemas/check.schema.json and SARIF against the SARIF 2.1.0 schema", async () => {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    const check = ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas/check.schema.json"), "utf8")));
    const j = await run(["check", RATIO, CLEAN, "--guide", GUIDE, "--format", "json"]);
    expect(check(JSON.parse(j.stdout)), JSON.stringify(check.errors)).toBe(true);
    const sarifSchema = JSON.parse(readFileSync(join(ROOT, "fixtures/sarif/sarif-schema-2.1.0.json"), "utf8"));
    const sarif = new Ajv2020({ strict: false, validateFormats: false }).compile(sarifSchema);
    const s = await run(["check", RATIO, CLEAN, "--guide", GUIDE, "--format", "sarif"]);
    const log = JSON.parse(s.stdout);
    expect(sarif(log), JSON.stringify(sarif.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(10);
  });

  it("a raw notice as the guide is parsed on the fly", async () => {
    const r = await run(["check", "fixtures/drafts/030-handmade-pi-too-old/draft.txt", "--guide", "fixtures/drafts/guides/900-handmade.txt", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).files;
    expect(files).toHaveLength(1);
    expect(files[0].findings.map((f: Finding) => f.ruleId)).toContain("pi-ineligible");
  });

  it("--lang en renders the engine's messages in English", async () => {
    const r = await run(["check", RATIO, "--guide", GUIDE, "--lang", "en", "--format", "json"]);
    const findings = JSON.parse(r.stdout).files[0].findings as Finding[];
    expect(findings.map((f) => f.ruleId)).toContain("matching-ratio-too-low");
    for (const f of findings) expect(f.message).not.toMatch(/[\u4e00-\u9fff]{4,}/);
  });
});
