// guide check on drafts written the ways applicants write them (issue 11): for each class of false or
// missed finding seen in other drafts, a notice and a draft of our own, in other words.
import { describe, expect, it } from "vitest";
import { parseGuide } from "../src/parse.js";
import { readDraft } from "../src/draft/index.js";
import { checkDraft } from "../src/check/index.js";
import type { GuideDocument } from "../src/model/guide.js";

const NOTICE = `某省科学技术厅关于组织申报2026年度重点研发计划项目的通知
一、申报要求
1．省财政资助经费不超过项目总预算的50%。
2．申报项目须有1个（或以上）国（境）外合作单位共同参与申报。
3．项目实施期限不超过3年。
二、项目指南
专题一：海洋装备
1.1 深海耐压舱体轻量化设计
研究内容：研究钛合金耐压舱体的轻量化设计。
考核指标：舱体耐压不低于60MPa；舱体质量不超过120kg；整体技术就绪等级 ≥ 4 级；申请发明专利不少于3件。
有关说明：省财政资助不超过500万元。
1.2 海底观测网接驳盒
研究内容：研制海底观测网接驳盒。
考核指标：接驳端口不少于8个；供电效率不低于90%（环境温度25℃条件下）。
有关说明：省财政资助不超过400万元。
`;

let guide: GuideDocument | null = null;
async function theGuide(): Promise<GuideDocument> {
  guide ??= await parseGuide(Buffer.from(NOTICE), { path: "notice.txt" });
  return guide;
}
async function check(draft: string, path = "draft.md") {
  const facts = await readDraft(Buffer.from(draft), { path });
  return checkDraft(await theGuide(), facts, { lang: "en" });
}
const errors = (r: { findings: { severity: string; ruleId: string }[] }) => r.findings.filter((f) => f.severity === "error").map((f) => f.ruleId);

const HEAD = `项目名称：深海耐压舱体轻量化设计与验证
申报方向：1.1 深海耐压舱体轻量化设计
执行期限：2026年1月至2028年12月
`;
const KPIS = `考核指标：
1．舱体耐压达到65MPa；
2．舱体质量110kg；
3．整体技术就绪等级达到5级；
4．申请发明专利4件。
`;

describe("units of the project", () => {
  it("a foreign partner whose country and type stand in brackets, with a remark after a dash", async () => {
    const r = await check(`${HEAD}牵头单位：东海船舶大学（高校）
合作单位：
1．滨海深蓝装备有限公司（企业）
2．北海海洋技术研究所（North Sea Marine Institute，科研院所，挪威）—— 国（境）外合作单位，已签订合作协议
${KPIS}经费预算：申请省财政经费400万元，自筹经费600万元，总预算1000万元。
`);
    expect(errors(r)).not.toContain("foreign-partner-missing");
  });
});

describe("budgets", () => {
  it("a breakdown of the same kind in brackets is part of the figure before it", async () => {
    const r = await check(`${HEAD}牵头单位：东海船舶大学（高校）
国（境）外合作单位：挪威海洋研究院（挪威，科研院所）
${KPIS}经费预算（单位：万元）
    申请省财政经费      450
    自筹经费            550    （其中甲公司自筹400，乙大学自筹150）
    总预算              1000
`, "draft.txt");
    expect(errors(r)).toEqual([]);
  });

  it("one row per unit adds up; the 合计 row sums each column", async () => {
    const r = await check(`${HEAD}牵头单位：东海船舶大学（高校）
国（境）外合作单位：挪威海洋研究院（挪威，科研院所）
${KPIS}
单位 | 省财政资助经费 | 自筹经费 | 合计
东海船舶大学 | 300 | 200 | 500
滨海深蓝装备有限公司 | 150 | 350 | 500
合计 | 450 | 550 | 1000

金额单位：万元
`);
    expect(errors(r)).toEqual([]);
  });
});

describe("KPIs", () => {
  it("an item wrapped before its unit keeps that unit, not the previous value's", async () => {
    const r = await check(`项目名称：海底观测网接驳盒研制
申报方向：1.2 海底观测网接驳盒
执行期限：2026年1月至2028年12月
牵头单位：东海船舶大学（高校）
国（境）外合作单位：挪威海洋研究院（挪威，科研院所）
考核指标：
1．供电效率达到92%，接驳端口不少于
10个；
经费预算：申请省财政经费300万元，自筹经费400万元，总预算700万元。
`, "draft.txt");
    expect(errors(r)).toEqual([]);
  });

  it("a KPI the draft speaks of without a value read is a warning, one it never mentions an error", async () => {
    const r = await check(`${HEAD}牵头单位：东海船舶大学（高校）
国（境）外合作单位：挪威海洋研究院（挪威，科研院所）
考核指标：
1．舱体耐压达到65MPa；
2．舱体质量显著减轻；
3．整体技术就绪等级达到5级。
经费预算：申请省财政经费400万元，自筹经费600万元，总预算1000万元。
`);
    const missing = r.findings.filter((f) => f.ruleId === "kpi-missing");
    expect(missing.find((f) => f.kpi?.metric.includes("质量"))?.severity).toBe("warning");
    expect(missing.find((f) => f.kpi?.metric.includes("专利"))?.severity).toBe("error");
  });

  it("a category column names what a metric is of", async () => {
    const r = await check(`${HEAD}牵头单位：东海船舶大学（高校）
国（境）外合作单位：挪威海洋研究院（挪威，科研院所）

二、考核指标
类别 | 指标名称 | 本项目指标
舱体 | 耐压 | 65MPa
舱体 | 质量 | 110kg
整体 | 技术就绪等级 | 5级
成果 | 申请发明专利 | 4件

经费预算：申请省财政经费400万元，自筹经费600万元，总预算1000万元。
`);
    expect(errors(r)).toEqual([]);
  });

  it("a test condition in brackets is the guide KPI's condition, not a KPI the draft must meet", async () => {
    const g = await theGuide();
    const kpis = g.directions.find((d) => d.id === "1.2")!.kpis;
    expect(kpis.map((k) => k.metric)).toEqual(["接驳端口", "供电效率"]);
    expect(kpis[1].condition).toBe("环境温度25℃条件下");
  });
});

describe("direction references", () => {
  it("a field quoted in a Markdown blockquote is read", async () => {
    const r = await check(`# 深海耐压舱体轻量化设计与验证

> 申报方向：1.1 深海耐压舱体轻量化设计
> 牵头单位：东海船舶大学（高校）

国（境）外合作单位：挪威海洋研究院（挪威，科研院所）
执行期限：2026年1月至2028年12月
${KPIS}经费预算：申请省财政经费400万元，自筹经费600万元，总预算1000万元。
`);
    expect(r.directionId).toBe("1.1");
  });

  it("an id the guide does not have is not traded for a loosely similar title", async () => {
    const r = await check(`项目名称：深远海养殖平台
申报方向：1.5 深海养殖装备轻量化设计
`);
    expect(r.directionId).toBeNull();
    expect(errors(r)).toEqual(["direction-not-found"]);
  });

  it("an id naming an area lets the title pick its direction", async () => {
    const r = await check(`项目名称：接驳盒
所属专题：1
申报方向名称：海底观测网接驳盒
`);
    expect(r.directionId).toBe("1.2");
  });
});

describe("when no direction resolves", () => {
  it("the document-wide rules still apply, with one warning that the direction could not be determined", async () => {
    const r = await check(`项目名称：海洋装备若干关键技术
牵头单位：东海船舶大学（高校）
国（境）外合作单位：挪威海洋研究院（挪威，科研院所）
经费预算：申请省财政经费800万元，自筹经费200万元，总预算1000万元。
执行期限：2026年1月至2028年12月
`);
    expect(r.directionId).toBeNull();
    const dir = r.findings.find((f) => f.ruleId === "direction-not-found")!;
    expect(dir.severity).toBe("warning");
    expect(errors(r)).toEqual(["gov-share-too-high"]);
  });
});

describe("units listed the other ways", () => {
  it("a 承担单位 heading over every unit, the lead marked 牵头", async () => {
    const r = await check(`${HEAD}
## 二、承担单位

1. 东海船舶大学（高校，中国）——牵头，总体设计
2. 滨海深蓝装备有限公司（企业，中国）——样机制造
3. 卑尔根海洋工程研究所（Bergen Ocean Institute，科研院所，挪威）——国（境）外合作单位，水池试验

${KPIS}经费预算：申请省财政经费400万元，自筹经费600万元，总预算1000万元。
`);
    expect(errors(r)).toEqual([]);
  });

  it("units after a role with its count (国（境）外合作单位1家：…)", async () => {
    const r = await check(`${HEAD}牵头单位：东海船舶大学（高校）
国内单位2家：东海船舶大学（高校，牵头）；滨海深蓝装备有限公司（企业）。
国（境）外合作单位1家：卑尔根海洋工程研究所（Bergen Ocean Institute，科研院所，挪威），负责水池试验。
${KPIS}经费预算：申请省财政经费400万元，自筹经费600万元，总预算1000万元。
`, "draft.txt");
    expect(errors(r)).toEqual([]);
  });
});

describe("labels in 【】 and a unit's type after a dash", () => {
  it("【牵头单位】… and units written 名称 —— 类型", async () => {
    const r = await check(`【项目名称】深海耐压舱体轻量化设计与验证
【申报方向】1.1 深海耐压舱体轻量化设计
【牵头单位】东海船舶大学（高校）
【合作单位】
  (1) 滨海深蓝装备有限公司 —— 企业
  (2) 卑尔根海洋工程研究所 —— 科研院所，挪威
【执行期限】2026年1月至2028年12月
${KPIS}经费预算：申请省财政经费400万元，自筹经费600万元，总预算1000万元。
`, "draft.txt");
    expect(r.directionId).toBe("1.1");
    expect(errors(r)).toEqual([]);
  });
});

describe("findings a person can find", () => {
  it("carry the draft's own words at their place as an excerpt", async () => {
    const r = await check(`${HEAD}牵头单位：东海船舶大学（高校）
国（境）外合作单位：挪威海洋研究院（挪威，科研院所）
${KPIS}经费预算：申请省财政经费800万元，自筹经费200万元，总预算1000万元。
`);
    const f = r.findings.find((x) => x.ruleId === "gov-share-too-high")!;
    expect(f.severity).toBe("error");
    expect(f.excerpt).toBe("经费预算：申请省财政经费800万元，自筹经费200万元，总预算1000万元。");
  });
});

describe("KPI sets a project chooses from", () => {
  const notice = `关于申报2026年度碳中和专项的通知
一、项目指南
1.1 二氧化碳吸收剂再生技术
研究内容：研究吸收剂再生机理。
考核指标（项目根据研究方向选择其中 1 套考核指标）：
（1）再生热耗≤2.0GJ/tCO2，烟气量≥500Nm3/h。
（2）外场能量利用效率不低于60%，烟气量≥100Nm3/h。
1.2 吸附材料
研究内容：研究吸附材料。
考核指标：吸附量≥3mmol/g。
`;
  it("each KPI carries its set where the notice offers a choice, and only the chosen set is owed", async () => {
    const g = await parseGuide(Buffer.from(notice), { path: "notice.txt" });
    const d = g.directions.find((x) => x.id === "1.1")!;
    expect(d.kpis.map((k) => k.option)).toEqual(["(1)", "(1)", "(2)", "(2)"]);
    expect(g.directions.find((x) => x.id === "1.2")!.kpis.every((k) => k.option === undefined)).toBe(true);
    const facts = await readDraft(Buffer.from("申报方向：1.1 二氧化碳吸收剂再生技术\n考核指标：\n1．再生热耗1.9GJ/tCO2；\n2．烟气量600Nm3/h。\n"), { path: "d.txt" });
    const r = checkDraft(g, facts, { lang: "en" });
    expect(r.findings.filter((f) => f.ruleId.startsWith("kpi-"))).toEqual([]);
  });
});

describe("places a person finds in a Word draft", () => {
  it("a finding in a DOCX table names its table, row and cell; one in a paragraph its paragraph", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { ROOT } = await import("./helpers.js");
    const path = join(ROOT, "fixtures/check-own2/cases/10-budget-000-一.2.docx");
    const facts = await readDraft(readFileSync(path), { path });
    // 合计 | 500 | 660 | 1,210 is row 6 of the fourth table; the 1,210 stands in its fourth cell
    expect(facts.budget.total).toMatchObject({ table: 4, row: 6, cell: 4 });
    // 申报方向 | 2.Chiplet… is row 3 of the first table, its value in the second cell
    expect(facts.direction).toMatchObject({ table: 1, row: 3, cell: 2 });
    // 项目总预算1210万元。 is the eighth paragraph with text (headings count, table cells do not)
    const { ingest } = await import("../src/ingest/index.js");
    const read = await ingest(readFileSync(path), path, {});
    const line = read.text.split("\n").findIndex((l) => l.startsWith("项目总预算"));
    expect(read.wordPlaces?.[line]).toEqual({ paragraph: 8 });
  });
});

describe("struck-out text is what a draft no longer says", () => {
  // Class from fixtures/check-own20 08 (a comparison page: <del>old</del><ins>new</ins> in HTML); a second example in
  // other words: a Markdown draft edited with GFM ~~strikethrough~~, and an HTML draft styled line-through
  it("old figures struck out in Markdown are not read", async () => {
    const r = await check(`${HEAD.replace("2028年12月", "~~2029年12月~~ 2028年12月")}
| 考核指标 | 目标值 |
|---|---|
| 舱体耐压 | ~~55MPa~~ 62MPa |
| 舱体质量 | ~~130kg~~ 118kg |
| 技术就绪等级 | 5级 |
| 发明专利 | 3件 |
国外合作单位：Hartwell Ocean Systems Ltd.（英国）
省财政资助：~~520万元~~ 480万元，自筹经费500万元，总预算980万元。
`);
    expect(errors(r)).toEqual([]);
  });

  it("and in HTML, struck by <s> or by a line-through style", async () => {
    const r = await check(
      `<html><body><p>项目名称：深海耐压舱体轻量化设计与验证</p><p>申报方向：1.1 深海耐压舱体轻量化设计</p>
<p>执行期限：2026年1月至<s>2029年12月</s>2028年12月</p>
<table><tr><td>舱体耐压</td><td><span style="text-decoration: line-through">55MPa</span> 62MPa</td></tr>
<tr><td>舱体质量</td><td>118kg</td></tr><tr><td>技术就绪等级</td><td>5级</td></tr><tr><td>发明专利</td><td>3件</td></tr></table>
<p>国外合作单位：Hartwell Ocean Systems Ltd.（英国）</p><p>省财政资助480万元，自筹经费500万元，总预算980万元。</p></body></html>`,
      "draft.html",
    );
    expect(errors(r)).toEqual([]);
  });
});

describe("labels written in two languages", () => {
  // Class from check-own20 01 (English / 中文 labels in a form table and in a unit table's header, the direction label
  // **Guide Direction / 指南方向**); a second example in other words, the Chinese first and the English after it
  it("the Chinese label is read whichever side of the slash it stands", async () => {
    const r = await check(`项目名称 / Project Title：深海耐压舱体轻量化设计与验证
申报方向 / Guide Direction：1.1 深海耐压舱体轻量化设计
执行期限 / Duration：2026年1月至2028年12月

| 单位名称 / Institution | 国别 / Country | 角色 / Role |
|---|---|---|
| 海州船舶研究所 | 中国 | 牵头 |
| Brightwater Subsea Engineering Ltd. | 英国 | 国外合作单位 |

| 考核指标 / Indicator | 目标值 / Target |
|---|---|
| 舱体耐压 | 62MPa |
| 舱体质量 | 118kg |
| 技术就绪等级 | 5级 |
| 发明专利 | 3件 |
省财政资助 / Provincial funding：480万元；自筹 / Self-raised：500万元；总预算 / Total：980万元。
`);
    expect(errors(r)).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).not.toContain("direction-not-found");
  });
});

describe("a committed value restated in brackets in another unit", () => {
  // Class from check-own20 10 (支持130亿参数（13B）大模型推理 against 超过7B: the count in 亿 incompatible with B, the
  // bracket in the guide's unit); a second example in other words: a depth rating with its pressure in brackets
  it("the bracket in the guide's unit answers the KPI", async () => {
    const r = await check(`${HEAD}
| 考核指标 | 目标值 |
|---|---|
| 舱体耐压 | 满足6000米水深（60MPa） |
| 舱体质量 | 118kg |
| 技术就绪等级 | 5级 |
| 发明专利 | 3件 |
国外合作单位：Hartwell Ocean Systems Ltd.（英国）
省财政资助480万元，自筹经费500万元，总预算980万元。
`);
    expect(errors(r)).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).not.toContain("kpi-unit-incompatible");
  });
});
