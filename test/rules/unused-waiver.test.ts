import { describe, expect, it } from "vitest";
import rule from "../../src/check/rules/unused-waiver.js";
import type { Finding } from "../../src/model/check.js";
import { applyWaivers, unusedConfigWaivers } from "../../src/waivers/apply.js";
import { parseDirectives } from "../../src/waivers/inline.js";

const finding = (ruleId: string, line: number): Finding => ({
  ruleId, severity: "error", message: ruleId, directionId: "1.1", location: { path: "d.md", line }, messageId: "m", data: {}, url: "",
});
const run = (text: string, reportUnused = true) =>
  applyWaivers({
    path: "d.md", directionId: "1.1", findings: [finding("kpi-missing", 3)], directives: parseDirectives(text), config: [],
    configPath: null, severity: {}, lang: "en", reportUnused,
  });

describe("unused-waiver", () => {
  it("is a warning by default", () => {
    expect(rule.meta.defaultSeverity).toBe("warning");
  });
  it("valid: a waiver that removed a finding", () => {
    expect(run("a\n<!-- guide-disable-next-line kpi-missing -- ok -->\nb\n").findings).toEqual([]);
  });
  it("invalid: one finding per rule id that matched nothing, at the comment", () => {
    const r = run("<!-- guide-disable kpi-missing, funding-over-cap -- ok -->\n");
    expect(r.findings.map((f) => [f.ruleId, f.messageId, f.data.rule, f.location.line])).toEqual([
      ["unused-waiver", "inline", "funding-over-cap", 1],
    ]);
  });
  it("only with reportUnused", () => {
    expect(run("<!-- guide-disable funding-over-cap -- ok -->\n", false).findings.map((f) => f.ruleId)).toEqual(["kpi-missing"]);
  });
  it("config waivers are judged over every draft: unused ones point at the config", () => {
    const w = [{ rule: "kpi-missing", reason: "x", index: 0, line: 4 }, { rule: "pi-ineligible", reason: "y", index: 1, line: 8 }];
    const f = unusedConfigWaivers(w, new Set([0]), "guide.config.yaml", {}, "zh");
    expect(f.map((x) => [x.ruleId, x.messageId, x.location.path, x.location.line, x.data.index])).toEqual([["unused-waiver", "config", "guide.config.yaml", 8, 1]]);
    expect(unusedConfigWaivers(w, new Set(), "c", { "unused-waiver": "off" }, "zh")).toEqual([]);
  });
});
