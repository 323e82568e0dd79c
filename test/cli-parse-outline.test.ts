// guide parse --outline / --directions / --strict and the warnings on stderr; a config entry's `directions`.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { runCli } from "./helpers.js";

let dir: string;
// Directions numbered （一）（二） under 1. categories, with no labels: the reader keeps the categories' items.
const CATEGORIES = `一、项目类别
（一）重点项目
1．城市更新
2．乡村振兴
（二）一般项目
1．社区治理
`;
const NOTHING = `关于召开年度工作会议的通知
请各单位于3月5日前报送参会名单。
`;
const LABELLED = `二、重点支持方向
（一）海洋牧场智能投喂装备
研究内容：研究基于水下视觉的鱼群摄食识别方法。
考核指标：投喂误差不超过5%。
（二）近海养殖网箱抗风浪结构
研究内容：研究网箱结构在台风工况下的响应。
考核指标：抗风等级不低于12级。
三、申报程序
（一）网上填报。申报单位登录系统填写申报书。
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "guide-outline-"));
  await writeFile(join(dir, "categories.txt"), CATEGORIES);
  await writeFile(join(dir, "nothing.txt"), NOTHING);
  await writeFile(join(dir, "labelled.txt"), LABELLED);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("guide parse --outline", () => {
  it("prints each heading with its line, level, role and evidence", async () => {
    const r = await runCli(["parse", join(dir, "labelled.txt"), "--outline", "--lang", "en"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^L1 +\[section\] 二、重点支持方向/);
    expect(lines[1]).toMatch(/^L2 +\[direction\] （一）海洋牧场智能投喂装备 +\(cn-paren; labels: 研究内容、考核指标\)$/);
    expect(lines[3]).toMatch(/\[admin\] 三、申报程序/);
    expect(lines.filter((l) => l.includes("[direction]"))).toHaveLength(2);
  });

  it("names roles in Chinese by default", async () => {
    const r = await runCli(["parse", join(dir, "labelled.txt"), "--outline"]);
    expect(r.stdout).toContain("[方向] （一）海洋牧场智能投喂装备");
  });
});

describe("guide parse --outline: labels", () => {
  it("shows headings read as labels of their directions", async () => {
    const dir2 = await mkdtemp(join(tmpdir(), "guide-outline-labels-"));
    await writeFile(
      join(dir2, "n.txt"),
      "1．甲方向\n（一）项目背景\n甲。\n（二）研究内容\n研究甲。\n2．乙方向\n（一）项目背景\n乙。\n（二）研究内容\n研究乙。\n",
    );
    const r = await runCli(["parse", join(dir2, "n.txt"), "--outline", "--lang", "en"]);
    expect(r.stdout).toMatch(/\[label\] （一）项目背景 +\(cn-paren; a short title repeated under other headings\)/);
    expect(r.stdout.match(/\[direction\]/g)).toHaveLength(2);
    await rm(dir2, { recursive: true, force: true });
  });
});

describe("guide parse --directions", () => {
  it("reads the named numbering as the directions", async () => {
    const before = parseYaml((await runCli(["parse", join(dir, "categories.txt")])).stdout);
    const r = await runCli(["parse", join(dir, "categories.txt"), "--directions", "（一）"]);
    expect(r.code).toBe(0);
    const after = parseYaml(r.stdout);
    expect(after.directions.map((d: { title: string }) => d.title)).toEqual(["重点项目", "一般项目"]);
    expect(before.directions.map((d: { title: string }) => d.title)).not.toEqual(["重点项目", "一般项目"]);
  });

  it("refuses a value that is no heading number (exit 2, one line)", async () => {
    const r = await runCli(["parse", join(dir, "categories.txt"), "--directions", "abc", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain('--directions "abc" is not a heading number');
  });
});

describe("parse warnings", () => {
  it("go to stderr, one line each, and into the model; exit 0 without --strict", async () => {
    const r = await runCli(["parse", join(dir, "nothing.txt"), "--lang", "en", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings.map((w: { code: string }) => w.code)).toEqual(["no-direction"]);
    expect(r.stderr).toMatch(/nothing\.txt:1: warning: no direction found.*\(no-direction\)\n$/);
  });

  it("--strict makes them exit 1, the output still written", async () => {
    const r = await runCli(["parse", join(dir, "nothing.txt"), "--strict"]);
    expect(r.code).toBe(1);
    expect(parseYaml(r.stdout).warnings).toHaveLength(1);
  });

  it("a notice read without doubt has no warnings and --strict passes", async () => {
    const r = await runCli(["parse", join(dir, "labelled.txt"), "--strict"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(parseYaml(r.stdout).warnings).toEqual([]);
  });
});

describe("guide.config.yaml: directions of a notice", () => {
  it("parses the entry's notice with its numbering when checking", async () => {
    const repo = await mkdtemp(join(tmpdir(), "guide-outline-repo-"));
    try {
      await writeFile(join(repo, "notice.txt"), CATEGORIES);
      await writeFile(join(repo, "draft.md"), "项目名称：城市更新示范\n指南方向：（二）一般项目\n");
      await writeFile(
        join(repo, "guide.config.yaml"),
        `guides:\n  - notice: notice.txt\n    directions: "（一）"\n    drafts: ["draft.md"]\n`,
      );
      const r = await runCli(["check", "--format", "json", "--no-cache"], {}, repo);
      const out = JSON.parse(r.stdout);
      expect(out.files[0].directionId).toBe("2");
      const bad = await mkdtemp(join(tmpdir(), "guide-outline-bad-"));
      await writeFile(join(bad, "g.yaml"), "schemaVersion: 1\n");
      await writeFile(join(bad, "guide.config.yaml"), `guides:\n  - guide: g.yaml\n    directions: "1."\n    drafts: ["*.md"]\n`);
      const e = await runCli(["check", "--lang", "en"], {}, bad);
      expect(e.code).toBe(2);
      expect(e.stderr).toContain("directions applies to a notice");
      await rm(bad, { recursive: true, force: true });
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});
