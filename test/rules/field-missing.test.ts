import { describe, expect, it } from "vitest";
import { checkDraft, RULES } from "../../src/check/index.js";
import rule from "../../src/check/rules/field-missing.js";
import { constraint, direction, facts, guide, kpi, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [{ name: "on its own it reports nothing", facts: facts() }],
  invalid: [],
});

describe("field-missing through the runner", () => {
  const g = guide({
    rules: [constraint("funding_cap", 5_000_000), constraint("gov_share_max", 0.5), constraint("participants_max", 10)],
    directions: [direction({ kpis: [kpi("光电转换效率", ">=", 20, "%")] })],
  });
  it("one finding per missing fact, naming every rule that needed it", () => {
    const { findings } = checkDraft(g, facts());
    const fm = findings.filter((f) => f.ruleId === "field-missing");
    const byFact = Object.fromEntries(fm.map((f) => [f.data.fact, f.data.rules]));
    expect(byFact["budget.government"]).toBe("funding-over-cap, gov-share-too-high");
    expect(byFact["kpis"]).toBe("kpi-missing, kpi-threshold-not-met, kpi-unit-incompatible");
    expect(byFact["participantCount|leadUnit"]).toBe("participants-too-many");
    expect(new Set(fm.map((f) => f.data.fact)).size).toBe(fm.length);
    expect(fm.every((f) => f.location.line === 2 && f.messageId === "missing")).toBe(true);
    // the rules that lacked facts did not pass silently, nor run
    expect(findings.filter((f) => f.ruleId === "funding-over-cap")).toEqual([]);
  });
  it("renders the fact's name in the language asked", () => {
    const zh = checkDraft(g, facts(), { rules: [RULES["funding-over-cap"], rule] }).findings[0];
    const en = checkDraft(g, facts(), { rules: [RULES["funding-over-cap"], rule], lang: "en" }).findings[0];
    expect(zh.message).toContain("申请财政");
    expect(en.message).toContain("requested government funding");
    expect(zh.data).toEqual(en.data);
  });
  it("off: no field-missing findings", () => {
    const { findings } = checkDraft(g, facts(), { severity: { "field-missing": "off" } });
    expect(findings.filter((f) => f.ruleId === "field-missing")).toEqual([]);
  });
});
