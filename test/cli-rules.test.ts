// `guide rules` (issue 13): every rule listed in the CLI's language, each rule's doc with a failing and a
// passing example, did-you-mean for an unknown id, the docs in the package, and the README's rule table.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRuleDoc, ruleDocExamples } from "../src/check/docs.js";
import { RULE_LIST } from "../src/check/rules/index.js";
import { ROOT, runCli } from "./helpers.js";

const IDS = RULE_LIST.map((r) => r.meta.id);

describe("guide rules", () => {
  it("lists every rule with its default severity and description, in Chinese by default and in English with --lang en", async () => {
    const zh = await runCli(["rules"]);
    expect(zh.code).toBe(0);
    const zhLines = zh.stdout.trimEnd().split("\n");
    expect(zhLines.map((l) => l.split(/\s+/)[0])).toEqual(IDS);
    const label = { error: "错误", warning: "警告", info: "提示" } as const;
    RULE_LIST.forEach((r, i) => {
      expect(zhLines[i].split(/\s+/)[1]).toBe(label[r.meta.defaultSeverity]);
      expect(zhLines[i].endsWith(r.meta.description.zh)).toBe(true);
    });
    const en = await runCli(["rules", "--lang", "en"]);
    const enLines = en.stdout.trimEnd().split("\n");
    RULE_LIST.forEach((r, i) => expect(enLines[i]).toMatch(new RegExp(`^${r.meta.id}\\s+${r.meta.defaultSeverity}\\s+`)));
    RULE_LIST.forEach((r, i) => expect(enLines[i].endsWith(r.meta.description.en)).toBe(true));
  });

  // test/rule-examples.test.ts runs these examples through guide check
  it.each(IDS)("%s: its doc has a failing and a passing example, a notice and a draft each, and guide rules ID prints them", async (id) => {
    const doc = readRuleDoc(id);
    expect(doc).not.toBeNull();
    const { fails, passes } = ruleDocExamples(doc!);
    const parts = [fails?.notice, fails?.draft, passes?.notice, passes?.draft];
    for (const part of parts) expect(part?.trim()).toBeTruthy();
    const r = await runCli(["rules", id, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toContain(id);
    for (const part of parts) expect(r.stdout).toContain(part);
  });

  it("an unknown id is exit 2 naming the nearest rule, or none when nothing is close", async () => {
    const typo = await runCli(["rules", "kpi-mising", "--lang", "en"]);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe("");
    expect(typo.stderr).toContain("did you mean kpi-missing?");
    const part = await runCli(["rules", "threshold"]);
    expect(part.code).toBe(2);
    expect(part.stderr).toContain("您是不是要找 kpi-threshold-not-met");
    const far = await runCli(["rules", "zzzzzzzz", "--lang", "en"]);
    expect(far.code).toBe(2);
    expect(far.stderr).toContain("unknown rule zzzzzzzz");
    expect(far.stderr).not.toContain("did you mean");
  });

  it("the docs are found from the CLI bundle and ship in the package", () => {
    // bin/guide.js runs dist/bundle/ (npm test builds first)
    const out = execFileSync(process.execPath, [join(ROOT, "bin/guide.js"), "rules", "kpi-missing"], { cwd: ROOT, encoding: "utf8" });
    expect(out).toContain(ruleDocExamples(readRuleDoc("kpi-missing")!).passes!.draft);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const [pack] = JSON.parse(execFileSync(npm, ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" })) as [{ files: { path: string }[] }];
    const packed = new Set(pack.files.map((f) => f.path));
    for (const id of IDS) expect(packed, id).toContain(`src/check/rules/${id}.md`);
  });

  it("README lists every rule with its default severity", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Rules: `guide rules [ID]`"));
    const table = section.slice(0, section.indexOf("\n### "));
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(RULE_LIST.map((r) => [r.meta.id, r.meta.defaultSeverity]));
  });
});
