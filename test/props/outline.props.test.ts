// Property of the outline reader (issue 9): whatever the outline — headings of any numbering style nested in
// any order, numbering that restarts or repeats, area headings lost, labels and KPI items at any depth —
// direction ids are unique, area ids are unique, and every direction's and area's parent is one area.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGuide } from "../../src/parse.js";
import { budget, params } from "./runs.js";
import { directionNotice, noticeText } from "./notice-gen.js";

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const STYLES: ((n: number) => string)[] = [
  (n) => `${CN[(n - 1) % 10]}、`,
  (n) => `（${CN[(n - 1) % 10]}）`,
  (n) => `${n}．`,
  (n) => `（${n}）`,
  (n) => `专题${CN[(n - 1) % 10]}：`,
  (n) => `方向${n}：`,
  (n) => `任务${CN[(n - 1) % 10]}　`,
  (n) => `1.${n} `,
  (n) => `${1000 + n} `,
  (n) => `【榜单${n}】`,
  () => "### ",
];
const TITLES = ["智能传感器", "申报要求", "高效储能材料", "需求背景", "研究内容", "组织实施", "海洋装备", "新型显示", "支持方式与强度"];
const BODIES = [
  "研究内容：研究关键技术。",
  "考核指标：",
  "1．效率不低于20%；",
  "2．申请发明专利不少于3件。",
  "资助额度：不超过300万元。",
  "项目完成时，主要技术指标：精度优于0.1mm。",
  "申报单位须在本省注册。",
  "序号 | 项目名称 | 考核指标 | 支持经费（万元）",
  "1 | 高端轴承 | 寿命不低于1万小时 | 300",
];

/** A heading line: a style, a number (restarts and repeats included) and a title; or a body line. */
const line = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.nat(STYLES.length - 1), fc.integer({ min: 1, max: 4 }), fc.constantFrom(...TITLES)).map(([s, n, t]) => STYLES[s](n) + t) },
  { weight: 2, arbitrary: fc.constantFrom(...BODIES) },
);
const outline = fc.array(line, { minLength: 1, maxLength: 40 }).map((ls) => ls.join("\n") + "\n");
const notice = fc.oneof({ weight: 3, arbitrary: outline }, { weight: 1, arbitrary: directionNotice }, { weight: 1, arbitrary: noticeText });
const encoder = new TextEncoder();

describe("outline ids", () => {
  it(
    "are unique, and every parent is exactly one area",
    async () => {
      await fc.assert(
        fc.asyncProperty(notice, fc.constantFrom("notice.txt", "notice.md"), async (text, path) => {
          let g;
          try {
            g = await parseGuide(encoder.encode(text), { path });
          } catch {
            return; // empty or binary input: refused with a message, covered elsewhere
          }
          const ids = g.directions.map((d) => d.id);
          expect(new Set(ids).size).toBe(ids.length);
          const areaIds = g.areas.map((a) => a.id);
          expect(new Set(areaIds).size).toBe(areaIds.length);
          for (const d of g.directions) if (d.parentId !== null) expect(areaIds).toContain(d.parentId);
          for (const a of g.areas) if (a.parentId !== null) expect(areaIds).toContain(a.parentId);
        }),
        params(),
      );
    },
    budget(20),
  );
});
