import { describe, expect, it } from "vitest";
import { parseDirectives, waiverRanges } from "../src/waivers/inline.js";
import { BASIC, makeRepo, rows, SHORT } from "./config-repo.js";
import { runCli } from "./helpers.js";

const check = (cwd: string, ...args: string[]) => runCli(["check", "--format", "json", "--no-cache", "--jobs", "1", ...args], {}, cwd);

/** SHORT() with lines inserted before line `at` (1-based); its KPI finding is at line 29 before insertion. */
function withLines(at: number, ...inserted: string[]): string {
  const lines = SHORT().split("\n");
  lines.splice(at - 1, 0, ...inserted);
  return lines.join("\n");
}

describe("inline directives", () => {
  it("are read with their line, column, rule ids and reason", () => {
    const d = parseDirectives("a\n  <!-- guide-disable-next-line kpi-missing, funding-over-cap -- 理由 -- 含破折号 -->\n<!-- guide-disable -->\n<!--guide-enable kpi-missing-->");
    expect(d).toEqual([
      { kind: "disable-next-line", rules: ["kpi-missing", "funding-over-cap"], reason: "理由 -- 含破折号", line: 2, column: 3 },
      { kind: "disable", rules: ["*"], reason: null, line: 3, column: 1 },
      { kind: "enable", rules: ["kpi-missing"], reason: null, line: 4, column: 1 },
    ]);
  });
  it("disable runs to the end or to the enable of its rule; next-line covers one line", () => {
    const r = waiverRanges(parseDirectives("<!-- guide-disable a, b -- x -->\n<!-- guide-disable-next-line c -- y -->\nz\n<!-- guide-enable a -->\n"));
    expect(r.map((x) => [x.rule, x.from, x.to])).toEqual([
      ["a", 1, 4],
      ["b", 1, Number.POSITIVE_INFINITY],
      ["c", 3, 3],
    ]);
  });
});

describe("inline waivers in guide check", () => {
  it("guide-disable-next-line waives the finding on the next line only", async () => {
    const dir = makeRepo({
      "guide.config.yaml": BASIC,
      "drafts/s.md": withLines(29, "<!-- guide-disable-next-line kpi-threshold-not-met -- 专家论证会同意 -->"),
      "drafts/far.md": withLines(28, "<!-- guide-disable-next-line kpi-threshold-not-met -- 不在下一行 -->"),
    });
    const r = await check(dir);
    expect(rows(r.stdout)).toEqual([["drafts/far.md", "kpi-threshold-not-met", 30]]);
  });

  it("guide-disable lasts to the end of the file, or to guide-enable", async () => {
    const dir = makeRepo({
      "guide.config.yaml": BASIC,
      "drafts/rest.md": withLines(3, "<!-- guide-disable kpi-threshold-not-met -- 见评审意见 -->"),
      "drafts/enabled.md": withLines(3, "<!-- guide-disable kpi-threshold-not-met -- 见评审意见 -->", "<!-- guide-enable kpi-threshold-not-met -->"),
      "drafts/other-rule.md": withLines(3, "<!-- guide-disable kpi-missing, funding-over-cap -- 无关 -->"),
    });
    const r = await check(dir);
    expect(rows(r.stdout)).toEqual([
      ["drafts/enabled.md", "kpi-threshold-not-met", 31],
      ["drafts/other-rule.md", "kpi-threshold-not-met", 30],
    ]);
    expect(r.code).toBe(1);
  });

  it("a waiver without a reason applies, and is a waiver-reason-missing warning at its line", async () => {
    const dir = makeRepo({ "guide.config.yaml": BASIC, "drafts/s.md": withLines(29, "<!-- guide-disable-next-line kpi-threshold-not-met -->") });
    const r = await check(dir);
    expect(rows(r.stdout)).toEqual([["drafts/s.md", "waiver-reason-missing", 29]]);
    expect(JSON.parse(r.stdout).files[0].findings[0].severity).toBe("warning");
    expect(r.code).toBe(0);
    expect((await check(dir, "--fail-on", "warning")).code).toBe(1);
  });

  it("--report-unused-waivers reports rule ids of comments that waived nothing", async () => {
    const dir = makeRepo({
      "guide.config.yaml": BASIC,
      "drafts/s.md": withLines(29, "<!-- guide-disable-next-line kpi-threshold-not-met, funding-over-cap -- 见纪要 -->"),
    });
    expect(rows((await check(dir)).stdout)).toEqual([]);
    const r = await check(dir, "--report-unused-waivers");
    expect(rows(r.stdout)).toEqual([["drafts/s.md", "unused-waiver", 29]]);
    expect(JSON.parse(r.stdout).files[0].findings[0].data).toEqual({ directive: "guide-disable-next-line", rule: "funding-over-cap" });
  });

  it("the waiver rules take severities from the config like any rule", async () => {
    const dir = makeRepo({
      "guide.config.yaml": BASIC + "  waiver-reason-missing: error\n",
      "drafts/s.md": withLines(29, "<!-- guide-disable-next-line kpi-threshold-not-met -->"),
    });
    const r = await check(dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity])).toEqual([["waiver-reason-missing", "error"]]);
  });

  it("works without a config too (drafts and --guide on the command line)", async () => {
    const dir = makeRepo({ "s.md": withLines(29, "<!-- guide-disable-next-line kpi-threshold-not-met -- 见纪要 -->") });
    const r = await check(dir, "s.md", "--guide", "guides/001.yaml");
    expect(rows(r.stdout).filter(([, id]) => id === "kpi-threshold-not-met")).toEqual([]);
  });
});

describe("comments are not the draft's text", () => {
  const GUIDE = `${process.cwd()}/fixtures/drafts/guides/001.yaml`;
  const findings = async (name: string, text: string) => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const dir = mkdtempSync(`${(await import("node:os")).tmpdir()}/guide-comment-`);
    writeFileSync(`${dir}/${name}`, text);
    const r = await runCli(["check", name, "--guide", GUIDE, "--format", "json", "--report-unused-waivers"], {}, dir);
    return (JSON.parse(r.stdout) as { files: { findings: { ruleId: string; location: { line: number } }[] }[] }).files[0].findings;
  };

  it("a waiver between a label line and an unnumbered KPI line waives that KPI (the comment is not joined to it)", async () => {
    const found = await findings("a.md", ["指南方向：1.1", "考核指标：", "<!-- guide-disable-next-line kpi-threshold-not-met -- 专家论证同意 -->", "光电转换效率≥19%", ""].join("\n"));
    expect(found.filter((f) => f.ruleId === "kpi-threshold-not-met" || f.ruleId === "unused-waiver")).toEqual([]);
  });

  it("a note to co-authors between a label and its value: the finding is on the value's line, not the note's", async () => {
    const found = await findings("b.txt", ["指南方向：1.1", "主要考核指标", "<!-- 初稿数字，待课题组确认 -->", "光电转换效率达到18.5%", ""].join("\n"));
    expect(found.filter((f) => f.ruleId === "kpi-threshold-not-met").map((f) => f.location.line)).toEqual([4]);
  });
});
