import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeNotice } from "../src/normalize/index.js";
import { comparable, ingestFile, REAL_DOCS, ROOT, SAMPLES, shared, squeeze } from "./ingest-helpers.js";

const PAGE_NUMBER_LINE = /^—\s*\d+\s*—$/;

describe("PDF: samples with ground truth", () => {
  const cmap = join(SAMPLES, "predefined_cmap_gb.pdf");
  it.skipIf(!shared(cmap))("predefined CMap (STSong, not embedded) is read, not taken for a scan", async () => {
    const r = await ingestFile(cmap);
    const truth = readFileSync(join(SAMPLES, "predefined_cmap_gb.truth.txt"), "utf8")
      .split("\n")
      .filter((l) => l && !PAGE_NUMBER_LINE.test(l)); // the page number is dropped by design
    expect(r.text.trim().split("\n")).toEqual(truth);
    expect(r.pageStarts).toEqual([0]);
  });

  const gov = join(SAMPLES, "gov_sample.pdf");
  it.skipIf(!shared(gov))("gov_sample.pdf: ≥ 95% of truth lines exactly, furniture dropped, 人 after normalize", async () => {
    const r = await ingestFile(gov);
    expect(r.pageStarts).toHaveLength(4);
    const got = comparable(r.text);
    const truth = comparable(readFileSync(join(SAMPLES, "gov_sample.truth.txt"), "utf8"));
    const found = truth.filter((l) => got.includes(l));
    expect(found.length / truth.length).toBeGreaterThanOrEqual(0.95);
    expect(r.text).not.toContain("四川省科学技术厅（样例）");
    expect(r.text).not.toMatch(/^—\s*\d+\s*—$/m);
    expect(r.text).toContain("<1×10^6cm^-2");
    // footnote marks after CJK text are not exponents
    expect(r.text).toContain("榜单金额：不超过2000万元\n");
    const { display } = await normalizeNotice(r.text);
    expect(display).toContain("机器人");
    expect(display).not.toContain("⼈");
  });
});

describe("PDF fixtures", () => {
  it("seed 003 made with LibreOffice: same characters as input.txt, header and page numbers gone", async () => {
    const dir = join(ROOT, "fixtures/notices/003-sichuan-ai-jiebang");
    const r = await ingestFile(join(dir, "input.pdf"));
    expect(squeeze(r.text)).toBe(squeeze(readFileSync(join(dir, "input.txt"), "utf8")));
    expect(r.pageStarts!.length).toBeGreaterThan(5);
    for (const [i, s] of r.pageStarts!.entries()) if (i) expect(s).toBeGreaterThan(r.pageStarts![i - 1]);
    expect(r.text.split("\n")).toContain("需求目标：围绕混合异构国产芯片大模型有效适配和算电协同调度，突破国产芯片与模型");
  });

  it("Zhejiang direction table (LibreOffice): ruled table as rows, merged cell once", async () => {
    const lines = (await ingestFile("fixtures/pdf/zhejiang-directions.pdf")).text.split("\n");
    expect(lines).toContain("序号 | 项目名称 | 主要研究内容 | 考核指标 | 实施期限 | 支持经费");
    const row1 = lines.find((l) => l.startsWith("1 | "));
    expect(row1).toContain("电芯能量密度≥400Wh/kg，循环寿命≥1000次");
    expect(row1).toMatch(/ \| 3年 \| 不超过1000万元$/);
  });

  it("auto-numbered notice (LibreOffice): KPI table rows and numbered items", async () => {
    const lines = (await ingestFile("fixtures/pdf/auto-numbering.pdf")).text.split("\n");
    expect(lines).toContain("（二）森林防火多模态大模型与智能预警处置平台研发及示范应用");
    expect(lines).toContain("跨机房带宽 | ≤20 | Gb/s");
  });

  it("second producer (pdfkit): two-column page in reading order, running header dropped", async () => {
    const r = await ingestFile("fixtures/pdf/pdfkit-two-column.pdf");
    const lines = r.text.split("\n");
    expect(r.text).not.toContain("双栏样例");
    const items = ["1.新型储能材料", "2.智能网联汽车", "3.生物医药", "4.集成电路"].map((p) => lines.findIndex((l) => l.startsWith(p)));
    expect(items.every((i) => i > 0)).toBe(true);
    expect([...items].sort((a, b) => a - b)).toEqual(items);
    expect(lines.find((l) => l.startsWith("1.新型储能材料"))).toContain("电芯能量密度不低于300Wh/kg，循环寿命不少于6000次");
  });
});

describe("PDF: real government document (robustness)", () => {
  const f = join(REAL_DOCS, "cmde-2015-intervertebral-fusion.pdf");
  it.skipIf(!shared(f))("35 pages, look-alike 臵 mapped to 置, running header dropped", async () => {
    const r = await ingestFile(f);
    expect(r.pageStarts).toHaveLength(35);
    expect(r.text).not.toContain("臵");
    expect(r.text).toContain("置");
    expect(r.text.split("\n").filter((l) => l === "征求意见稿")).toEqual([]);
  }, 60_000);
});
