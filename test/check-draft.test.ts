import { describe, expect, it } from "vitest";
import { checkDraft, effectiveConstraints, RULES } from "../src/check/index.js";
import { defineRule } from "../src/check/rule.js";
import { Finding } from "../src/model/check.js";
import { parseNotice } from "./helpers.js";
import { committed, constraint, fact, facts, guide, money, unit } from "./rules/tester.js";

describe("checkDraft", () => {
  it("never throws: a crashing rule becomes one fatal finding and the others still run", () => {
    const boom = defineRule({
      meta: {
        id: "boom-rule", category: "input", defaultSeverity: "warning",
        description: { zh: "测试", en: "test" }, requires: { guide: [], draft: [] }, messages: {},
      },
      check() {
        throw new Error("kaput");
      },
    });
    const g = guide({ dir: { fundingCap: money("100万元") } });
    const r = checkDraft(g, facts({ budget: { government: fact(money("200万元"), 9), selfFunded: null, total: null } }), {
      rules: [boom, RULES["funding-over-cap"]],
    });
    expect(r.findings.map((f) => [f.ruleId, f.fatal ?? false])).toEqual([
      ["boom-rule", true],
      ["funding-over-cap", false],
    ]);
  });

  it("findings are sorted by line, column, rule id and validate against the Finding schema", () => {
    const g = guide({
      rules: [constraint("participants_max", 1, 3), constraint("duration_max_years", 2, 4)],
      dir: { fundingCap: money("100万元") },
    });
    const r = checkDraft(
      g,
      facts({
        lines: ["柔性钙钛矿太阳能电池"],
        leadUnit: fact(unit("南京大学"), 10),
        participants: [fact(unit("东南大学"), 11)],
        period: fact({ start: "2025-01", end: "2027-12", months: null }, 8),
        budget: { government: fact(money("200万元"), 9), selfFunded: null, total: null },
      }),
    );
    expect(r.findings.map((f) => [f.location.line, f.ruleId])).toEqual([
      [8, "duration-too-long"],
      [9, "funding-over-cap"],
      [11, "participants-too-many"],
    ]);
    for (const f of r.findings) expect(() => Finding.parse(f)).not.toThrow();
    expect(r.findings[0].related).toEqual([{ path: "guide.txt", line: 4, note: "duration_max_years 2" }]);
  });

  it("english messages and severity overrides", () => {
    const g = guide({ dir: { fundingCap: money("100万元") } });
    const f = facts({ budget: { government: fact(money("200万元"), 9), selfFunded: null, total: null } });
    const en = checkDraft(g, f, { lang: "en", severity: { "funding-over-cap": "warning" } }).findings.find((x) => x.ruleId === "funding-over-cap")!;
    expect(en.severity).toBe("warning");
    expect(en.message).toBe("Requested government funding 200万元 exceeds the guide's cap of 100万元");
    expect(checkDraft(g, f, { severity: { "funding-over-cap": "off" } }).findings.some((x) => x.ruleId === "funding-over-cap")).toBe(false);
  });

  it("direction values override document rules of the same kind", () => {
    const g = guide({ rules: [constraint("duration_max_years", 3, 4), constraint("participants_max", 10, 5)], dir: { durationMaxYears: 4 } });
    const cs = effectiveConstraints(g, g.directions[0]);
    expect(cs.filter((c) => c.kind === "duration_max_years").map((c) => c.value)).toEqual([4]);
    expect(cs.filter((c) => c.kind === "participants_max").map((c) => c.value)).toEqual([10]);
  });
});

describe("on parsed seeds", () => {
  it("002 direction 1001: document rules and the direction's cap and duration", async () => {
    const g = await parseNotice("002-jiangsu-major-projects");
    const d = g.directions.find((x) => x.id === "1001")!;
    const cs = effectiveConstraints(g, d);
    expect(cs.find((c) => c.kind === "duration_max_years")?.value).toBe(3);
    expect(cs.find((c) => c.kind === "funding_cap")?.value).toBe(20_000_000);
    expect(cs.filter((c) => c.kind === "ip_required").length).toBe(1);
    const kpis = d.kpis.map((k, i) => committed(k.metric, k.op === "range" ? "range" : k.op, k.value, k.unit, 100 + i, { max: k.max }));
    const r = checkDraft(
      g,
      facts({
        direction: fact({ id: "1001", title: null }, 3),
        leadUnit: fact(unit("苏州某某半导体有限公司", "enterprise"), 5),
        participants: [fact(unit("南京大学", "university"), 6)],
        pi: fact({ name: "张三", birthDate: "1980-01", title: "研究员", employedByLead: true }, 7),
        period: fact({ start: "2025-01", end: "2027-12", months: null }, 8),
        budget: { government: fact(money("600万元"), 9), selfFunded: fact(money("1400万元"), 10), total: fact(money("2000万元"), 11) },
        kpis,
        lines: [d.title],
      }),
    );
    expect(r.directionId).toBe("1001");
    expect(r.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId} ${f.kpi?.metric ?? ""}`)).toEqual([]);
  });

  it("003 direction 1: the cap, an unmet KPI, a missing KPI, by id", async () => {
    const g = await parseNotice("003-sichuan-ai-jiebang");
    const d = g.directions.find((x) => x.id === "1")!;
    const kpis = d.kpis.map((k, i) => committed(k.metric, k.op === "range" ? "range" : k.op, k.value, k.unit, 100 + i, { max: k.max }));
    const util = kpis.findIndex((k) => k.value.metric.includes("算力利用率"));
    kpis[util] = committed(kpis[util].value.metric, ">=", 50, "%", 100 + util);
    const dropped = kpis.findIndex((k) => k.value.metric === "跨机房带宽");
    const kept = kpis.filter((_, i) => i !== dropped);
    const r = checkDraft(
      g,
      facts({
        direction: fact({ id: "一", title: null }, 3),
        period: fact({ start: null, end: null, months: 48 }, 8),
        budget: { government: fact(money("2500万元"), 9), selfFunded: null, total: null },
        kpis: kept,
        lines: [d.title],
      }),
    );
    const got = r.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId}:${f.kpi?.metric ?? f.location.line}`);
    expect(got).toContain("funding-over-cap:9");
    expect(got).toContain("duration-too-long:8");
    expect(got).toContain("kpi-threshold-not-met:国产芯片上大模型训练的算力利用率");
    expect(got).toContain("kpi-missing:跨机房带宽");
    expect(got.length).toBe(4);
  });
});
