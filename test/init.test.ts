import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "./ajv.js";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { detect } from "../src/cli/init.js";
import { CLEAN, makeRepo, SHORT } from "./config-repo.js";
import { ROOT, runCli } from "./helpers.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schemas/config.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);

describe("guide init", () => {
  it("writes a commented config naming the notices and drafts it finds, which guide check then uses", async () => {
    const dir = makeRepo({
      "notices/2025年度重点研发计划申报指南.txt": { copy: "fixtures/notices/001-national-intl-cooperation/input.txt" },
      "drafts/a/s.md": SHORT(),
      "drafts/c.md": CLEAN(),
      "proposals/x.docx": { copy: "fixtures/drafts/022-sichuan-docx-kpi-table-short/draft.docx" },
      "张三-申报书.md": CLEAN(),
      "README.md": "# 我们的申报书仓库\n",
      "node_modules/x/申报指南.txt": "x",
    });
    const found = await detect(dir);
    expect(found.notices).toEqual(["guides/001.yaml", "guides/003.yaml", "notices/2025年度重点研发计划申报指南.txt"]);
    expect(found.drafts).toEqual(["drafts/**/*.md", "proposals/**/*.docx", "张三-申报书.md"]);
    expect(found.draftCount).toBe(4);

    const r = await runCli(["init", "--lang", "en"], {}, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote guide\.config\.yaml: 3 notice\(s\), 4 draft\(s\)/);
    const text = readFileSync(join(dir, "guide.config.yaml"), "utf8");
    expect(text.split("\n").filter((l) => l.startsWith("#")).length).toBeGreaterThan(10);
    for (const key of ["guides:", "rules:", "overrides:", "ignores:", "waivers:", "baseline:"]) expect(text).toContain(key);
    const value = parseYaml(text);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(value.guides).toEqual([{ id: "001", guide: "guides/001.yaml", drafts: ["drafts/**/*.md", "proposals/**/*.docx", "张三-申报书.md"] }]);

    const checked = await runCli(["check", "--format", "json", "--no-cache", "--jobs", "1"], {}, dir);
    expect(checked.stderr).toBe("");
    expect(JSON.parse(checked.stdout).files.map((f: { path: string }) => f.path)).toEqual([
      "drafts/a/s.md",
      "drafts/c.md",
      "proposals/x.docx",
      "张三-申报书.md",
    ]);
  });

  it("with nothing found it still writes a valid config with examples in comments", async () => {
    const dir = makeRepo();
    const found = await detect(join(dir, "guides"));
    expect(found.drafts).toEqual([]);
    writeFileSync(join(dir, "x.txt"), "hello\n");
    const r = await runCli(["init"], {}, dir);
    expect(r.code).toBe(0);
    expect(validate(parseYaml(readFileSync(join(dir, "guide.config.yaml"), "utf8")))).toBe(true);
  });

  it("adds .guide-cache/ to .gitignore once, keeping what is there", async () => {
    const dir = makeRepo();
    writeFileSync(join(dir, ".gitignore"), "node_modules/");
    expect((await runCli(["init"], {}, dir)).code).toBe(0);
    expect(readFileSync(join(dir, ".gitignore"), "utf8")).toBe("node_modules/\n.guide-cache/\n");
    const fresh = makeRepo();
    writeFileSync(join(fresh, ".gitignore"), "/.guide-cache\n");
    const r = await runCli(["init"], {}, fresh);
    expect(readFileSync(join(fresh, ".gitignore"), "utf8")).toBe("/.guide-cache\n");
    expect(r.stdout).not.toContain(".gitignore");
  });

  it("never overwrites an existing config (exit 2, one line naming it)", async () => {
    const dir = makeRepo({ "guide.config.yaml": "guides: []\n# mine\n" });
    const r = await runCli(["init"], {}, dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("guide.config.yaml");
    expect(readFileSync(join(dir, "guide.config.yaml"), "utf8")).toBe("guides: []\n# mine\n");
  });

  it("detects a notice by its first lines, and skips parsed-check outputs and sidecars", async () => {
    const dir = makeRepo({
      "n/2025.txt": "关于组织申报2025年度省重点研发计划项目的通知\n各有关单位：\n",
      "d/x.proposal.yaml": "direction: '1.1'\n",
      "report.json": '{"schemaVersion": 1, "files": []}',
    });
    const found = await detect(dir);
    expect(found.notices).toEqual(["guides/001.yaml", "guides/003.yaml", "n/2025.txt"]);
  });
});
