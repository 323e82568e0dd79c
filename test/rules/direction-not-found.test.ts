import { describe, expect, it } from "vitest";
import { checkDraft, normalizeDirectionId, resolveDirection } from "../../src/check/index.js";
import rule from "../../src/check/rules/direction-not-found.js";
import { direction, fact, facts, guide, ruleTester } from "./tester.js";

const g = guide({
  directions: [
    direction({ id: "1.1", title: "柔性钙钛矿太阳能电池耦合薄膜锌离子储能电池的光电储一体化器件合作研发" }),
    direction({ id: "1.2", title: "宽带隙黄铜矿/晶硅叠层电池关键技术合作研发" }),
    direction({ id: "3001", title: "森林防火多模态大模型与智能预警处置平台研发" }),
    direction({ id: "3002", title: "森林防火多模态大模型与智能预警处置平台研制" }),
  ],
});
const named = (id: string | null, title: string | null) => fact({ id, title }, 3);

ruleTester(rule, {
  valid: [
    { name: "id", guide: g, facts: facts({ direction: named("1.2", null) }) },
    { name: "title only", guide: g, facts: facts({ direction: named(null, "宽带隙黄铜矿晶硅叠层电池关键技术") }) },
    { name: "--direction wins", guide: g, facts: facts({ direction: named("9.9", null) }), options: { direction: "3001" } },
    { name: "a one-direction guide", guide: guide(), facts: facts({ direction: null }) },
  ],
  invalid: [
    {
      name: "unknown id, no title",
      guide: g,
      facts: facts({ direction: named("1.9", null) }),
      errors: [{ messageId: "notFound", data: { found: "1.9", candidates: "1.1 柔性钙钛矿太阳能电池耦合薄膜锌离子储能电池的光电储一体化器件合作研发；1.2 宽带隙黄铜矿/晶硅叠层电池关键技术合作研发" }, line: 3 }],
    },
    {
      name: "ambiguous title",
      guide: g,
      facts: facts({ direction: named(null, "森林防火多模态大模型与智能预警处置平台") }),
      errors: [{ messageId: "ambiguous", line: 3 }],
    },
    {
      name: "absent",
      guide: g,
      facts: facts({ direction: null }),
      errors: [{ messageId: "absent", line: 1 }],
    },
    {
      name: "unknown --direction",
      guide: g,
      facts: facts(),
      options: { direction: "7" },
      errors: [{ messageId: "notFound", data: { found: "7" }, line: 2 }],
    },
  ],
});

describe("direction ids and titles", () => {
  it.each([
    ["（一）", "1"], ["二", "2"], ["1.1", "1.1"], ["3001", "3001"], ["方向1", "1"], ["任务一", "1"],
    ["专题一（二）", "1.2"], ["1-1", "1.1"], ["１．２", "1.2"], ["②", "2"],
  ])("%s → %s", (raw, id) => expect(normalizeDirectionId(raw)).toBe(id));

  it("a title gives the direction with a confidence", () => {
    const r = resolveDirection(g, facts({ direction: named(null, "宽带隙黄铜矿/晶硅叠层电池关键技术合作研发") }));
    expect(r.direction?.id).toBe("1.2");
    expect(r.direction && r.match).toMatchObject({ by: "title", confidence: 1 });
  });

  it("the project title, when the draft names no direction", () => {
    const r = checkDraft(g, facts({ direction: null, projectTitle: fact("宽带隙黄铜矿/晶硅叠层电池关键技术合作研发", 1) }));
    expect(r.directionId).toBe("1.2");
    expect(r.directionMatch?.by).toBe("project-title");
  });

  it("direction-not-found comes alone", () => {
    const r = checkDraft(g, facts({ direction: named("8.8", null), budget: { government: null, selfFunded: null, total: null } }));
    expect(r.findings.map((f) => f.ruleId)).toEqual(["direction-not-found"]);
    expect(r.directionId).toBeNull();
  });
});

describe("an id several directions share", () => {
  const shared = guide({
    directions: [
      direction({ id: "3", title: "新能源与储能技术" }),
      direction({ id: "一.3", title: "射频/模拟芯片设计" }),
      direction({ id: "二.3", title: "智能机器人感知与控制" }),
    ],
  });
  it("gives way to a title that is plainly another direction's with that number", () => {
    const r = resolveDirection(shared, facts({ direction: named("3", "射频/模拟芯片设计") }));
    expect(r.direction?.id).toBe("一.3");
  });
  it("stands when the title fits it", () => {
    expect(resolveDirection(shared, facts({ direction: named("3", "新能源与储能技术") })).direction?.id).toBe("3");
  });
  it("stands when the title is loose", () => {
    expect(resolveDirection(shared, facts({ direction: named("3", "芯片") })).direction?.id).toBe("3");
  });
});
