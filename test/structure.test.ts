import { describe, expect, it } from "vitest";
import { noticeText, parseNotice } from "./helpers.js";

describe("structure of the seed notices", () => {
  it("003 揭榜挂帅 list: exactly the 11 directions （一）…（十一）, no areas, title heading not an area", async () => {
    const g = await parseNotice("003-sichuan-ai-jiebang");
    expect(g.directions.map((d) => d.id)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]);
    expect(g.areas).toEqual([]);
    expect(g.directions.every((d) => d.parentId === null && d.mode === "揭榜挂帅")).toBe(true);
    expect(g.directions[0].title).toBe("国产芯片适配及算电融合关键技术研究与示范应用");
  });

  it("001 national guide: all 107 N.M directions in 10 areas, category split off the title", async () => {
    const g = await parseNotice("001-national-intl-cooperation");
    const expected = [...noticeText("001-national-intl-cooperation").matchAll(/^(\d{1,2}\.\d{1,2}) \S/gm)].map((m) => m[1]);
    expect(expected).toHaveLength(107);
    expect(g.directions.map((d) => d.id)).toEqual(expected);
    expect(g.areas.map((a) => a.id)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(g.areas[0].title).toBe("新能源");
    for (const d of g.directions) {
      expect(d.parentId).toBe(d.id.split(".")[0]);
      expect(d.category).toMatch(/^(基础研究类|共性关键技术类|应用示范类)$/);
      expect(d.title).not.toMatch(/[（(]\S*类[）)]$/);
    }
  });

  it("001: every 其他要求 matching ratio is read, including one split over two lines", async () => {
    const g = await parseNotice("001-national-intl-cooperation");
    const stated = noticeText("001-national-intl-cooperation").match(/配套经费与国拨经费的比/g) ?? [];
    expect(g.directions.filter((d) => d.matchingRatioMin !== null)).toHaveLength(stated.length);
    expect(g.directions.find((d) => d.id === "1.1")?.matchingRatioMin).toBe(3);
    expect(g.directions.find((d) => d.id === "5.8")?.matchingRatioMin).toBe(2);
  });

  it("002 provincial guide: every 4-digit direction in the text, under its 专项 area", async () => {
    const g = await parseNotice("002-jiangsu-major-projects");
    const expected = [...noticeText("002-jiangsu-major-projects").matchAll(/^\s*(\d{4}) \S/gm)].map((m) => m[1]);
    expect(g.directions.map((d) => d.id)).toEqual(expected);
    expect(g.areas.map((a) => a.title)).toContain("第三代半导体专项");
    for (const d of g.directions) expect(d.parentId).toBe(d.id[0]);
  });

  it("002: 有关说明 caps, durations and modes; 定向委托 names its organisation", async () => {
    const g = await parseNotice("002-jiangsu-major-projects");
    const d1001 = g.directions.find((d) => d.id === "1001")!;
    expect(d1001).toMatchObject({ mode: "定向委托", entrustedTo: "国家第三代半导体技术创新中心（苏州）", durationMaxYears: 3 });
    expect(d1001.fundingCap?.yuan).toBe(20_000_000);
    const stated = noticeText("002-jiangsu-major-projects").match(/有关说明：/g) ?? [];
    const withCap = g.directions.filter((d) => d.fundingCap && d.durationMaxYears && d.mode);
    expect(withCap).toHaveLength(stated.length);
  });

  it("000 work plan: inline directions 1.–5., （一）→1. as 1.1, overall targets as direction 0", async () => {
    const g = await parseNotice("000-work-plan");
    expect(g.directions.map((d) => d.id)).toEqual(["0", "1", "2", "3", "4", "5", "1.1", "1.2", "1.3", "2.1", "2.2", "2.3"]);
    expect(g.directions.find((d) => d.id === "1.1")?.title).toBe("先进制程工艺提升");
    expect(g.directions[0].kpis.map((k) => `${k.op}${k.value}${k.unit}`)).toEqual([">=30项", ">=50项", ">=15项", "range3个", "range2个"]);
  });

  it("004 news in traditional characters: demands listed inline become directions under their 领域", async () => {
    const g = await parseNotice("004-zgc-news-traditional");
    expect(g.areas.map((a) => [a.id, a.title])).toEqual([["1", "新一代信息技術"], ["2", "生物醫藥"]]);
    expect(g.directions.map((d) => d.id)).toEqual(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]);
    expect(g.directions[3].title).toBe("工業生產通用流程模擬系統軟件");
    expect(g.directions[9].title).toBe("一次性生物反應器內襯袋和中間品存放袋");
  });
});

describe("layouts the seeds do not have", () => {
  const facts = (d: { id: string; parentId: string | null; fundingCap: { yuan: number } | null; durationMaxYears: number | null }) =>
    [d.id, d.parentId, d.fundingCap?.yuan ?? null, d.durationMaxYears];

  it("Markdown 专题一 → 项目1 with **bold** labels, ① KPI items, 支持强度 and 实施周期 labels", async () => {
    const g = await parseNotice("100-topics-markdown");
    expect(g.meta.title).toBe("2025年度省重点领域研发计划“新一代电子信息”重大专项申报指南");
    expect(g.meta.docNumber).toBe("粤科函〔2025〕36号");
    expect(g.areas.map((a) => a.title)).toEqual(["集成电路设计", "新型显示"]);
    expect(g.directions.map(facts)).toEqual([
      ["1.1", "1", 10_000_000, 3],
      ["1.2", "1", 8_000_000, 3],
      ["2.1", "2", 15_000_000, 4],
    ]);
    expect(g.directions[0].mode).toBe("揭榜挂帅");
    expect(g.directions[2].projectsSupported).toBe(2);
    expect(g.directions[0].kpis.map((k) => `${k.op}${k.value}${k.unit}`)).toContain(">=20TOPS/W");
    expect(g.rules.map((r) => [r.kind, r.value])).toContainEqual(["matching_ratio_min", 2]);
  });

  it("a direction table (序号 | 项目名称 | … | 考核指标 | 实施期限 | 支持经费) under 一、…领域: one direction per row", async () => {
    const g = await parseNotice("101-direction-table");
    expect(g.areas.map((a) => a.title)).toEqual(["人工智能领域", "生物医药领域"]);
    expect(g.directions.map(facts)).toEqual([
      ["1.1", "1", 10_000_000, 3],
      ["1.2", "1", 8_000_000, 3],
      ["2.1", "2", 15_000_000, 4],
    ]);
    expect(g.directions.map((d) => d.title)).toEqual(["多模态工业大模型研发与应用", "具身智能机器人灵巧手研制", "新型mRNA疫苗递送系统研发"]);
    expect(g.directions.every((d) => d.mode === "揭榜挂帅")).toBe(true);
    expect(g.directions[1].kpis.map((k) => `${k.op}${k.value}${k.unit}`)).toEqual([">=20个", ">=5kg", ">=95%"]);
  });

  it("任务一 → 方向1 with circled KPI items and 有关说明 facts", async () => {
    const g = await parseNotice("102-tasks-circled");
    expect(g.directions.map(facts)).toEqual([
      ["1.1", "1", 30_000_000, null],
      ["1.2", "1", 15_000_000, null],
      ["2.1", "2", 50_000_000, 4],
    ]);
    expect(g.directions.map((d) => d.category)).toEqual(["共性关键技术类", "基础研究类", "应用示范类"]);
    expect(g.directions.map((d) => d.projectsSupported)).toEqual([1, 2, null]);
    expect(g.directions[0].matchingRatioMin).toBe(1);
    expect(g.directions[2]).toMatchObject({ mode: "定向委托", entrustedTo: "中国电子科技集团公司第十三研究所" });
    expect(g.directions[1].kpis.map((k) => `${k.op}${k.value}${k.unit}`)).toEqual(["<1ppm", "<10s", "<=5mW"]);
    expect(g.rules.map((r) => [r.kind, r.value])).toEqual(expect.arrayContaining([["duration_max_years", 3], ["participants_max", 8]]));
  });
});

describe("document meta and rules", () => {
  it("002: doc number, issuers, publication date and every deadline with its time", async () => {
    const { meta } = await parseNotice("002-jiangsu-major-projects");
    expect(meta.docNumber).toBe("苏科资发〔2024〕112号");
    expect(meta.issuers).toEqual(["江苏省科学技术厅", "江苏省财政厅"]);
    expect(meta.publishedAt).toBe("2024-07-03");
    expect(meta.deadlines.map((d) => d.at)).toEqual(["2024-08-05T17:30", "2024-08-06T17:30", "2024-08-07T17:30"]);
  });

  it("002: document-wide rules with the SPEC kinds and values", async () => {
    const { rules } = await parseNotice("002-jiangsu-major-projects");
    const value = (kind: string) => rules.find((r) => r.kind === kind)?.value;
    expect(value("gov_share_max")).toBe(0.5);
    expect(value("gov_share_max_enterprise_led")).toBe(0.3);
    expect(value("funding_cap")).toBe(20_000_000);
    expect(value("youth_pi_ratio_min")).toBe(0.4);
    for (const kind of ["applicant_region", "applicant_legal_person", "enterprise_partner_required", "pi_employment", "pi_active_project_limit", "pi_one_application_per_year", "no_duplicate_submission", "ip_required", "ethics_compliance"])
      expect(rules.map((r) => r.kind)).toContain(kind);
  });

  it("001: participants, duration and foreign partner rules; 6.4 needs partners from 2 countries", async () => {
    const g = await parseNotice("001-national-intl-cooperation");
    expect(g.rules.map((r) => [r.kind, r.value])).toEqual(
      expect.arrayContaining([["participants_max", 10], ["duration_max_years", 3], ["foreign_partner_min", 1]]),
    );
    expect(g.directions.find((d) => d.id === "6.4")?.constraints.map((c) => [c.kind, c.value])).toContainEqual(["foreign_partner_countries_min", 2]);
  });
});
