import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeNotice } from "../src/normalize/index.js";
import { comparable, ingestFile, ROOT, squeeze } from "./ingest-helpers.js";
import { REAL_DOCS, SAMPLES, sharedMissing } from "./shared.js";

const PAGE_NUMBER_LINE = /^—\s*\d+\s*—$/;

describe("PDF: samples with ground truth", () => {
  const cmap = join(SAMPLES, "predefined_cmap_gb.pdf");
  it.skipIf(sharedMissing(cmap))("predefined CMap (STSong, not embedded) is read, not taken for a scan", async () => {
    const r = await ingestFile(cmap);
    const truth = readFileSync(join(SAMPLES, "predefined_cmap_gb.truth.txt"), "utf8")
      .split("\n")
      .filter((l) => l && !PAGE_NUMBER_LINE.test(l)); // the page number is dropped by design
    expect(r.text.trim().split("\n")).toEqual(truth);
    expect(r.pageStarts).toEqual([0]);
  });

  const gov = join(SAMPLES, "gov_sample.pdf");
  it.skipIf(sharedMissing(gov))("gov_sample.pdf: ≥ 95% of truth lines exactly, furniture dropped, 人 after normalize", async () => {
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
  it("seed 002 made with LibreOffice: one-line indented paragraphs stay apart, codes keep their space", async () => {
    const lines = (await ingestFile("fixtures/notices/002-jiangsu-major-projects/input.pdf")).text.split("\n");
    expect(lines).toContain("1002 新能源光储用中高压SiC MOSFET功率器件研发");
    expect(lines).toContain("5001 基于大语言模型的数字电路智能生成与验证仿真关");
    expect(lines).toContain("各设区市、县（市）科技局、财政局，国家和省级高新区管委会，");
  });

  it("seed 001 made with LibreOffice: a paragraph runs on across a page break; Latin tokens wrapped mid-token", async () => {
    const r = await ingestFile("fixtures/notices/001-national-intl-cooperation/input.pdf");
    expect(r.text).toContain("(\\text{g}_{\\text{cat}}\\text{h})$、反应温度$\\leq 450^{\\circ}\\text{C}$下");
    expect(r.text).toContain("空间分辨率$\\leq 50\\text{nm}$");
    expect(r.text).toContain("绿色高效CO₂捕集材料与工艺合作研究");
    expect(r.pageStarts).toHaveLength(48);
  });

  it("the engine's polyfills do not stay in place of native methods (pdf.js's core-js replaces push and JSON.parse)", () => {
    // a process of its own: the test runner may have loaded pdf-parse before this file
    const script = `
      const natives = [Array.prototype.push, JSON.parse, Array.prototype.map, Object.assign];
      const { readFileSync } = await import("node:fs");
      const { parseGuide } = await import(${JSON.stringify(join(ROOT, "dist/bundle/parse.js"))});
      const path = ${JSON.stringify(join(ROOT, "fixtures/notices/003-sichuan-ai-jiebang/input.pdf"))};
      const guide = await parseGuide(readFileSync(path), { path });
      const now = [Array.prototype.push, JSON.parse, Array.prototype.map, Object.assign];
      console.log(JSON.stringify({ directions: guide.directions.length, kept: now.map((f, i) => f === natives[i]),
        added: typeof Promise.withResolvers }));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    // and what the engine added for itself stays (pdf.js 5 uses Promise.withResolvers, which Node 20 lacks)
    expect(JSON.parse(out)).toEqual({ directions: 11, kept: [true, true, true, true], added: "function" });
  });

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
  it("two columns whose lines are often short on one side (list items, KPI lines, signer), headings set larger than the other column's text: left column, then right", async () => {
    const lines = (await ingestFile("fixtures/pdf/two-column-short-lines/input.pdf")).text.split("\n");
    expect(lines.filter((l) => l.includes(" | ") || l.includes("^"))).toEqual([]);
    const heads = ["1.城市燃气管网", "2.老年人跌倒", "3.装配式建筑", "4.社区慢病", "5.山洪灾害", "三、申报条件", "（五）自筹经费"].map((p) => lines.findIndex((l) => l.startsWith(p)));
    expect(heads.every((i) => i >= 0)).toBe(true);
    expect([...heads].sort((a, b) => a - b)).toEqual(heads);
    expect(lines).toContain("研究内容：研究慢病随访数据的结构化采集与风险分层模型，建设社区随访平台。");
  });
  // Class from fixtures/unseen u30 (a slide deck's footer: 单位 | 宣讲标题 | 3 / 12); a second example in other words
  it("a running footer in parts (unit, title and page number set apart by tabs) is dropped on every page", async () => {
    const r = await ingestFile("fixtures/pdf/footer-in-parts/input.pdf");
    expect(r.pageStarts).toHaveLength(3);
    expect(r.text).not.toContain("汀澜市科学技术局");
    expect(r.text).toContain("三、第3部分");
  });
  // Class from fixtures/unseen u37 (a 征求意见稿 with every line numbered in the margin and 征求意见稿 内部资料 drawn at
  // 45°); a second example of another producer: every fifth line numbered, restarting per page, a 30° watermark
  it("margin line numbers and a slanted watermark are not text; item numbers and the short last page's text stay", async () => {
    const r = await ingestFile("fixtures/pdf/line-numbers-watermark/input.pdf");
    const lines = r.text.split("\n");
    expect(r.text).not.toMatch(/样稿|仅供内部讨论/);
    expect(lines.filter((l) => /^\d+[^\d.．]/.test(l))).toEqual([]);
    expect(lines).toContain("二、申报要求");
    expect(lines).toContain("（五）每个项目参与单位不超过3家。");
    expect(lines.filter((l) => /^\d\./.test(l)).map((l) => l.slice(0, 2))).toEqual(["1.", "2.", "3.", "4.", "5."]);
  });
  // Class from fixtures/unseen u35 (a notice printed "2 pages per sheet"); a second example of another producer
  it("two pages printed side by side on a landscape sheet: left page, then right, each without its header", async () => {
    const r = await ingestFile("fixtures/pdf/two-up-sheets/input.pdf");
    const lines = r.text.split("\n");
    expect(r.text).not.toContain("澄江市科学技术局文件");
    const at = ["1.丘陵山区", "爬坡能力不小于15°", "资助额度：不超过80万元", "2.茶园病虫害", "3.生猪粪污", "二、申报要求", "三、申报时间"].map((p) => lines.findIndex((l) => l.includes(p)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe("PDF: real government document (robustness)", () => {
  const f = join(REAL_DOCS, "cmde-2015-intervertebral-fusion.pdf");
  it.skipIf(sharedMissing(f))("35 pages, look-alike 臵 mapped to 置, running header dropped", async () => {
    const r = await ingestFile(f);
    expect(r.pageStarts).toHaveLength(35);
    expect(r.text).not.toContain("臵");
    expect(r.text).toContain("置");
    expect(r.text.split("\n").filter((l) => l === "征求意见稿")).toEqual([]);
  }, 60_000);

  it.skipIf(sharedMissing(f))("a table without vertical rules (表1): wrapped cells joined into their row", async () => {
    const lines = (await ingestFile(f)).text.split("\n");
    expect(lines).toContain("融合分级 | 描述");
    expect(lines).toContain("1.明显的影像学假关节 | 结构塌陷，椎间盘高度丢失，脊椎滑脱，螺钉断裂，融合器移位，或骨移植物的吸收");
    expect(lines).toContain("4.可能的影像学融合 | 骨组织桥接整个融合区，至少处于术中达到的密度。移植骨和椎体骨之间无透亮带");
  }, 60_000);
});
