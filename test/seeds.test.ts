// What the notice snapshots (fixtures/notices/*/expected.yaml, pinned by test/fixtures.test.ts) mean, as
// expectations a reviewer can read: the directions found and their ids, the KPI and rule counts, the caps,
// durations, ratios and modes the checks rely on, a few directions field by field, and, where the shared
// gold annotation of a seed exists (../shared/eval/gold), its score. A change of the parse shows here as a
// failed expectation, not only as a diff of thousands of YAML lines.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { Direction } from "../src/model/guide.js";
import { noticeNames, parseNotice } from "./helpers.js";
import { EVAL, sharedMissing } from "./shared.js";

/** One direction as the checks see it; a KPI as `metric op value unit`. */
interface Spot {
  title: string;
  capWan: number | null;
  years: number | null;
  ratio: number | null;
  mode: string | null;
  kpis: number;
  firstKpi: string | null;
}

interface Expected {
  title: string;
  docNumber: string | null;
  deadlines: string[];
  areas: string[];
  /** Direction ids in document order. */
  ids: string[];
  kpis: number;
  rules: number;
  warnings: string[];
  /** How many directions have each value ("null": the notice states none for them). */
  capsWan: Record<string, number>;
  years: Record<string, number>;
  ratios: Record<string, number>;
  modes: Record<string, number>;
  spots: Record<string, Spot>;
  /** The shared gold annotation of the seed and the score it reaches (a floor for the KPI F1). */
  gold?: { file: string; directions: number; extra: number; fields: string[]; kpiF1: number };
}

const ids = (s: string) => s.split(" ");
/** "a.1 … a.n" for each area a with n directions. */
const numbered = (perArea: number[]) => perArea.flatMap((n, a) => Array.from({ length: n }, (_, i) => `${a + 1}.${i + 1}`));
const all = (n: number) => ({ null: n });

const SEEDS: Record<string, Expected> = {
  // A work plan: numbered goals (一、总体目标 …) and two task groups, no money or periods anywhere.
  "000-work-plan": {
    title: "2026年技术攻关项目推进工作计划",
    docNumber: null,
    deadlines: [],
    areas: ["1", "2"],
    ids: ids("0 1 2 3 4 5 1.1 1.2 1.3 2.1 2.2 2.3"),
    kpis: 29,
    rules: 0,
    warnings: [],
    capsWan: all(12),
    years: all(12),
    ratios: all(12),
    modes: all(12),
    spots: {
      "0": { title: "总体目标", capWan: null, years: null, ratio: null, mode: null, kpis: 5, firstKpi: "关键核心技术 >= 30 项" },
      "2.3": { title: "工业级智能系统可靠性增强", capWan: null, years: null, ratio: null, mode: null, kpis: 4, firstKpi: "抗干扰能力提升 >= 30 %" },
    },
    gold: { file: "000_22f4c2398b6a30c8", directions: 10, extra: 2, fields: ["title", "parent", "fundingCap", "durationMaxYears", "matchingRatioMin"], kpiF1: 0.95 },
  },
  // The national guide: "共计 107 个二级指南方向" in ten areas; caps are not per direction, ratios are (配套 n:1).
  "001-national-intl-cooperation": {
    title: "“战略性科技创新合作” 重点专项联合研发与示范项目申报指南",
    docNumber: null,
    deadlines: [],
    areas: ids("1 2 3 4 5 6 7 8 9 10"),
    ids: numbered([10, 11, 11, 6, 9, 12, 12, 12, 12, 12]),
    kpis: 741, // 3.10's 钢铁行业…提高10%以上 sits in a remark about how things stand (尚无典型应用案例): background
    rules: 3,
    warnings: [],
    capsWan: all(107),
    years: all(107),
    ratios: { "1": 37, "1.5": 3, "2": 4, "2.5": 1, "3": 1, null: 61 },
    modes: all(107),
    spots: {
      "1.1": {
        title: "柔性钙钛矿太阳能电池耦合薄膜锌离子储能电池的光电储一体化器件合作研发",
        capWan: null,
        years: null,
        ratio: 3,
        mode: null,
        kpis: 14,
        firstKpi: "生产出面积 > 1000 cm2",
      },
      "1.2": expect.objectContaining({ ratio: 2 }),
      "10.12": {
        title: "基于持续学习的作业机器人技能增长关键技术合作研发",
        capWan: null,
        years: null,
        ratio: 1,
        mode: null,
        kpis: 6,
        firstKpi: "典型工业任务中进行技术验证 >= 5 种",
      },
    },
  },
  // A provincial notice with four-digit direction numbers (1001 …, 2004 and 7003 absent), caps and periods per
  // direction, mostly 揭榜挂帅; the seed text is cut inside 7002, which therefore has neither cap nor period.
  "002-jiangsu-major-projects": {
    title: "关于印发《2024年度省科技重大专项项目指南》及组织申报项目的通知",
    docNumber: "苏科资发〔2024〕112号",
    deadlines: ["2024-08-05T17:30", "2024-08-06T17:30", "2024-08-07T17:30"],
    areas: ids("1 2 3 4 5 6 7 8 9"),
    ids: ids(
      "1001 1002 2001 2002 2003 2005 2006 2007 3001 3002 3003 3004 3005 3006 4001 4002 4003 4004 5001 5002 5003 5004 " +
        "6001 6002 6003 6004 6005 7001 7002 7004 7005 7006 7007 8001 8002 8003 8004 8005 9001 9002 9003 9004 9005 9006",
    ),
    kpis: 381,
    rules: 17,
    warnings: [],
    capsWan: { "1000": 20, "1500": 19, "2000": 4, null: 1 },
    years: { "3": 36, "4": 2, "5": 5, null: 1 },
    ratios: all(44),
    modes: { 定向委托: 13, 竞争择优: 1, 揭榜挂帅: 29, null: 1 },
    spots: {
      "1001": { title: "GaN高压功率集成材料及器件研发", capWan: 2000, years: 3, ratio: null, mode: "定向委托", kpis: 15, firstKpi: "8英寸Si衬底GaN外延层厚度不均匀性 < 1.5 %" },
      "3001": expect.objectContaining({ capWan: 1000, years: 3, mode: "竞争择优" }),
      "7002": expect.objectContaining({ title: "重型电动运载装备一体化线控底盘研发", capWan: null, years: null, mode: null }),
      "9006": { title: "电动飞机高能量密度全固态电池研发", capWan: 1000, years: 3, ratio: null, mode: "揭榜挂帅", kpis: 17, firstKpi: "正极材料比容量 >= 300 mAh/g" },
    },
  },
  // A 揭榜挂帅 list: eleven directions without areas, each with its own cap and a period of three years.
  "003-sichuan-ai-jiebang": {
    title: "人工智能重大科技专项“揭榜挂帅”项目榜单",
    docNumber: null,
    deadlines: [],
    areas: [],
    ids: ids("1 2 3 4 5 6 7 8 9 10 11"),
    kpis: 140,
    rules: 0,
    warnings: [],
    capsWan: { "500": 2, "600": 2, "800": 5, "1000": 1, "2000": 1 },
    years: { "3": 11 },
    ratios: all(11),
    modes: { 揭榜挂帅: 11 },
    spots: {
      "1": { title: "国产芯片适配及算电融合关键技术研究与示范应用", capWan: 2000, years: 3, ratio: null, mode: "揭榜挂帅", kpis: 23, firstKpi: "异构算力负荷预测及算力负载时空调度等关键技术 >= 5 项" },
      "2": expect.objectContaining({ capWan: 1000 }),
      "11": { title: "基于国产算力的商务服务大语言模型关键技术研究及示范应用", capWan: 500, years: 3, ratio: null, mode: "揭榜挂帅", kpis: 7, firstKpi: "智能客服系统的多智能体交互等关键技术 >= 3 项" },
    },
    gold: { file: "003_7478b59a072fa210", directions: 11, extra: 0, fields: ["title", "parent", "mode", "fundingCap", "durationMaxYears", "matchingRatioMin"], kpiF1: 0.95 },
  },
  // A news item in traditional characters listing technology needs: titles only, no KPIs, caps or periods.
  "004-zgc-news-traditional": {
    title: "中關村強鏈工程啟動實施 公布首批技術需求榜單",
    docNumber: null,
    deadlines: [],
    areas: ["1", "2"],
    ids: numbered([4, 6]),
    kpis: 0,
    rules: 0,
    warnings: [],
    capsWan: all(10),
    years: all(10),
    ratios: all(10),
    modes: all(10),
    spots: {
      "1.1": { title: "面向存儲器版圖的瀏覽編輯及IP集成工具", capWan: null, years: null, ratio: null, mode: null, kpis: 0, firstKpi: null },
      "2.6": { title: "一次性生物反應器內襯袋和中間品存放袋", capWan: null, years: null, ratio: null, mode: null, kpis: 0, firstKpi: null },
    },
  },
  // Hand-made layouts: Markdown topics, a table of directions, circled task numbers (each with its SOURCE.md).
  "100-topics-markdown": {
    title: "2025年度省重点领域研发计划“新一代电子信息”重大专项申报指南",
    docNumber: "粤科函〔2025〕36号",
    deadlines: ["2025-03-31T17:00"],
    areas: ["1", "2"],
    ids: ids("1.1 1.2 2.1"),
    kpis: 12,
    rules: 4,
    warnings: [],
    capsWan: { "800": 1, "1000": 1, "1500": 1 },
    years: { "3": 2, "4": 1 },
    ratios: all(3),
    modes: { 揭榜挂帅: 1, null: 2 },
    spots: {
      "1.1": { title: "面向边缘计算的高能效AI芯片研发（重大项目）", capWan: 1000, years: 3, ratio: null, mode: "揭榜挂帅", kpis: 6, firstKpi: "芯片采用 <= 28 nm" },
      "2.1": { title: "Micro-LED全彩显示关键技术", capWan: 1500, years: 4, ratio: null, mode: null, kpis: 3, firstKpi: "巨量转移良率 >= 99.99 %" },
    },
  },
  "101-direction-table": {
    title: "浙江省科学技术厅关于发布2025年度“尖兵”“领雁”研发攻关计划第一批项目榜单的通知",
    docNumber: "浙科发高〔2025〕8号",
    deadlines: ["2025-04-30T23:59"],
    areas: ["1", "2"],
    ids: ids("1.1 1.2 2.1"),
    kpis: 8,
    rules: 1,
    warnings: [],
    capsWan: { "800": 1, "1000": 1, "1500": 1 },
    years: { "3": 2, "4": 1 },
    ratios: all(3),
    modes: { 揭榜挂帅: 3 },
    spots: {
      "1.1": { title: "多模态工业大模型研发与应用", capWan: 1000, years: 3, ratio: null, mode: "揭榜挂帅", kpis: 3, firstKpi: "模型参数规模 >= 10000000000 " },
      "2.1": { title: "新型mRNA疫苗递送系统研发", capWan: 1500, years: 4, ratio: null, mode: "揭榜挂帅", kpis: 2, firstKpi: "包封率 >= 90 %" },
    },
  },
  "102-tasks-circled": {
    title: "“智能传感器”重点专项2025年度项目申报指南",
    docNumber: null,
    deadlines: [],
    areas: ["1", "2"],
    ids: ids("1.1 1.2 2.1"),
    kpis: 8,
    rules: 2,
    warnings: [],
    capsWan: { "1500": 1, "3000": 1, "5000": 1 },
    years: { "4": 1, null: 2 },
    ratios: { "1": 1, null: 2 },
    modes: { 定向委托: 1, null: 2 },
    spots: {
      "1.1": { title: "高精度MEMS惯性传感器研制", capWan: 3000, years: null, ratio: 1, mode: null, kpis: 2, firstKpi: "陀螺零偏稳定性 <= 0.1 °/h" },
      "2.1": { title: "多传感器融合智能感知模组", capWan: 5000, years: 4, ratio: null, mode: "定向委托", kpis: 3, firstKpi: "识别准确率 >= 99 %" },
    },
  },
};

const capWan = (d: Direction) => (d.fundingCap ? d.fundingCap.yuan / 10000 : null);

function spotOf(d: Direction): Spot {
  const k = d.kpis[0];
  return {
    title: d.title,
    capWan: capWan(d),
    years: d.durationMaxYears,
    ratio: d.matchingRatioMin,
    mode: d.mode,
    kpis: d.kpis.length,
    firstKpi: k ? `${k.metric} ${k.op} ${k.value} ${k.unit ?? ""}` : null,
  };
}

/** How many directions have each value of `field`. */
function tally(directions: Direction[], field: (d: Direction) => unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of directions) {
    const key = String(field(d));
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

it("every notice fixture has its expectations here", () => {
  expect(Object.keys(SEEDS).sort()).toEqual(noticeNames());
});

describe.each(Object.entries(SEEDS))("notice %s", (name, want) => {
  it("metadata, areas, direction ids, KPI and rule counts, warnings", async () => {
    const g = await parseNotice(name);
    expect({
      title: g.meta.title,
      docNumber: g.meta.docNumber,
      deadlines: g.meta.deadlines.map((d) => d.at),
      areas: g.areas.map((a) => a.id),
      ids: g.directions.map((d) => d.id),
      kpis: g.directions.reduce((n, d) => n + d.kpis.length, 0),
      rules: g.rules.length,
      warnings: (g.warnings ?? []).map((w) => w.code),
    }).toEqual({
      title: want.title,
      docNumber: want.docNumber,
      deadlines: want.deadlines,
      areas: want.areas,
      ids: want.ids,
      kpis: want.kpis,
      rules: want.rules,
      warnings: want.warnings,
    });
  });

  it("funding caps (万元), durations, matching ratios and modes over the directions", async () => {
    const { directions } = await parseNotice(name);
    expect(tally(directions, capWan)).toEqual(want.capsWan);
    expect(tally(directions, (d) => d.durationMaxYears)).toEqual(want.years);
    expect(tally(directions, (d) => d.matchingRatioMin)).toEqual(want.ratios);
    expect(tally(directions, (d) => d.mode)).toEqual(want.modes);
  });

  it("chosen directions field by field", async () => {
    const { directions } = await parseNotice(name);
    const spots = Object.fromEntries(Object.keys(want.spots).map((id) => [id, directions.find((d) => d.id === id)]));
    for (const [id, d] of Object.entries(spots)) expect(d, `direction ${id}`).toBeDefined();
    expect(Object.fromEntries(Object.entries(spots).map(([id, d]) => [id, spotOf(d as Direction)]))).toEqual(want.spots);
  });

  const gold = want.gold;
  if (gold) {
    const scorer = join(EVAL, "score-parse.mjs");
    const file = join(EVAL, "gold", `${gold.file}.json`);
    it.skipIf(sharedMissing(scorer, file))(
      `against the shared gold ${gold.file}: ${gold.directions} directions, the checked fields exact, KPI strict F1 ≥ ${gold.kpiF1}`,
      async () => {
        const { score } = await import(pathToFileURL(scorer).href);
        const model = JSON.parse(JSON.stringify(await parseNotice(name)));
        const r = score(JSON.parse(readFileSync(file, "utf8")), model, false);
        expect(r.directions).toMatchObject({ gold: gold.directions, found: gold.directions, extra: gold.extra });
        for (const f of gold.fields) expect(r.fields[f], f).toEqual({ ok: gold.directions, total: gold.directions });
        expect(r.kpi.strict.f1).toBeGreaterThanOrEqual(gold.kpiF1);
      },
    );
  }
});
