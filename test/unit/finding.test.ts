import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeFinding } from "../../src/model/finding.js";
import { ROOT } from "../helpers.js";

describe("makeFinding: the one way a finding is made", () => {
  it("orders the fields and leaves absent parts out", () => {
    const f = makeFinding({
      url: "u",
      data: {},
      messageId: "m",
      location: { path: "d.md", line: 2 },
      directionId: "1.1",
      message: "x",
      severity: "warning",
      ruleId: "kpi-missing",
      kpi: undefined,
      excerpt: "效率 21%",
    });
    expect(Object.keys(f)).toEqual(["ruleId", "severity", "message", "directionId", "location", "excerpt", "messageId", "data", "url"]);
  });

  it("no module outside it writes a finding's url by hand", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const n of readdirSync(dir)) {
        const p = join(dir, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith(".ts")) files.push(p);
      }
    };
    walk(join(ROOT, "src"));
    // a finding literal: an object with messageId and url that is not an argument of makeFinding
    const byHand = files.filter((p) => {
      const s = readFileSync(p, "utf8");
      return [...s.matchAll(/\{\s*\n\s*ruleId:[^}]*?\burl\b/gs)].some((m) => !/makeFinding\(\s*$/.test(s.slice(Math.max(0, m.index - 20), m.index)));
    });
    expect(byHand.map((p) => p.slice(ROOT.length + 1))).toEqual([]);
  });
});

describe("rules declare who reports them", () => {
  it("a rule checks something or names who reports it, never neither or both", async () => {
    const { defineRule } = await import("../../src/check/rule.js");
    const { RULE_LIST } = await import("../../src/check/rules/index.js");
    for (const r of RULE_LIST) expect((r.check === undefined) !== (r.meta.reportedBy === undefined)).toBe(true);
    const meta = { id: "x", category: "input" as const, defaultSeverity: "error" as const, description: { zh: "", en: "" }, requires: { guide: [], draft: [] }, messages: {} };
    expect(() => defineRule({ meta })).toThrow(/neither/);
    expect(() => defineRule({ meta: { ...meta, reportedBy: "runner" }, check() {} })).toThrow(/both/);
  });
});
