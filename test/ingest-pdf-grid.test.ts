// PDF tables drawn without rules (fixtures/pdf/borderless-*: made with LibreOffice from HTML written for this
// test, ground truth in expected.json): every row with its number, name and money; KPI items in their row.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../src/ingest/index.js";
import { ROOT } from "./helpers.js";

interface Expected {
  rows: { n: number; name: string; kpis: string[]; money: string }[];
}

async function rowsOf(name: string) {
  const path = join(ROOT, "fixtures/pdf", name, "input.pdf");
  const { text } = await ingest(readFileSync(path), path, {});
  const rows = new Map<number, string[]>();
  for (const line of text.split("\n")) {
    const cells = line.split(" | ");
    if (cells.length >= 4 && /^\d+$/.test(cells[0])) rows.set(Number(cells[0]), cells);
  }
  const expected = JSON.parse(readFileSync(join(ROOT, "fixtures/pdf", name, "expected.json"), "utf8")) as Expected;
  return { rows, expected, text };
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

for (const [name, minKpiShare] of [
  ["borderless-top", 1],
  // One KPI item of the row above the page break is read into the row cut by it.
  ["borderless-centred", 0.95],
] as const) {
  describe(`${name}: a table without rules`, () => {
    it("gives one row per number, with its name and its money cell, and the header once", async () => {
      const { rows, expected, text } = await rowsOf(name);
      expect([...rows.keys()]).toEqual(expected.rows.map((r) => r.n));
      for (const r of expected.rows) {
        const cells = rows.get(r.n)!;
        expect(squeeze(cells[1]), `row ${r.n}`).toBe(squeeze(r.name));
        expect(cells[cells.length - 1], `row ${r.n}`).toBe(r.money);
      }
      expect(text.match(/^序号 \| /gm)).toHaveLength(1);
      expect(text).toMatch(/^序号 \| 项目名称 \| 研究内容 \| 考核指标 \| 支持经费（万元）$/m);
      expect(text).toMatch(/^注：支持经费为单个项目省财政资助上限。$/m);
    });

    it("puts the KPI items into their own row", async () => {
      const { rows, expected } = await rowsOf(name);
      const items = expected.rows.flatMap((r) => r.kpis.map((k) => ({ n: r.n, k })));
      const placed = items.filter(({ n, k }) => squeeze(rows.get(n)![3]).includes(squeeze(k)));
      expect(placed.length / items.length).toBeGreaterThanOrEqual(minKpiShare);
    });
  });
}

// Field and KPI tables of proposal drafts made with LibreOffice from HTML (fixtures/check-own*/sources): no
// rules are drawn, a wrapped label is centred beside its value, and cells nearly touch.
describe("two-column tables without rules in drafts", () => {
  const linesOf = async (rel: string) => {
    const path = join(ROOT, rel);
    return (await ingest(readFileSync(path), path, {})).text.split("\n");
  };
  it("a label wrapped over two lines beside its centred value is one row", async () => {
    const lines = await linesOf("fixtures/check-own2/cases/17-applicant-001-9.12.pdf");
    expect(lines).toContain("国（境）外合作单位 | Laboratorio Laser Lombardo S.r.l.（意大利）");
    expect(lines.some((l) => /^项目负责人 \| 庞少钧，男，1977年10月出生.*（在职）$/.test(l))).toBe(true);
  });
  it("a value wrapped beside its label, and cells that nearly touch, are split at the table's columns", async () => {
    const lines = await linesOf("fixtures/check-own/cases/21-enterprise-fundcap-002-9002.pdf");
    expect(lines).toContain("膜电极催化剂贵金属载量（氢气CO₂含量不低于20%） | 0.8mg/cm2 | 第三方检测");
    expect(lines).toContain("质子交换膜电导率（80-105℃） | 125mS/cm | 第三方检测");
    expect(lines).toContain("省财政资助经费 | 1050");
  });
});

describe("a form row of fields above a table without rules", () => {
  // Class from fixtures/check-own10 01 (a PI row 柏清和 | 性别：男 | 出生年月：1976.11 | … taken for the header of the
  // table below it, which garbled both); fixtures/pdf/form-above-table is a second example made for this test.
  it("is no header: the form rows keep their fields, the table its header and numbered rows", async () => {
    const path = join(ROOT, "fixtures/pdf/form-above-table/input.pdf");
    const { text } = await ingest(readFileSync(path), path, {});
    expect(text).toMatch(/^负责人 \| 程雪松 \| 性别：女 \| 职称：研究员 \| 所在部门：茶叶装备研究室采摘机械课题组$/m);
    expect(text).toMatch(/^起止年月 \| 2026年1月至2028年12月$/m);
    expect(text).toMatch(/^序号 \| 单位名称 \| 单位类型 \| 任务分工\n1 \| 南屏农业机械研究所 \| 科研院所 \| 整机设计与集成\n2 \| 东岚茶业股份有限公司 \| 企业 \| 茶园示范与采收数据\n3 \| 西陵理工大学 \| 高等院校 \| 嫩芽识别与采摘路径规划$/m);
  });
});
