import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readDraft } from "../src/draft/index.js";
import { splitFrontMatter } from "../src/draft/front-matter.js";
import { schemaModeline } from "../src/model/published.js";

const SAMPLES = "fixtures/draft-samples";
const sample = (name: string) => readFileSync(`${SAMPLES}/${name}`);

describe("GB18030 TXT draft", () => {
  const text = readFileSync(`${SAMPLES}/basic.txt`, "utf8");
  it("reads the same facts, on the same lines, as its UTF-8 original", async () => {
    const gb = await readDraft(iconv.encode(text, "gb18030"), { path: "draft.txt" });
    const utf8 = await readDraft(new TextEncoder().encode(text), { path: "draft.txt" });
    expect(gb.direction).toMatchObject({ value: { id: "1.1" }, line: 5 });
    expect(gb.leadUnit?.value.name).toBe("江苏光能科技有限公司");
    expect(gb.pi?.value.birthDate).toBe("1982-05");
    expect(gb.budget.total).toMatchObject({ value: { yuan: 2e7 }, line: 14 });
    expect(gb.kpis.map((k) => [k.value.metric, k.line])).toEqual(utf8.kpis.map((k) => [k.value.metric, k.line]));
    expect(gb.lines).toEqual(utf8.lines);
  });

  it("reads CRLF line ends without shifting lines", async () => {
    const f = await readDraft(iconv.encode(text.replace(/\n/g, "\r\n"), "gb18030"), { path: "draft.txt" });
    expect(f.period).toMatchObject({ line: 13, column: 6 });
  });
});

describe("front matter", () => {
  it("splits YAML front matter and blanks its lines", () => {
    const fm = splitFrontMatter("---\na: 1\n---\n正文\n")!;
    expect(fm.yaml).toBe("a: 1\n");
    expect(fm.body).toBe("\n\n\n正文\n");
    expect(splitFrontMatter("正文\n---\na: 1\n---\n")).toBeNull();
    expect(splitFrontMatter("---\n没有结束\n")).toBeNull();
  });

  it("wins over the text, maps Chinese and English synonyms, and lists unknown keys", async () => {
    const f = await readDraft(sample("front-matter.md"), { path: "front-matter.md" });
    expect(f.format).toBe("md");
    expect(f.projectTitle).toMatchObject({ value: "柔性钙钛矿光伏与薄膜锌离子储能一体化器件联合研发", line: 2, source: "front-matter" });
    // direction_id wins over 申报方向 in the text; the text's title completes it
    expect(f.direction).toMatchObject({ value: { id: "1.1", title: "宽带隙黄铜矿/晶硅叠层太阳电池" }, line: 3, source: "front-matter" });
    expect(f.leadUnit).toMatchObject({ value: { name: "华东理工大学", type: "university", country: null }, line: 4, source: "front-matter" });
    expect(f.participants.map((p) => [p.value.name, p.value.type, p.value.country, p.line])).toEqual([
      ["中国科学院上海硅酸盐研究所", "institute", null, 8],
      ["德国于利希研究中心", "institute", "德国", 9],
    ]);
    expect(f.budget.government).toMatchObject({ value: { yuan: 5e6 }, line: 13, source: "front-matter" });
    expect(f.budget.selfFunded).toMatchObject({ value: { yuan: 1.5e7, text: "1500万元" }, line: 14, source: "front-matter" });
    // not stated in front matter: read from the text, lines counted in the whole file
    expect(f.budget.total).toMatchObject({ value: { yuan: 1.6e7 }, line: 31, source: "text" });
    expect(f.pi).toMatchObject({ value: { name: "王建国", birthDate: "1978-05", title: "教授", employedByLead: true }, line: 17, source: "front-matter" });
    expect(f.period).toMatchObject({ value: { months: 36 }, line: 30, source: "text" });
    expect(f.kpis.map((k) => [k.value.metric, k.value.value, k.line])).toEqual([
      ["柔性钙钛矿太阳能电池光电转换效率", 20, 35],
      ["弯折后容量保持率", 92, 36],
    ]);
    expect(f.unknownKeys.map((k) => [k.value, k.line, k.source])).toEqual([
      ["budget.审计", 16, "front-matter"],
      ["联系人", 20, "front-matter"],
      ["submittedBy", 21, "front-matter"],
    ]);
    expect(f.lines[0]).toBe("");
    expect(f.lines[23]).toBe("# 柔性钙钛矿光伏与薄膜锌离子储能一体化器件联合研发");
  });

  it("never throws on invalid YAML: the text is read and a note is kept", async () => {
    const md = "---\n项目名称: [未闭合\n  direction: : :\n---\n项目名称：从正文读取的名称\n申报方向：2.1\n";
    const f = await readDraft(new TextEncoder().encode(md), { path: "d.md" });
    expect(f.projectTitle).toMatchObject({ value: "从正文读取的名称", line: 5, source: "text" });
    expect(f.direction).toMatchObject({ value: { id: "2.1" }, line: 6 });
    expect(f.unknownKeys).toHaveLength(1);
    expect(f.unknownKeys[0]).toMatchObject({ source: "front-matter" });
    expect(f.unknownKeys[0].text).toMatch(/^invalid front matter/);
  });

  it("notes values that do not fit the schema instead of using them", async () => {
    const md = "---\nparticipantCount: 很多\npi:\n  出生年月: 不详\ntitle: 标题\n---\n";
    const f = await readDraft(new TextEncoder().encode(md), { path: "d.md" });
    expect(f.participantCount).toBeNull();
    expect(f.projectTitle?.value).toBe("标题");
    expect(f.unknownKeys.map((k) => [k.value, k.line])).toEqual([
      ["participantCount", 2],
      ["pi", 3],
    ]);
  });

  it("reads front matter in a TXT draft too", async () => {
    const f = await readDraft(new TextEncoder().encode("---\n申报方向: （三）\n---\n项目名称：X项目\n"), { path: "d.txt" });
    expect(f.direction).toMatchObject({ value: { id: "3", title: null }, line: 2, source: "front-matter" });
  });
});

describe("sidecar NAME.proposal.yaml", () => {
  it("wins over the text; its facts carry the sidecar's lines", async () => {
    const f = await readDraft(sample("sidecar.txt"), { path: "sidecar.txt", sidecar: sample("sidecar.proposal.yaml") });
    expect(f.direction).toMatchObject({ value: { id: "2.1", title: null }, line: 2, source: "sidecar" });
    expect(f.period).toMatchObject({ value: { start: "2025-01", end: "2028-06", months: 42 }, line: 3, source: "sidecar" });
    expect(f.budget.government).toMatchObject({ value: { yuan: 3e6 }, line: 7, source: "sidecar" });
    expect(f.budget.selfFunded).toMatchObject({ value: { yuan: 8e6 }, line: 6, source: "text" });
    expect(f.kpis.map((k) => ({ ...k.value, line: k.line, source: k.source }))).toEqual([
      { metric: "光电转换效率", op: ">=", value: 21, max: null, unit: "%", line: 9, source: "sidecar" },
      { metric: "响应时间", op: "=", value: 1500, max: null, unit: "ms", line: 11, source: "sidecar" },
    ]);
    expect(f.leadUnit).toMatchObject({ value: { name: "南开大学", type: "university" }, line: 3, source: "text" });
    expect(f.unknownKeys.map((k) => [k.value, k.line, k.source])).toEqual([["reviewer", 14, "sidecar"]]);
  });

  it("passes over a yaml-language-server line above the keys (the facts keep their lines)", async () => {
    const plain = await readDraft(sample("sidecar.txt"), { path: "sidecar.txt", sidecar: sample("sidecar.proposal.yaml") });
    const modeline = new TextEncoder().encode(schemaModeline("proposal") + "\n" + new TextDecoder().decode(sample("sidecar.proposal.yaml")));
    const f = await readDraft(sample("sidecar.txt"), { path: "sidecar.txt", sidecar: modeline });
    expect(f.direction).toMatchObject({ value: plain.direction!.value, line: 3, source: "sidecar" });
    expect(f.kpis.map((k) => [k.value, k.line])).toEqual(plain.kpis.map((k) => [k.value, k.source === "sidecar" ? k.line + 1 : k.line]));
    expect(f.unknownKeys.map((k) => [k.value, k.line])).toEqual([["reviewer", 15]]);
  });

  it("ignores an empty sidecar and notes a broken one", async () => {
    const empty = await readDraft(sample("sidecar.txt"), { path: "sidecar.txt", sidecar: new Uint8Array() });
    expect(empty.direction?.source).toBe("text");
    const broken = await readDraft(sample("sidecar.txt"), { path: "sidecar.txt", sidecar: new TextEncoder().encode("a: [1,\n") });
    expect(broken.direction).toMatchObject({ value: { id: "1.2" }, source: "text" });
    expect(broken.unknownKeys[0].text).toMatch(/^invalid sidecar/);
  });
});

describe.each([
  ["kpi-table.docx", "docx", 0],
  ["kpi-table.pdf", "pdf", 0],
])("%s (made with LibreOffice: html → docx → pdf)", (file, format, shift) => {
  it("reads the basic-information table, unit table, budget table and KPI table", async () => {
    const f = await readDraft(sample(file), { path: file });
    const at = (line: number) => line + shift;
    expect(f.format).toBe(format);
    expect(f.projectTitle).toMatchObject({ value: "面向3C电子装配的智能工业机器人研发及应用", line: at(3) });
    expect(f.direction).toMatchObject({ value: { id: "5", title: "3C行业用智能工业机器人研发及应用" }, line: at(4) });
    expect(f.leadUnit).toMatchObject({ value: { name: "成都卡诺普机器人技术股份有限公司", type: "enterprise" }, line: at(5) });
    expect(f.pi).toMatchObject({ value: { name: "李良军", birthDate: "1976-02", title: "研究员级高级工程师", employedByLead: true }, line: at(6) });
    expect(f.period?.value.months).toBe(36);
    expect(f.participants.map((p) => [p.value.name, p.value.type, p.value.country, p.line])).toEqual([
      ["四川大学", "university", null, at(10)],
      ["亚琛工业大学", "university", "德国", at(11)],
    ]);
    expect([f.budget.government?.value.yuan, f.budget.selfFunded?.value.yuan, f.budget.total?.value.yuan]).toEqual([8e6, 2.4e7, 3.2e7]);
    expect(f.budget.government?.line).toBe(at(14));
    expect(f.kpis.map((k) => ({ ...k.value, line: k.line }))).toEqual([
      { metric: "螺丝孔位识别综合准确率", op: "=", value: 99.8, max: null, unit: "%", guideText: ">99.5%", line: at(19) },
      { metric: "螺孔定位精度", op: "<=", value: 0.3, max: null, unit: "mm", guideText: "<0.4mm", line: at(20) },
      { metric: "单次识别时间", op: "=", value: 1500, max: null, unit: "ms", guideText: "≤2s", line: at(21) },
      { metric: "申请发明专利", op: "=", value: 6, max: null, unit: "件", guideText: "≥5件", line: at(22) },
    ]);
  });
});
