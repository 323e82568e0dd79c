import { describe, expect, it } from "vitest";
import { BASIC, makeRepo, rows, SHORT } from "./config-repo.js";
import { runCli } from "./helpers.js";

const check = (cwd: string, ...args: string[]) => runCli(["check", "--format", "json", "--no-cache", "--jobs", "1", ...args], {}, cwd);

const DOCX_CONFIG = `guides:
  - guide: guides/003.yaml
    drafts: ["drafts/*.docx"]
    direction: "5"
  - guide: guides/001.yaml
    drafts: ["drafts/*.md"]
rules: { content-not-covered: off }
`;
const docxRepo = (waivers: string) =>
  makeRepo({
    "guide.config.yaml": DOCX_CONFIG + waivers,
    "drafts/a.docx": { copy: "fixtures/drafts/022-sichuan-docx-kpi-table-short/draft.docx" },
    "drafts/s.md": SHORT(),
  });

describe("config waivers (DOCX/PDF)", () => {
  it("waive a rule for a DOCX draft, optionally for one KPI metric", async () => {
    const before = await check(docxRepo(""));
    expect(rows(before.stdout).map(([p, id]) => [p, id])).toEqual([
      ["drafts/a.docx", "kpi-threshold-not-met"],
      ["drafts/s.md", "kpi-threshold-not-met"],
    ]);
    const byKpi = await check(docxRepo("waivers:\n  - file: drafts/a.docx\n    rule: kpi-threshold-not-met\n    kpi: 打钉成功率\n    reason: 已获批准\n"));
    expect(rows(byKpi.stdout).map(([p]) => p)).toEqual(["drafts/s.md"]);
    const otherKpi = await check(docxRepo("waivers:\n  - file: drafts/a.docx\n    rule: kpi-threshold-not-met\n    kpi: 销售量\n    reason: 无关\n"));
    expect(rows(otherKpi.stdout).map(([p]) => p)).toEqual(["drafts/a.docx", "drafts/s.md"]);
    const glob = await check(docxRepo("waivers:\n  - file: \"drafts/*\"\n    rule: kpi-threshold-not-met\n    reason: 全部接受\n"));
    expect(rows(glob.stdout)).toEqual([]);
    expect(glob.code).toBe(0);
  });

  it("a config waiver without a reason is a warning pointing at its line in the config", async () => {
    const r = await check(docxRepo("waivers:\n  - file: drafts/a.docx\n    rule: kpi-threshold-not-met\n"));
    const f = JSON.parse(r.stdout).files[0].findings;
    expect(f.map((x: { ruleId: string; severity: string; location: { path: string; line: number } }) => [x.ruleId, x.severity, x.location.path, x.location.line])).toEqual([
      ["waiver-reason-missing", "warning", "guide.config.yaml", 9],
    ]);
  });

  it("--report-unused-waivers reports config waivers that matched nothing in any draft", async () => {
    const dir = docxRepo(
      "waivers:\n  - file: drafts/a.docx\n    rule: kpi-threshold-not-met\n    reason: 已获批准\n  - file: drafts/a.docx\n    rule: funding-over-cap\n    reason: 不再需要\n",
    );
    expect(rows((await check(dir)).stdout).map(([p]) => p)).toEqual(["drafts/s.md"]);
    const r = await check(dir, "--report-unused-waivers");
    const f = JSON.parse(r.stdout).files[0].findings;
    expect(f.map((x: { ruleId: string; data: Record<string, unknown>; location: { path: string; line: number } }) => [x.ruleId, x.data.index, x.location.path, x.location.line])).toEqual([
      ["unused-waiver", 1, "guide.config.yaml", 12],
    ]);
  });

  it("a waiver naming an unknown rule is a config error", async () => {
    const r = await check(docxRepo("waivers:\n  - file: drafts/a.docx\n    rule: kpi-too-low\n    reason: x\n"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("waivers[0].rule");
  });

  it("waived findings are left out of SARIF and JUnit too", async () => {
    const dir = makeRepo({ "guide.config.yaml": BASIC + "waivers:\n  - file: drafts/s.md\n    rule: kpi-threshold-not-met\n    reason: 已获批准\n", "drafts/s.md": SHORT() });
    const sarif = await runCli(["check", "--format", "sarif", "--no-cache"], {}, dir);
    expect(JSON.parse(sarif.stdout).runs[0].results).toEqual([]);
    const junit = await runCli(["check", "--format", "junit", "--no-cache"], {}, dir);
    expect(junit.stdout).not.toContain("<failure");
  });
});
