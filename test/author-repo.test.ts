import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Ajv2020 } from "./ajv.js";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers.js";

// Issue 5, "Done when": an example proposal repository (fixtures/repo-example: config, notices, drafts in MD
// and DOCX, an inline waiver) is checked end to end by `guide check` from its config, producing text, SARIF
// (schema-valid), JUnit and GitHub output. The test runs the CLI in process with the repository folder as
// the working directory and no file arguments, as CI does; --no-cache keeps the guide cache out of fixtures/.
const REPO = join(ROOT, "fixtures/repo-example");

/** Every draft of the example and what `guide check` must say about it (errors and warnings; infos are not expected either). */
const EXPECTED: Record<string, { direction: string; findings: [rule: string, line: number][] }> = {
  "drafts/sichuan/cap-2100.md": { direction: "1", findings: [["funding-over-cap", 11]] },
  "drafts/sichuan/kpi-table-clean.docx": { direction: "5", findings: [] },
  "drafts/sichuan/kpi-table-short.docx": { direction: "5", findings: [["kpi-threshold-not-met", 17]] },
  // 诊断准确率≥94% against ≥95%, waived by the comment on the line before
  "drafts/sichuan/kpi-waived.md": { direction: "7", findings: [] },
  "drafts/sichuan/unit-conversion-clean.md": { direction: "9", findings: [] },
  "drafts/jiangsu/clean.md": { direction: "3001", findings: [] },
  "drafts/jiangsu/from-template.md": { direction: "3002", findings: [] },
  "drafts/jiangsu/no-enterprise-partner.md": { direction: "8003", findings: [["enterprise-partner-missing", 4]] },
};

const check = (...args: string[]) => runCli(["check", "--no-cache", ...args], {}, REPO);

describe("the example proposal repository (fixtures/repo-example)", () => {
  it("has a config, notices, ≥ 6 drafts in MD and DOCX and an inline waiver", () => {
    expect(existsSync(join(REPO, "guide.config.yaml"))).toBe(true);
    const drafts = Object.keys(EXPECTED);
    expect(drafts.length).toBeGreaterThanOrEqual(6);
    expect(drafts.some((d) => d.endsWith(".md")) && drafts.some((d) => d.endsWith(".docx"))).toBe(true);
    expect(readFileSync(join(REPO, "drafts/sichuan/kpi-waived.md"), "utf8")).toMatch(/<!-- guide-disable-next-line kpi-threshold-not-met -- \S/);
  });

  it("json: every draft of the config, in a stable order, with exactly the expected findings", async () => {
    const r = await check("--format", "json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { path: string; directionId: string; findings: { ruleId: string; severity: string; location: { line: number } }[] }[]; summary: unknown };
    expect(out.files.map((f) => f.path).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of out.files) {
      expect(f.directionId, f.path).toBe(EXPECTED[f.path].direction);
      expect(f.findings.map((x) => [x.ruleId, x.location.line]), f.path).toEqual(EXPECTED[f.path].findings);
    }
    expect(out.summary).toEqual({ errors: 3, warnings: 0, infos: 0 });
    // the same bytes on a second run
    expect((await check("--format", "json")).stdout).toBe(r.stdout);
  });

  it("text: each draft with its findings and the summary line", async () => {
    const r = await check();
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("drafts/sichuan/cap-2100.md:11:");
    expect(r.stdout).toContain("funding-over-cap");
    expect(r.stdout).toContain("drafts/jiangsu/no-enterprise-partner.md:4:");
    expect(r.stdout).toMatch(/共检查 8 个文件：3 个错误，0 个警告/);
    expect(r.stdout).not.toMatch(/kpi-waived\.md:\d+/);
  });

  it("SARIF: valid against the SARIF 2.1.0 schema, one result per finding, relative URIs", async () => {
    const r = await check("--format", "sarif");
    const sarif = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(resolve(ROOT, "fixtures/sarif/sarif-schema-2.1.0.json"), "utf8"));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = sarif.runs[0].results as { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    expect(results.map((x) => [x.ruleId, x.level, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine]).sort()).toEqual(
      [
        ["enterprise-partner-missing", "error", "drafts/jiangsu/no-enterprise-partner.md", 4],
        ["funding-over-cap", "error", "drafts/sichuan/cap-2100.md", 11],
        ["kpi-threshold-not-met", "error", "drafts/sichuan/kpi-table-short.docx", 17],
      ].sort(),
    );
  });

  it("JUnit: a suite per draft, a failure per error, a passing case for a clean draft", async () => {
    const r = await check("--format", "junit");
    const xml = r.stdout;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml.match(/<testsuite\b/g)).toHaveLength(8);
    expect(xml.match(/<failure\b/g)).toHaveLength(3);
    expect(xml).not.toMatch(/<error\b/);
    for (const path of Object.keys(EXPECTED)) expect(xml).toContain(path);
  });

  it("GitHub: one ::error annotation per finding, with file and line", async () => {
    const r = await check("--format", "github");
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.startsWith("::error file=drafts/sichuan/cap-2100.md,line=11") && l.includes("funding-over-cap"))).toBe(true);
    expect(lines.some((l) => l.startsWith("::error file=drafts/sichuan/kpi-table-short.docx,line=17"))).toBe(true);
    expect(lines.some((l) => l.startsWith("::error file=drafts/jiangsu/no-enterprise-partner.md,line=4"))).toBe(true);
  });

  it("the inline waiver is what hides the 诊断准确率 finding; named files still take the config's guide", async () => {
    const dir = mkdtempSync(join(tmpdir(), "guide-repo-"));
    const unwaived = join(dir, "kpi-unwaived.md");
    writeFileSync(unwaived, readFileSync(join(REPO, "drafts/sichuan/kpi-waived.md"), "utf8").replace(/^<!-- guide-disable-next-line.*\n/m, ""));
    const r = await runCli(["check", unwaived, "--guide", join(REPO, "notices/sichuan-ai-jiebang.txt"), "--no-cache", "--format", "json"], {}, dir);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["kpi-threshold-not-met"]);
    const clean = await check("drafts/jiangsu/clean.md", "drafts/jiangsu/from-template.md", "--fail-on", "warning");
    expect(clean.code).toBe(0);
  });
});
