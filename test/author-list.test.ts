import { describe, expect, it } from "vitest";
import { alignColumns, trimNumber } from "../src/author/common.js";
import { displayWidth } from "../src/core/display-width.js";
import { formatDirectionTable, listDirections } from "../src/author/list.js";
import { formatDirectionDetail, showDirection } from "../src/author/show.js";
import { parseNotice, runCli } from "./helpers.js";

describe("display width", () => {
  it.each([
    ["abc", 3],
    ["方向名称", 8],
    ["3C行业", 6],
    ["（一）", 6],
    ["ＡＢ", 4],
    ["é", 1],
  ])("%s is %i columns", (s, w) => expect(displayWidth(s)).toBe(w));

  it("aligns CJK and ASCII cells on the same columns", () => {
    const lines = alignColumns([["编号", "名称", "上限"], ["1.10", "GaN器件", "2000"], ["2", "6G", "5"]], new Set([2]));
    expect(lines).toEqual(["编号  名称     上限", "1.10  GaN器件  2000", "2     6G          5"]);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it("writes powers of ten the way the reader reads them", () => {
    expect(trimNumber(5e-9)).toBe("5×10^-9");
    expect(trimNumber(0.1 + 0.2)).toBe("0.3");
  });
});

describe("guide list", () => {
  it("rows carry id, title, mode, cap, duration and KPI count, the document's values marked as such", async () => {
    const rows = listDirections(await parseNotice("001-national-intl-cooperation"));
    expect(rows[0]).toMatchObject({ id: "1.1", mode: null, capYuan: null, durationMaxYears: 3, durationSource: "document", kpiCount: 14 });
    const sichuan = listDirections(await parseNotice("003-sichuan-ai-jiebang"));
    expect(sichuan[0]).toMatchObject({ id: "1", mode: "揭榜挂帅", capYuan: 20_000_000, durationMaxYears: 3, durationSource: "direction", kpiCount: 23 });
  });

  it("filters by keyword, mode and cap (万元)", async () => {
    const g = await parseNotice("002-jiangsu-major-projects");
    expect(listDirections(g, { keyword: "大模型" }).map((r) => r.id)).toEqual(["3001", "3002", "3003", "3005", "3006"]);
    expect(listDirections(g, { mode: "竞争择优" }).map((r) => r.id)).toEqual(["3001"]);
    expect(listDirections(g, { mode: "none" }).map((r) => r.id)).toEqual(["7002"]);
    const big = listDirections(g, { capMinWan: 2000 });
    // 7002 states no cap of its own: the document's 2000万元 applies
    expect(big.map((r) => r.id)).toEqual(["1001", "2001", "2003", "2007", "7002"]);
    expect(big.at(-1)).toMatchObject({ capSource: "document", durationSource: "document" });
    expect(listDirections(g, { mode: "定向委托", capMaxWan: 1000 }).map((r) => r.id)).toEqual(["1002", "5001"]);
  });

  it("text table: one line per direction under the header, columns aligned by display width", async () => {
    const rows = listDirections(await parseNotice("003-sichuan-ai-jiebang"));
    const lines = formatDirectionTable(rows).split("\n");
    expect(lines[0]).toMatch(/^编号\s+方向名称\s+组织方式\s+上限\(万元\)\s+期限\(年\)\s+指标数$/);
    // the 指标数 column ends on the same display column on every row
    const ends = lines.slice(0, rows.length + 1).map(displayWidth);
    expect(new Set(ends).size).toBe(1);
    expect(lines.at(-2)).toBe("共 11 个方向");
  });

  it("CLI: text, --format json, and exit 2 for a bad --cap-min", async () => {
    const notice = "fixtures/notices/003-sichuan-ai-jiebang/input.txt";
    const text = await runCli(["list", notice, "--keyword", "机器人"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("机器人用高扭矩密度精密减速机研制及示范应用");
    const json = await runCli(["list", notice, "--cap-max", "600", "--format", "json"]);
    expect(JSON.parse(json.stdout).map((r: { id: string }) => r.id)).toEqual(["8", "9", "10", "11"]);
    const bad = await runCli(["list", notice, "--cap-min", "lots"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("guide show", () => {
  it("one direction: fields, the rules that apply (its own and the document's) and its KPIs with their lines", async () => {
    const g = await parseNotice("002-jiangsu-major-projects");
    const x = showDirection(g, "3001")!;
    expect(x.areas.map((a) => a.id)).toEqual(["3"]);
    expect(x.effective.fundingCap).toMatchObject({ value: { yuan: 10_000_000 }, source: "direction" });
    expect(x.constraints.find((c) => c.kind === "gov_share_max")).toMatchObject({ value: 0.5, source: "document" });
    expect(x.constraints.find((c) => c.kind === "other")).toMatchObject({ source: "direction" });
    // the document's 2000万元 cap is overridden by the direction's 1000万元
    expect(x.constraints.some((c) => c.kind === "funding_cap")).toBe(false);
    const text = formatDirectionDetail(x);
    expect(text).toContain("方向 3001  垂直领域大模型关键技术研发与场景应用");
    // labels a reader knows, not the model's keys
    expect(text).toMatch(/政府资助占比上限 50% {2}\[文件通用 L77-81\]/);
    expect(text).not.toMatch(/gov_share_max|= 0\.5/);
    expect(formatDirectionDetail(x, "en")).toMatch(/government share at most 50% {2}\[document L77-81\]/);
    expect(text).toMatch(/3\. 垂直领域评测数据集上的准确性较通用大模型相对提升 ≥20% {2}\[L641-643\]/);
    expect(showDirection(g, "9999")).toBeNull();
  });

  it("CLI: json, and a one-line exit-2 error naming the guide for an unknown id", async () => {
    const notice = "fixtures/notices/003-sichuan-ai-jiebang/input.txt";
    const json = await runCli(["show", notice, "7", "--format", "json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).direction.title).toBe("乳腺疾病智能诊疗设备系统研制及示范应用");
    const missing = await runCli(["show", notice, "12", "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/has no direction 12/);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
