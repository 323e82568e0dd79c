import { describe, expect, it } from "vitest";
import { parseGuide } from "../src/index.js";

// A direction's own requirements under a label that is also a chapter title of notices (申报要求：, 申报条件：,
// 其他说明：) are the direction's rules; the chapter (三、申报要求) stays the document's, and the label's sentences
// are never KPIs.
const parse = async (text: string) => parseGuide(new TextEncoder().encode(text), { path: "notice.txt" });
const kinds = (cs: { kind: string }[] | undefined) => (cs ?? []).map((c) => c.kind).sort();

describe("requirement labels inside a direction", () => {
  it("申报要求： under a （一） direction, beside a 三、申报要求 chapter of the notice", async () => {
    const g = await parse(
      [
        "2026年度某省重点研发计划项目申报指南",
        "",
        "一、新能源领域",
        "（一）高效钙钛矿叠层电池关键技术",
        "研究内容：研究宽带隙钙钛矿材料及叠层电池界面工程。",
        "考核指标：叠层电池光电转换效率不低于30%。",
        "支持经费：不超过500万元。",
        "申报要求：参与单位不超过5家，须有1家以上企业参与。",
        "",
        "（二）储能用固态电池技术",
        "研究内容：研究固态电解质。",
        "考核指标：能量密度不低于400Wh/kg。",
        "申报条件：项目负责人年龄不超过50周岁。",
        "",
        "三、申报要求",
        "（一）申报单位须为省内注册的独立法人。",
        "（二）项目负责人年龄不超过55周岁。",
        "",
      ].join("\n"),
    );
    const [first, second] = g.directions;
    expect(kinds(first.constraints)).toEqual(["enterprise_partner_required", "participants_max"]);
    expect(kinds(second.constraints)).toEqual(["pi_age_max"]);
    expect(second.constraints!.find((c) => c.kind === "pi_age_max")?.value).toBe(50);
    expect(second.kpis.map((k) => k.metric)).toEqual(["能量密度"]);
    expect(kinds(g.rules)).toContain("pi_age_max");
  });

  it("其他说明： under a numbered 揭榜 item, in other words", async () => {
    const g = await parse(
      [
        "关于发布2026年度市级科技计划揭榜挂帅项目榜单的通知",
        "",
        "各有关单位：",
        "现将榜单发布如下。",
        "",
        "1. 工业机器人高精度减速器研制",
        "需求目标：研制高精度RV减速器。",
        "考核指标：传动回差不大于1弧分；额定寿命不低于6000小时。",
        "榜单金额：不超过300万元。",
        "其他说明：揭榜团队负责人年龄不超过45周岁，牵头单位须为本市注册企业。",
        "",
        "2. 协作机器人关节模组",
        "需求目标：研制一体化关节模组。",
        "考核指标：重复定位精度优于±0.02mm。",
        "榜单金额：不超过200万元。",
        "",
      ].join("\n"),
    );
    expect(kinds(g.directions[0].constraints)).toEqual(["applicant_region", "lead_enterprise_required", "pi_age_max"]);
    expect(g.directions[0].kpis).toHaveLength(2);
    expect(kinds(g.directions[1].constraints)).toEqual([]);
  });
});
