import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { calculateConfigForFile } from "../src/batch/run.js";
import { RULES } from "../src/check/index.js";
import { CLEAN, makeRepo, SHORT } from "./config-repo.js";
import { runCli } from "./helpers.js";

const CONFIG = `guides:
  - id: intl
    guide: guides/001.yaml
    drafts: ["drafts/**/*.md"]
  - id: sichuan
    guide: guides/003.yaml
    drafts: ["drafts/**/*.docx"]
    direction: "5"
rules:
  content-not-covered: off
  field-missing: error
overrides:
  - files: ["drafts/early/**"]
    rules: { kpi-threshold-not-met: warn }
  - files: ["drafts/other/**"]
    direction: "2"
ignores: ["**/archive/**"]
waivers:
  - file: drafts/early/s.md
    rule: kpi-missing
    reason: 预申报阶段
`;

const repo = () =>
  makeRepo({
    "guide.config.yaml": CONFIG,
    "drafts/early/s.md": SHORT(),
    "drafts/c.md": CLEAN(),
    "drafts/archive/old.md": CLEAN(),
    "notes/readme.md": "# 说明\n",
  });

describe("guide check --print-config FILE", () => {
  it("prints the entry, guide, direction, every rule's severity after overrides and the waivers, as YAML (exit 0)", async () => {
    const dir = repo();
    const r = await runCli(["check", "--print-config", "drafts/early/s.md"], {}, dir);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const effective = parseYaml(r.stdout);
    expect(effective).toMatchObject({
      file: "drafts/early/s.md",
      config: "guide.config.yaml",
      ignored: false,
      entry: { index: 0, id: "intl", line: 2 },
      guide: "guides/001.yaml",
      direction: null,
      overrides: [0],
      waivers: [{ rule: "kpi-missing", kpi: null, reason: "预申报阶段", line: 19 }],
    });
    expect(Object.keys(effective.rules)).toEqual(Object.keys(RULES).sort());
    expect(effective.rules).toMatchObject({ "content-not-covered": "off", "field-missing": "error", "kpi-threshold-not-met": "warn", "funding-over-cap": "error" });

    // what it prints is what the check applies: 007 misses a KPI threshold, reported at the override's severity
    const checked = await runCli(["check", "drafts/early/s.md", "--format", "json", "--no-cache", "--jobs", "1"], {}, dir);
    const findings = JSON.parse(checked.stdout).files[0].findings as { ruleId: string; severity: string }[];
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["kpi-threshold-not-met", "warning"]]);

    const json = await runCli(["check", "--print-config", "drafts/early/s.md", "--format", "json"], {}, dir);
    expect(JSON.parse(json.stdout)).toEqual(effective);
  });

  it("an override's direction, then --direction and --guide, win over the entry's", async () => {
    const dir = makeRepo({ "guide.config.yaml": CONFIG, "drafts/other/x.docx": { copy: "fixtures/drafts/022-sichuan-docx-kpi-table-short/draft.docx" } });
    const fromOverride = await calculateConfigForFile({ cwd: dir, file: "drafts/other/x.docx" });
    expect(fromOverride).toMatchObject({ entry: { index: 1, id: "sichuan" }, guide: "guides/003.yaml", direction: "2", overrides: [1], waivers: [] });
    expect(fromOverride.rules["kpi-threshold-not-met"]).toBe("error");
    const given = await calculateConfigForFile({ cwd: dir, file: "drafts/other/x.docx", direction: "7", guide: "guides/001.yaml" });
    expect(given).toMatchObject({ entry: { index: 1 }, guide: "guides/001.yaml", direction: "7" });
  });

  it("says when ignores skip the file; without a config, --guide alone decides", async () => {
    const dir = repo();
    const ignored = parseYaml((await runCli(["check", "--print-config", "drafts/archive/old.md"], {}, dir)).stdout);
    expect(ignored).toMatchObject({ file: "drafts/archive/old.md", ignored: true, entry: null, guide: null, rules: {} });
    const bare = makeRepo({ "a.md": CLEAN() });
    const r = await runCli(["check", "--print-config", "a.md", "--guide", "guides/001.yaml", "--format", "json"], {}, bare);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ config: null, entry: null, guide: "guides/001.yaml", rules: { "content-not-covered": "warn", "kpi-threshold-not-met": "error" } });
  });

  it("a file no entry names is exit 2 with one line naming it and the config", async () => {
    const r = await runCli(["check", "--print-config", "notes/readme.md", "--lang", "en"], {}, repo());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/no guide for notes\/readme\.md: add it to the drafts of a guides entry in guide\.config\.yaml/);
    const both = await runCli(["check", "drafts/c.md", "--print-config", "drafts/early/s.md"], {}, repo());
    expect(both.code).toBe(2);
  });
});
