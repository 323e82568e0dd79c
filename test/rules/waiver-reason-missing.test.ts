import { describe, expect, it } from "vitest";
import rule from "../../src/check/rules/waiver-reason-missing.js";
import type { Finding } from "../../src/model/check.js";
import { applyWaivers } from "../../src/waivers/apply.js";
import { parseDirectives } from "../../src/waivers/inline.js";

const finding = (ruleId: string, line: number): Finding => ({
  ruleId, severity: "error", message: ruleId, directionId: "1.1", location: { path: "d.md", line }, messageId: "m", data: {}, url: "",
});
const run = (text: string, config: Parameters<typeof applyWaivers>[0]["config"] = []) =>
  applyWaivers({
    path: "d.md", directionId: "1.1", findings: [finding("kpi-missing", 3)], directives: parseDirectives(text), config,
    configPath: "guide.config.yaml", severity: {}, lang: "zh", reportUnused: false,
  });

describe("waiver-reason-missing", () => {
  it("is a warning by default, reported by src/waivers (the rule's check reports nothing)", () => {
    expect(rule.meta.defaultSeverity).toBe("warning");
  });
  it("valid: a waiver with a reason", () => {
    const r = run("a\n<!-- guide-disable-next-line kpi-missing -- 已与主管部门确认 -->\nb\n");
    expect(r.findings).toEqual([]);
    expect(r.suppressed.map((f) => f.ruleId)).toEqual(["kpi-missing"]);
  });
  it("invalid: an inline waiver without a reason still applies, and is reported at its line and column", () => {
    const r = run("a\n  <!-- guide-disable-next-line kpi-missing -->\nb\n");
    expect(r.suppressed).toHaveLength(1);
    expect(r.findings.map((f) => [f.ruleId, f.messageId, f.location.line, f.location.column, f.severity])).toEqual([
      ["waiver-reason-missing", "inline", 2, 3, "warning"],
    ]);
    expect(r.findings[0].data).toEqual({ directive: "guide-disable-next-line", rules: "kpi-missing" });
  });
  it("invalid: a config waiver without a reason points at the config", () => {
    const r = run("", [{ rule: "kpi-missing", reason: null, index: 0, line: 7 }]);
    expect(r.findings.map((f) => [f.ruleId, f.messageId, f.location.path, f.location.line])).toEqual([
      ["waiver-reason-missing", "config", "guide.config.yaml", 7],
    ]);
  });
});
