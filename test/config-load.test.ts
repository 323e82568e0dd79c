import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "./ajv.js";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { findConfig, loadConfig } from "../src/config/load.js";
import { BASIC, CLEAN, makeRepo, rows, SHORT, write } from "./config-repo.js";
import { ROOT, runCli } from "./helpers.js";

const check = (cwd: string, ...args: string[]) => runCli(["check", "--format", "json", "--no-cache", "--jobs", "1", ...args], {}, cwd);

describe("guide.config.yaml discovery", () => {
  it("is found upward from the working directory, and checks every draft it names", async () => {
    const dir = makeRepo({ "guide.config.yaml": BASIC, "drafts/a/clean.md": CLEAN(), "drafts/short.md": SHORT() });
    mkdirSync(join(dir, "drafts/a/deeper"));
    expect(findConfig(join(dir, "drafts/a/deeper"))).toBe(join(dir, "guide.config.yaml"));
    const r = await check(join(dir, "drafts/a/deeper"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    // paths shown relative to the working directory, config order then path order
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(["../clean.md", "../../short.md"]);
    expect(rows(r.stdout)).toEqual([["../../short.md", "kpi-threshold-not-met", 29]]);
  });

  it("stops at the repository root (the folder holding .git)", () => {
    const outer = makeRepo({ "guide.config.yaml": BASIC });
    mkdirSync(join(outer, "inner/.git"), { recursive: true });
    expect(findConfig(join(outer, "inner"))).toBeNull();
    expect(findConfig(outer)).toBe(join(outer, "guide.config.yaml"));
  });

  it("--config names it; paths in it are relative to its folder", async () => {
    const dir = makeRepo({ "ci/lint.yaml": BASIC.replace("guides/001.yaml", "../guides/001.yaml").replace('"drafts/', '"../drafts/'), "drafts/s.md": SHORT() });
    const r = await check(dir, "--config", "ci/lint.yaml");
    expect(r.code).toBe(1);
    expect(rows(r.stdout)).toEqual([["drafts/s.md", "kpi-threshold-not-met", 29]]);
  });

  it("without a config, file arguments and --guide are needed (exit 2, one line)", async () => {
    const dir = makeRepo({ "d.md": CLEAN() });
    const none = await check(dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/guide init/);
    const noGuide = await check(dir, "d.md");
    expect(noGuide.code).toBe(2);
    expect(noGuide.stderr.trim().split("\n")).toHaveLength(1);
    expect((await check(dir, "d.md", "--guide", "guides/001.yaml")).code).toBe(0);
  });

  it("a missing --config file is exit 2 naming it", async () => {
    const r = await check(makeRepo(), "--config", "nope.yaml");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.yaml");
  });
});

describe("guide.config.yaml validation", () => {
  const bad = async (config: string) => {
    const dir = makeRepo({ "guide.config.yaml": config, "drafts/d.md": CLEAN() });
    const r = await check(dir, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("guide.config.yaml");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return r.stderr;
  };
  it("names the path of the first zod issue", async () => {
    expect(await bad(BASIC.replace("content-not-covered: off", "content-not-covered: warning"))).toContain("rules.content-not-covered");
    expect(await bad("guides:\n  - guide: guides/001.yaml\n    drafts: drafts/*.md\n")).toContain("guides[0].drafts");
    expect(await bad("guides:\n  - drafts: [x]\n")).toMatch(/guides\[0\]: give exactly one of notice or guide/);
    expect(await bad("guides: []\nrulez: {}\n")).toMatch(/\(root\).*rulez/);
  });
  it("unknown rule ids and rule options are refused", async () => {
    expect(await bad(BASIC.replace("content-not-covered", "no-such-rule"))).toContain("rules.no-such-rule: unknown rule");
    expect(await bad(BASIC.replace("content-not-covered", "content-not-coverd"))).toContain("did you mean content-not-covered?");
  });
  it("a YAML syntax error names its line and column, in a config and in a guide", async () => {
    expect(await bad("guides:\n  - guide: a.yaml\n   drafts: [x]\n")).toContain("line 3, column 1:");
    const dir = makeRepo();
    writeFileSync(join(dir, "broken.yaml"), "schemaVersion: 1\nsource:\n  path: x\n   format: txt\n");
    const r = await runCli(["check", "drafts/clean.md", "--guide", "broken.yaml"], {}, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml（line 3, column \d+: /);
    expect(await bad(BASIC + "overrides:\n  - files: [x]\n    rules: { kpi-missing: [warn, { x: 1 }] }\n")).toContain("overrides[0].rules.kpi-missing");
  });
  it("YAML is parsed safely: no custom tags, bounded aliases, no duplicate keys", async () => {
    expect(await bad("guides: !!js/function 'x'\n")).toMatch(/tag/i);
    expect(await bad("guides: !custom []\n")).toMatch(/tag/i);
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill("*" + String.fromCharCode(97 + i)).join(", ")}]`)].join("\n");
    expect(await bad(bomb + "\n")).toMatch(/alias/i);
    expect(await bad("guides: []\nguides: []\n")).toMatch(/unique|duplicate/i);
  });
  it("globs and paths outside the repository are refused (exit 2)", async () => {
    expect(await bad(BASIC.replace('"drafts/**/*.md"', '"../**/*.md"'))).toMatch(/guides\[0\]\.drafts\[0\]: \.\.\/\*\*\/\*\.md points outside the repository/);
    expect(await bad(BASIC.replace('"drafts/**/*.md"', '"drafts/../../x/*.md"'))).toContain("points outside the repository");
    expect(await bad(BASIC.replace('"drafts/**/*.md"', '"/etc/*.md"'))).toContain("points outside the repository");
    expect(await bad(BASIC.replace("guides/001.yaml", "../001.yaml"))).toContain("guides[0].guide");
    expect(await bad(BASIC + "ignores: ['../**']\n")).toContain("ignores[0]");
    expect(await bad(BASIC + "baseline: ../b.json\n")).toContain("baseline");
  });
  it("the config schema accepts the README example and what the loader accepts", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /```yaml\n(# guide\.config\.yaml[\s\S]*?)```/.exec(readme);
    expect(block, "README: guide.config.yaml example").not.toBeNull();
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas/config.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
    expect(validate(parseYaml(block![1])), JSON.stringify(validate.errors)).toBe(true);
    const dir = makeRepo({ "guide.config.yaml": block![1] });
    await expect(loadConfig("guide.config.yaml", dir)).resolves.toBeTruthy();
  });
});

describe("severities, overrides, ignores", () => {
  it("rules set severities (warn → warning; off does not run)", async () => {
    const dir = makeRepo({
      "guide.config.yaml": BASIC.replace("content-not-covered: off", "content-not-covered: off\n  kpi-threshold-not-met: warn"),
      "drafts/s.md": SHORT(),
    });
    const r = await check(dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { severity: string }) => f.severity)).toEqual(["warning"]);
    expect((await check(dir, "--fail-on", "warning")).code).toBe(1);
  });

  it("overrides apply to the drafts matching their globs, later ones winning; they can set the direction", async () => {
    const dir = makeRepo({
      "guide.config.yaml":
        BASIC +
        "overrides:\n" +
        "  - files: [\"drafts/legacy/**\"]\n    rules: { kpi-threshold-not-met: info }\n" +
        "  - files: [\"drafts/legacy/b.md\"]\n    rules: { kpi-threshold-not-met: off }\n" +
        "  - files: [\"drafts/pinned.md\"]\n    direction: \"1.2\"\n",
      "drafts/legacy/a.md": SHORT(),
      "drafts/legacy/b.md": SHORT(),
      "drafts/new.md": SHORT(),
      "drafts/pinned.md": CLEAN(),
    });
    const r = await check(dir);
    const files = JSON.parse(r.stdout).files as { path: string; directionId: string; findings: { ruleId: string; severity: string }[] }[];
    const by = Object.fromEntries(files.map((f) => [f.path, f]));
    expect(by["drafts/legacy/a.md"].findings.map((f) => f.severity)).toEqual(["info"]);
    expect(by["drafts/legacy/b.md"].findings).toEqual([]);
    expect(by["drafts/new.md"].findings.map((f) => f.severity)).toEqual(["error"]);
    expect(by["drafts/pinned.md"].directionId).toBe("1.2");
    expect(r.code).toBe(1);
  });

  it("ignores leave files out, with or without file arguments", async () => {
    const dir = makeRepo({
      "guide.config.yaml": BASIC + "ignores: [\"drafts/archive/**\"]\n",
      "drafts/archive/old.md": SHORT(),
      "drafts/ok.md": CLEAN(),
    });
    const all = await check(dir);
    expect(JSON.parse(all.stdout).files.map((f: { path: string }) => f.path)).toEqual(["drafts/ok.md"]);
    expect(all.code).toBe(0);
    const named = await check(dir, "drafts/archive/old.md", "drafts/ok.md");
    expect(JSON.parse(named.stdout).files.map((f: { path: string }) => f.path)).toEqual(["drafts/ok.md"]);
  });

  it("with file arguments the config still gives guide, direction and severities; --guide and --direction win", async () => {
    const dir = makeRepo({
      "guide.config.yaml": BASIC.replace("content-not-covered: off", "content-not-covered: off\n  kpi-threshold-not-met: info"),
      "drafts/s.md": SHORT(),
      "other/x.md": SHORT(),
    });
    const named = await check(dir, "drafts/s.md");
    expect(JSON.parse(named.stdout).files[0].findings.map((f: { severity: string }) => f.severity)).toEqual(["info"]);
    // a file no guides entry names needs --guide
    const stray = await check(dir, "other/x.md");
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain("other/x.md");
    const withGuide = await check(dir, "other/x.md", "--guide", "guides/001.yaml");
    expect(withGuide.code).toBe(0);
    const pinned = await check(dir, "drafts/s.md", "--direction", "1.1");
    expect(JSON.parse(pinned.stdout).files[0].directionId).toBe("1.1");
  });

  it("a notice named in the config is parsed; a DOCX draft is checked against its own guide entry", async () => {
    const dir = makeRepo({
      "guide.config.yaml":
        "guides:\n" +
        "  - notice: notices/001.txt\n    drafts: [\"drafts/*.md\"]\n" +
        "  - guide: guides/003.yaml\n    drafts: [\"docx/*.docx\"]\n    direction: \"5\"\n" +
        "rules: { content-not-covered: off }\n",
      "notices/001.txt": { copy: "fixtures/notices/001-national-intl-cooperation/input.txt" },
      "drafts/s.md": SHORT(),
      "docx/d.docx": { copy: "fixtures/drafts/022-sichuan-docx-kpi-table-short/draft.docx" },
    });
    const r = await check(dir);
    expect(r.stderr).toBe("");
    expect(rows(r.stdout).map(([p, id]) => [p, id])).toEqual([
      ["drafts/s.md", "kpi-threshold-not-met"],
      ["docx/d.docx", "kpi-threshold-not-met"],
    ]);
  });
});

describe("guide check from a config: text output", () => {
  it("prints the report of every draft", async () => {
    const dir = makeRepo({ "guide.config.yaml": BASIC, "drafts/s.md": SHORT() });
    write(dir, "drafts/c.md", CLEAN());
    const r = await runCli(["check", "--no-cache", "--jobs", "1"], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("drafts/c.md");
    expect(r.stdout).toContain("drafts/s.md:29");
  });
});
