import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASIC, CLEAN, makeRepo, rows, SHORT } from "./config-repo.js";
import { runCli } from "./helpers.js";

const check = (cwd: string, ...args: string[]) => runCli(["check", "--format", "json", "--no-cache", "--jobs", "1", ...args], {}, cwd);

/** CLEAN() with 光电转换效率 committed below the guide's ≥20%: a new kpi-threshold-not-met. */
const broken = () => CLEAN().replace("光电转换效率≥20%", "光电转换效率≥19%");

describe("baseline", () => {
  it("round trip: write, then known findings pass and only a new one fails", async () => {
    const dir = makeRepo({ "guide.config.yaml": BASIC, "drafts/s.md": SHORT(), "drafts/c.md": CLEAN() });
    expect((await check(dir)).code).toBe(1);

    const w = await check(dir, "--write-baseline");
    expect(w.code).toBe(0);
    expect(w.stderr).toContain(".guide-baseline.json");
    expect(rows(w.stdout)).toEqual([]);
    const file = join(dir, ".guide-baseline.json");
    const baseline = JSON.parse(readFileSync(file, "utf8"));
    expect(baseline.schemaVersion).toBe(1);
    expect(baseline.findings).toEqual([
      expect.objectContaining({ file: "drafts/s.md", ruleId: "kpi-threshold-not-met", directionId: "1.2", kpi: "小面积黄铜矿/晶硅两端叠层电池效率", count: 1 }),
    ]);
    expect(Object.keys(baseline.findings[0])).not.toContain("line");

    const known = await check(dir);
    expect(known.code).toBe(0);
    expect(rows(known.stdout)).toEqual([]);

    // lines added above the known finding do not make it new
    writeFileSync(join(dir, "drafts/s.md"), "# 草稿 v2\n\n补充说明。\n\n" + SHORT());
    expect((await check(dir)).code).toBe(0);

    // a new finding fails, the known one stays accepted
    writeFileSync(join(dir, "drafts/c.md"), broken());
    const fresh = await check(dir);
    expect(fresh.code).toBe(1);
    expect(rows(fresh.stdout).map(([p, id]) => [p, id])).toEqual([["drafts/c.md", "kpi-threshold-not-met"]]);

    // --no-baseline reports both
    const all = await check(dir, "--no-baseline");
    expect(rows(all.stdout).map(([p]) => p)).toEqual(["drafts/c.md", "drafts/s.md"]);
  });

  it("keys are relative to the repository, so a check from a subfolder uses the same baseline", async () => {
    const dir = makeRepo({ "guide.config.yaml": BASIC, "drafts/s.md": SHORT() });
    await check(dir, "--write-baseline");
    const r = await check(join(dir, "drafts"));
    expect(r.code).toBe(0);
    const named = await check(join(dir, "drafts"), "s.md");
    expect(named.code).toBe(0);
  });

  it("a changed finding (another value committed) is new", async () => {
    const dir = makeRepo({ "guide.config.yaml": BASIC, "drafts/s.md": SHORT() });
    await check(dir, "--write-baseline");
    writeFileSync(join(dir, "drafts/s.md"), SHORT().replace("不低于27.7%", "不低于27.5%"));
    expect((await check(dir)).code).toBe(1);
  });

  it("--write-baseline FILE, and the config's baseline path", async () => {
    const dir = makeRepo({ "guide.config.yaml": BASIC + "baseline: ci/accepted.json\n", "drafts/s.md": SHORT(), "ci/.keep": "" });
    await check(dir, "--write-baseline");
    expect(existsSync(join(dir, "ci/accepted.json"))).toBe(true);
    expect(existsSync(join(dir, ".guide-baseline.json"))).toBe(false);
    expect((await check(dir)).code).toBe(0);
    await check(dir, "--write-baseline", "other.json");
    expect(JSON.parse(readFileSync(join(dir, "other.json"), "utf8")).findings).toHaveLength(1);
  });

  it("fatal findings are never accepted; a malformed baseline is exit 2", async () => {
    const dir = makeRepo({ "guide.config.yaml": BASIC, "drafts/empty.md": "", "drafts/s.md": SHORT() });
    const w = await check(dir, "--write-baseline");
    expect(w.code).toBe(2);
    const b = JSON.parse(readFileSync(join(dir, ".guide-baseline.json"), "utf8"));
    expect(b.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["kpi-threshold-not-met"]);
    writeFileSync(join(dir, ".guide-baseline.json"), "{ not json");
    const bad = await check(dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(".guide-baseline.json");
  });

  it("works without a config: next to the working directory", async () => {
    const dir = makeRepo({ "s.md": SHORT() });
    await check(dir, "s.md", "--guide", "guides/001.yaml", "--write-baseline");
    expect(existsSync(join(dir, ".guide-baseline.json"))).toBe(true);
    expect((await check(dir, "s.md", "--guide", "guides/001.yaml")).code).toBe(0);
  });
});
