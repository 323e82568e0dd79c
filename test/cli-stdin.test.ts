import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { runCli } from "./helpers.js";

// `-` reads standard input (issue 13), as ESLint's --stdin: a draft or a notice piped from an editor or a script.
const SEED_GUIDE = "fixtures/drafts/guides/001.yaml";
const RATIO_LOW = "fixtures/drafts/002-intl-matching-ratio-low/draft.txt";
const SIDECAR_DIR = "fixtures/drafts/020-jiangsu-sidecar";
const WORD_DRAFT = "fixtures/check-own2/cases/10-budget-000-一.2.docx";
const PDF_DRAFT = "fixtures/check-own2/cases/11-kpiunit-000-二.2.pdf";
const NOTICE_000 = "fixtures/notices/000-work-plan/input.txt";

interface Report {
  files: { path: string; directionId: string | null; findings: { ruleId: string; location: { path: string; line: number } }[] }[];
}
const report = (stdout: string): Report => JSON.parse(stdout) as Report;
const rulesOf = (r: Report) => r.files.map((f) => [f.directionId, f.findings.map((x) => `${x.ruleId}@${x.location.line}`)]);

describe("guide check - (standard input)", () => {
  it("a piped draft is checked as the file is, reported as <stdin>", async () => {
    const file = await runCli(["check", RATIO_LOW, "--guide", SEED_GUIDE, "--format", "json"]);
    const piped = await runCli(["check", "-", "--guide", SEED_GUIDE, "--format", "json"], {}, undefined, readFileSync(RATIO_LOW));
    expect(piped.code).toBe(1);
    expect(rulesOf(report(piped.stdout))).toEqual(rulesOf(report(file.stdout)));
    expect(report(piped.stdout).files[0].path).toBe("<stdin>");
    expect(report(piped.stdout).files[0].findings[0].location.path).toBe("<stdin>");
  });

  it.each([WORD_DRAFT, PDF_DRAFT])("a piped Word or PDF draft is told by its bytes: %s", async (draft) => {
    const guide = NOTICE_000;
    const file = await runCli(["check", draft, "--guide", guide, "--format", "json", "--no-cache"]);
    const piped = await runCli(["check", "-", "--guide", guide, "--format", "json", "--no-cache"], {}, undefined, readFileSync(draft));
    expect(report(file.stdout).files[0].findings.length).toBeGreaterThan(0);
    expect(rulesOf(report(piped.stdout))).toEqual(rulesOf(report(file.stdout)));
  });

  it("--stdin-filename names the draft: its sidecar applies, and it sits among other drafts in order", async () => {
    const draft = `${SIDECAR_DIR}/draft.txt`;
    const guide = "fixtures/drafts/guides/002.yaml";
    const named = await runCli(["check", RATIO_LOW, "-", "--stdin-filename", draft, "--guide", guide, "--format", "json"], {}, undefined, readFileSync(draft));
    const r = report(named.stdout);
    expect(r.files.map((f) => f.path)).toEqual([RATIO_LOW, draft]);
    // the sidecar states the direction and the facts the text leaves out: clean, as the file itself is
    expect(r.files[1]).toMatchObject({ directionId: "6003", findings: [] });
    const unnamed = await runCli(["check", "-", "--guide", guide, "--format", "json"], {}, undefined, readFileSync(draft));
    expect(report(unnamed.stdout).files[0].findings.length).toBeGreaterThan(0);
  });

  it("empty input, a second -, and a .doc name are input or usage errors (exit 2), in the user's language", async () => {
    const empty = await runCli(["check", "-", "--guide", SEED_GUIDE, "--format", "json"], {}, undefined, "");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^guide: 文件为空：<stdin>/);
    const twice = await runCli(["check", "-", "-", "--guide", SEED_GUIDE], {}, undefined, "x");
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^guide: .*标准输入/);
    const doc = await runCli(["check", "-", "--stdin-filename", "a.doc", "--guide", SEED_GUIDE, "--lang", "en"], {}, undefined, "x");
    expect(doc.code).toBe(2);
    expect(doc.stderr).toMatch(/a\.doc.*DOCX/);
  });
});

describe("- on a terminal", () => {
  it("is a usage error, not a wait for typing that never comes", async () => {
    const { main } = await import("../src/cli/main.js");
    let stderr = "";
    const terminal = Object.assign([] as Uint8Array[], { isTTY: true });
    const code = await main({ argv: ["parse", "-"], cwd: process.cwd(), env: {}, stdin: terminal, stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^guide: - 表示从标准输入读取，但标准输入是终端/);
  });
});

describe("guide parse - (standard input)", () => {
  it("gives the guide the file gives, with source.path <stdin> or the --stdin-filename", async () => {
    const file = parseYaml((await runCli(["parse", NOTICE_000])).stdout);
    const piped = await runCli(["parse", "-"], {}, undefined, readFileSync(NOTICE_000));
    expect(piped.code).toBe(0);
    const guide = parseYaml(piped.stdout);
    expect(guide.source.path).toBe("<stdin>");
    expect({ ...guide, source: null }).toEqual({ ...file, source: null });
    const named = parseYaml((await runCli(["parse", "-", "--stdin-filename", "notice.txt"], {}, undefined, readFileSync(NOTICE_000))).stdout);
    expect(named.source.path).toBe("notice.txt");
  });

  it("a piped Word notice is read as Word", async () => {
    const docx = "fixtures/docx/zhejiang-directions.docx";
    const file = parseYaml((await runCli(["parse", docx])).stdout);
    const piped = parseYaml((await runCli(["parse", "-"], {}, undefined, readFileSync(docx))).stdout);
    expect(piped.source.format).toBe("docx");
    expect(piped.directions.map((d: { id: string }) => d.id)).toEqual(file.directions.map((d: { id: string }) => d.id));
    expect(piped.directions.length).toBeGreaterThan(0);
  });

  it("empty standard input is the empty-file error", async () => {
    const r = await runCli(["parse", "-", "--lang", "en"], {}, undefined, "");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<stdin>/);
  });
});
