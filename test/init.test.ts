import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { validateConfig } from "../src/config/load.js";
import { detect, isDraft } from "../src/config/starter.js";
import { readDraft } from "../src/draft/index.js";
import { schemaModeline } from "../src/model/published.js";
import { Ajv2020 } from "./ajv.js";
import { CLEAN, draftText, makeRepo, SHORT, write } from "./config-repo.js";
import { ROOT, runCli } from "./helpers.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schemas/config.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);

/**
 * A proposal repository as people lay one out, made of committed fixtures: drafts in Chinese-named folders
 * beside the notice they answer (申报材料/2026/ holds two drafts and 附件1.docx, the notice), a notice in
 * drafts/, a PDF notice named only 附件2, a draft whose facts are in its sidecar, minutes beside the drafts,
 * and drafts inside node_modules and .guide-cache that are not the repository's.
 */
const ODD_REPO: Record<string, string | { copy: string }> = {
  "申报材料/2026/初稿.docx": { copy: "fixtures/drafts/022-sichuan-docx-kpi-table-short/draft.docx" },
  "申报材料/2026/修改稿.docx": { copy: "fixtures/repo-example/drafts/sichuan/kpi-table-clean.docx" },
  "申报材料/2026/附件1.docx": { copy: "fixtures/notices/003-sichuan-ai-jiebang/input.docx" },
  "张三组/本子/v1.md": CLEAN(),
  "张三组/本子/v2.md": SHORT(),
  "张三组/参考/组会纪要.md": "# 组会纪要\n\n讨论了申报书的修改意见：预算表按指南上限调整。\n",
  "通知/2025年度重点研发计划申报指南.txt": { copy: "fixtures/notices/001-national-intl-cooperation/input.txt" },
  "附件/附件2.pdf": { copy: "fixtures/notices/003-sichuan-ai-jiebang/input.pdf" },
  "drafts/参考-2024.txt": { copy: "fixtures/notices/002-jiangsu-major-projects/input.txt" },
  "drafts/a.txt": draftText("012-jiangsu-cap-exceeded-yi"),
  "drafts/b.txt": draftText("016-jiangsu-pi-not-employed"),
  "其他/草稿.txt": { copy: "fixtures/drafts/020-jiangsu-sidecar/draft.txt" },
  "其他/草稿.proposal.yaml": { copy: "fixtures/drafts/020-jiangsu-sidecar/draft.proposal.yaml" },
  "node_modules/pkg/申报书.md": CLEAN(),
  ".guide-cache/old.md": CLEAN(),
  "README.md": "# 我们的申报材料\n",
};

function oddRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "guide-init-"));
  mkdirSync(join(dir, ".git"));
  for (const [p, content] of Object.entries(ODD_REPO)) write(dir, p, content);
  return dir;
}

/** The config with every commented-out setting (`#key: …`, `#  - …`) taken in; prose comments (`# text`) stay. */
function uncommented(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/^#(?!\s\S)/, ""))
    .join("\n");
}

describe("guide init", () => {
  it("tells drafts from notices by what the readers find in them, wherever they lie", async () => {
    const found = await detect(oddRepo());
    expect(found.notices).toEqual(["drafts/参考-2024.txt", "申报材料/2026/附件1.docx", "通知/2025年度重点研发计划申报指南.txt", "附件/附件2.pdf"].sort());
    // 张三组/本子 holds drafts only: one glob; 申报材料/2026 and drafts/ hold a notice too, so their drafts are named
    expect(found.drafts).toEqual(["张三组/本子/**/*.md", "drafts/a.txt", "drafts/b.txt", "其他/草稿.txt", "申报材料/2026/修改稿.docx", "申报材料/2026/初稿.docx"]);
    expect(found.draftCount).toBe(7);
  });

  it("a draft names a PI and most facts of a proposal, or states its direction in front matter; a notice does neither", async () => {
    const read = (path: string) => readDraft(readFileSync(join(ROOT, path)), { path });
    expect(isDraft(await read("fixtures/drafts/021-sichuan-pdf-clean/draft.pdf"))).toBe(true);
    expect(isDraft(await read("fixtures/drafts-heldout/h05-jiangsu-cap-and-share/draft.md"))).toBe(true);
    // the draft reader finds four of the six facts in this notice (direction, lead unit, period, budget rules), never a PI
    expect(isDraft(await read("fixtures/notices/002-jiangsu-major-projects/input.docx"))).toBe(false);
    expect(isDraft(await read("fixtures/notices/001-national-intl-cooperation/input.pdf"))).toBe(false);
    const skeleton = (await runCli(["template", "fixtures/repo-example/guides/jiangsu-2024.yaml", "--direction", "1001"])).stdout;
    expect(isDraft(await readDraft(new TextEncoder().encode(skeleton), { path: "t.md" }))).toBe(true);
  });

  it("writes a config for them, with the schema line and examples that are valid once uncommented; guide check then checks the drafts only", async () => {
    const dir = oddRepo();
    const r = await runCli(["init", "--lang", "en"], {}, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote guide\.config\.yaml: 4 notice\(s\), 7 draft\(s\)/);
    const text = readFileSync(join(dir, "guide.config.yaml"), "utf8");
    expect(text.split("\n")[0]).toBe(schemaModeline("config"));
    expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/schemas\/config\.schema\.json$/);
    const value = parseYaml(text);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(value.guides[0]).toEqual({
      id: "参考-2024",
      notice: "drafts/参考-2024.txt",
      drafts: ["张三组/本子/**/*.md", "drafts/a.txt", "drafts/b.txt", "其他/草稿.txt", "申报材料/2026/修改稿.docx", "申报材料/2026/初稿.docx"],
    });

    const examples = text.split("\n").filter((l) => /^#(?!\s\S)/.test(l));
    for (const key of ["direction:", "directions:", "rules:", "overrides:", "waivers:", "baseline:", "notice:"]) expect(examples.join("\n")).toContain(key);
    const full = parseYaml(uncommented(text));
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    await expect(validateConfig(full, "guide.config.yaml")).resolves.toMatchObject({ guides: { length: 4 }, rules: { "field-missing": "error" } });
    expect(full.guides[0].direction).toBe("1.1");
    expect(full.waivers[0].file).toBe("申报材料/2026/修改稿.docx");

    const checked = await runCli(["check", "--format", "json", "--jobs", "1"], {}, dir);
    expect(checked.stderr).toBe("");
    const drafts = ["张三组/本子/v1.md", "张三组/本子/v2.md", "drafts/a.txt", "drafts/b.txt", "其他/草稿.txt", "申报材料/2026/修改稿.docx", "申报材料/2026/初稿.docx"];
    expect(JSON.parse(checked.stdout).files.map((f: { path: string }) => f.path)).toEqual(drafts.sort());
  });

  it("with a parsed guide it names it; with nothing found it still writes a valid config whose examples are valid uncommented", async () => {
    const dir = makeRepo({ "drafts/a/s.md": SHORT(), "drafts/c.md": CLEAN(), "README.md": "# 我们的申报书仓库\n" });
    const found = await detect(dir);
    expect(found).toEqual({ notices: ["guides/001.yaml", "guides/003.yaml"], drafts: ["drafts/**/*.md"], draftCount: 2 });
    expect((await runCli(["init"], {}, dir)).code).toBe(0);
    // a parsed guide takes no `directions`, so its entry offers no such example
    const withGuide = parseYaml(uncommented(readFileSync(join(dir, "guide.config.yaml"), "utf8")));
    expect(validate(withGuide), JSON.stringify(validate.errors)).toBe(true);
    await expect(validateConfig(withGuide, "guide.config.yaml")).resolves.toBeTruthy();
    expect(withGuide.guides.map((g: { guide: string }) => g.guide)).toEqual(["guides/001.yaml", "guides/003.yaml"]);

    const empty = mkdtempSync(join(tmpdir(), "guide-init-"));
    writeFileSync(join(empty, "x.txt"), "hello\n");
    expect((await runCli(["init"], {}, empty)).code).toBe(0);
    const text = readFileSync(join(empty, "guide.config.yaml"), "utf8");
    expect(parseYaml(text)).toEqual({ ignores: ["**/archive/**"] });
    const full = parseYaml(uncommented(text));
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    expect(full.guides).toEqual([{ id: "main", notice: "notices/申报指南.pdf", drafts: ["drafts/**/*.md", "drafts/**/*.docx"], direction: "1.1" }]);
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

  it("skips sidecars, check reports and configs, and a notice-like first line without directions", async () => {
    const dir = makeRepo({
      "n/2025.txt": "关于组织申报2025年度省重点研发计划项目的通知\n各有关单位：\n",
      "d/x.proposal.yaml": "direction: '1.1'\n",
      "report.json": '{"schemaVersion": 1, "files": []}',
    });
    expect(await detect(dir)).toEqual({ notices: ["guides/001.yaml", "guides/003.yaml"], drafts: [], draftCount: 0 });
  });
});
