import rule from "../../src/check/rules/content-not-covered.js";
import { direction, facts, guide, ruleTester } from "./tester.js";

const g = guide({ directions: [direction({ id: "1", title: "国产芯片适配及算电融合关键技术研究与示范应用", span: { startLine: 12, endLine: 30 } })] });
const d1 = (lines: string[]) => facts({ direction: { value: { id: "1", title: null }, line: 2, source: "text", text: "" }, lines });

ruleTester(rule, {
  valid: [
    { name: "both items mentioned", guide: g, facts: d1(["本项目研究国产芯片的适配技术", "实现算电融合调度"]) },
    {
      name: "keywords when the direction has them",
      guide: guide({ directions: [direction({ id: "1", keywords: ["钙钛矿", "储能"] })] }),
      facts: d1(["柔性钙钛矿电池与储能器件"]),
    },
  ],
  invalid: [
    {
      guide: g,
      facts: d1(["本项目研究国产芯片的适配技术"]),
      errors: [{ messageId: "notCovered", data: { item: "算电融合" }, line: 2 }],
    },
    {
      name: "field-missing",
      guide: g,
      facts: d1([]),
      errors: [{ ruleId: "field-missing", messageId: "missing", data: { fact: "lines" }, line: 2 }],
    },
  ],
});
