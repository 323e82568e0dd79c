import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseGuide } from "../src/index.js";
import { ingestDocx } from "../src/ingest/docx.js";
import { formatNumber } from "../src/ingest/docx-numbering.js";
import { comparable, ingestFile, ROOT, squeeze } from "./ingest-helpers.js";
import { REAL_DOCS, SAMPLES, sharedMissing } from "./shared.js";

describe("DOCX: gov_sample.docx against its ground truth", () => {
  const docx = join(SAMPLES, "gov_sample.docx");
  it.skipIf(sharedMissing(docx))("renders Word automatic numbering and matches every truth line", async () => {
    const r = await ingestFile(docx);
    expect(r.format).toBe("docx");
    const got = comparable(r.text);
    const truth = comparable(readFileSync(join(SAMPLES, "gov_sample.truth.txt"), "utf8"));
    const missing = truth.filter((l) => !got.includes(l));
    expect(missing).toEqual([]);
    // numbers come from numbering.xml, counters restart per list instance: （三） not （一）
    expect(got).toContain("（三）基于国产化软硬件的机器人大脑智算平台研发及示范应用");
    // header and footer are not body text; the footnote is kept once, at the end
    expect(r.text).not.toContain("四川省科学技术厅（样例）");
    expect(got.filter((l) => l.includes("榜单金额为省级财政资助上限"))).toHaveLength(1);
  });
});

describe("DOCX fixtures made with LibreOffice", () => {
  it.each(["003-sichuan-ai-jiebang", "002-jiangsu-major-projects"])("%s: same characters as input.txt", async (seed) => {
    const dir = join(ROOT, "fixtures/notices", seed);
    const r = await ingestFile(join(dir, "input.docx"));
    expect(squeeze(r.text)).toBe(squeeze(readFileSync(join(dir, "input.txt"), "utf8")));
  });

  it("auto-numbering.docx: numbers absent from the runs are rebuilt, KPI table as rows", async () => {
    const bytes = readFileSync(join(ROOT, "fixtures/docx/auto-numbering.docx"));
    const { unzipSync, strFromU8 } = await import("fflate");
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"]);
    expect(xml).toContain("<w:numPr>");
    expect(xml).not.toContain("（一）");
    const lines = (await ingestFile("fixtures/docx/auto-numbering.docx")).text.split("\n");
    expect(lines).toContain("（一）国产芯片适配及算电融合关键技术研究与示范应用");
    expect(lines).toContain("（二）森林防火多模态大模型与智能预警处置平台研发及示范应用");
    expect(lines).toContain("（1）适配不少于6家厂商的国产芯片。");
    expect(lines).toContain("4.申请发明专利≥10件。");
    expect(lines).toContain("纵向导通外延层位错密度 | <1×10^6 | cm^-2");
  });

  // Class from fixtures/unseen u42 (a 红头 template whose whole body sits in one bordered table cell, directions
  // auto-numbered, KPIs in nested tables); a second example of another producer: LibreOffice from an HTML page
  it("single-cell-layout/: a one-column table frames text: its paragraphs are lines, its nested tables rows", async () => {
    const lines = (await ingestFile("fixtures/docx/single-cell-layout/input.docx")).text.split("\n");
    expect(lines).toContain("一、征集方向");
    expect(lines).toContain("1.高山茶园智慧管护系统");
    expect(lines).toContain("监测终端连续工作时间 | 不少于180天");
    expect(lines).toContain("2.肉牛粪污垫料化利用技术");
    expect(lines).toContain("申报单位须在澜沧县注册，项目实施期不超过2年。");
    const g = await parseGuide(readFileSync(join(ROOT, "fixtures/docx/single-cell-layout/input.docx")), { path: "input.docx" });
    expect(g.directions.map((d) => [d.id, d.kpis.length, d.fundingCap?.yuan])).toEqual([["1", 2, 400_000], ["2", 2, 300_000]]);
  });

  it("zhejiang-directions.docx: a direction table, merged funding cell written once", async () => {
    const lines = (await ingestFile("fixtures/docx/zhejiang-directions.docx")).text.split("\n");
    expect(lines).toContain("序号 | 项目名称 | 主要研究内容 | 考核指标 | 实施期限 | 支持经费");
    expect(lines.find((l) => l.startsWith("1 | "))).toMatch(/ \| 3年 \| 不超过1000万元$/);
    expect(lines.find((l) => l.startsWith("2 | "))).toMatch(/ \| 3年$/);
  });
});

describe("Word number formats", () => {
  it.each([
    [1, "chineseCounting", "一"],
    [10, "chineseCounting", "十"],
    [12, "chineseCounting", "十二"],
    [20, "chineseCountingThousand", "二十"],
    [105, "chineseCounting", "一百零五"],
    [3, "decimalEnclosedCircle", "③"],
    [21, "decimalEnclosedCircleChinese", "㉑"],
    [2, "decimalFullWidth", "２"],
    [4, "upperRoman", "IV"],
    [28, "lowerLetter", "bb"],
    [3, "ideographTraditional", "丙"],
    [5, "custom", "005", "001, 002, 003, ..."],
  ])("%i as %s → %s", (n, fmt, out, custom?: string) => {
    expect(formatNumber(n as number, fmt as string, custom)).toBe(out);
  });
});

describe("DOCX: real government documents (robustness)", () => {
  const files = sharedMissing(REAL_DOCS) ? [] : readdirSync(REAL_DOCS).filter((f) => f.endsWith(".docx"));
  it.skipIf(!files.length).each(files.length ? files : ["(none)"])("%s reads without error", async (f) => {
    const r = await ingestDocx(new Uint8Array(readFileSync(join(REAL_DOCS, f))), f);
    expect(r.text.length).toBeGreaterThan(1000);
    expect(r.text).not.toMatch(/\uFFFD/);
  });

  it.skipIf(sharedMissing(join(REAL_DOCS, "cmde-242.docx"), join(REAL_DOCS, "cmde-035.docx")))("recovers automatic numbering (cmde-242, cmde-035)", async () => {
    const a = (await ingestFile(join(REAL_DOCS, "cmde-242.docx"))).text.split("\n");
    expect(a).toContain("一、适用范围");
    expect(a).toContain("（一）概述");
    expect(a.some((l) => l.startsWith("2.1.产品整机"))).toBe(true);
    const b = (await ingestFile(join(REAL_DOCS, "cmde-035.docx"))).text.split("\n");
    expect(b).toContain("（一）按粒子种类划分");
    expect(b.some((l) => /^①/.test(l))).toBe(true);
  });
});

describe("DOCX: tables nested in a layout table", () => {
  // Class from fixtures/unseen u51 (an outer 领域 | 方向 table whose right cells each hold an inner table of that area's
  // directions); a second example in other words: 专题 | 项目清单 with inner tables of 编号 | 项目名称 | 主要指标 | 资助金额 |
  // 执行期, the second without a header row
  const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${c.startsWith("<") ? c : p(c)}</w:tc>`).join("")}</w:tr>`;
  const tbl = (...rows: string[]) => `<w:tbl>${rows.join("")}</w:tbl>`;
  async function docxOf(body: string): Promise<Uint8Array> {
    const { strFromU8, strToU8, unzipSync, zipSync } = await import("fflate");
    const parts = unzipSync(new Uint8Array(readFileSync(join(ROOT, "fixtures/docx/zhejiang-directions.docx"))));
    const xml = strFromU8(parts["word/document.xml"]);
    const open = xml.indexOf("<w:body>") + "<w:body>".length;
    parts["word/document.xml"] = strToU8(xml.slice(0, open) + body + xml.slice(xml.lastIndexOf("<w:sectPr")));
    return zipSync(parts);
  }

  it("each inner table's rows are rows of their own under the outer row's other cells", async () => {
    const body =
      p("某市科学技术局关于发布2027年度民生科技项目指南的通知") +
      p("一、项目清单") +
      tbl(
        row("专题", "项目清单"),
        row(
          "专题一：智慧农业",
          tbl(
            row("编号", "项目名称", "主要指标", "资助金额（万元）", "执行期"),
            row("1", p("设施蔬菜水肥一体化精准调控") + p("研究内容：研发基于作物模型的水肥决策系统。"), p("节水不低于30%；") + p("增产10%以上。"), "≤150", "2年"),
            row("2", "畜禽养殖环境智能监测", "氨气监测误差不超过5%。", "≤100", "2年"),
          ),
        ),
        row(
          "专题二：公共卫生",
          tbl(row("1", "社区慢病风险筛查模型", "筛查灵敏度≥85%；覆盖人群不少于5万人。", "≤120", "3年")),
        ),
      ) +
      p("二、申报要求") +
      p("申报单位须在本市注册。");
    const g = await parseGuide(await docxOf(body), { path: "notice.docx" });
    expect(g.areas.map((a) => [a.id, a.title])).toEqual([
      ["1", "智慧农业"],
      ["2", "公共卫生"],
    ]);
    expect(g.directions.map((d) => [d.id, d.title])).toEqual([
      ["1.1", "设施蔬菜水肥一体化精准调控"],
      ["1.2", "畜禽养殖环境智能监测"],
      ["2.1", "社区慢病风险筛查模型"],
    ]);
    expect(g.directions.map((d) => d.kpis.map((k) => `${k.op}${k.value}${k.unit}`))).toEqual([[">=30%", ">=10%"], ["<=5%"], [">=85%", ">=50000人"]]);
  });
});
