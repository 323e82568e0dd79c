import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffGuides, formatGuideDiff } from "../src/author/diff.js";
import { parseGuide } from "../src/index.js";
import type { GuideDocument } from "../src/model/guide.js";
import { parseNotice, runCli } from "./helpers.js";

// Issue 5, "Done when": guide diff on two versions of a seed notice reports exactly the changes made.
// fixtures/notice-versions/002-jiangsu-edited.txt is seed 002 with three edits (see fixtures/README.md):
// 3001's 相对提升≥20% raised to ≥25%, direction 3005 removed, the 网上填报 deadline moved from 8月5日 to 8月12日.
const OLD = "fixtures/notices/002-jiangsu-major-projects/input.txt";
const NEW = "fixtures/notice-versions/002-jiangsu-edited.txt";

async function parsePath(path: string): Promise<GuideDocument> {
  return parseGuide(readFileSync(path), { path });
}

describe("guide diff", () => {
  it("reports exactly the three edits of the edited seed 002, and nothing else", async () => {
    const diff = diffGuides(await parseNotice("002-jiangsu-major-projects"), await parsePath(NEW));
    expect(diff.changes.map((c) => [c.kind, c.directionId, c.before, c.after])).toEqual([
      ["deadline-changed", null, "2024-08-05T17:30", "2024-08-12T17:30"],
      ["direction-removed", "3005", { id: "3005", title: "面向大模型的边缘端高效推理芯片研发" }, null],
      [
        "kpi-changed",
        "3001",
        expect.objectContaining({ op: ">=", value: 20, unit: "%" }),
        expect.objectContaining({ op: ">=", value: 25, unit: "%" }),
      ],
    ]);
    expect(diff.changes[0].subject).toBe("网上填报");
    expect(diff.changes[2].subject).toContain("相对提升");
    expect(diff.summary).toEqual({ "deadline-changed": 1, "direction-removed": 1, "kpi-changed": 1 });
  });

  it("is the mirror image the other way round", async () => {
    const diff = diffGuides(await parsePath(NEW), await parseNotice("002-jiangsu-major-projects"));
    expect(diff.changes.map((c) => [c.kind, c.directionId])).toEqual([
      ["deadline-changed", null],
      ["kpi-changed", "3001"],
      ["direction-added", "3005"],
    ]);
  });

  it("finds no change between a notice and its parsed YAML, nor between a guide and itself", async () => {
    const yaml = await runCli(["diff", "fixtures/notices/003-sichuan-ai-jiebang/expected.yaml", "fixtures/notices/003-sichuan-ai-jiebang/input.txt", "--format", "json"]);
    expect(JSON.parse(yaml.stdout).changes).toEqual([]);
    expect(yaml.code).toBe(0);
    const g = await parseNotice("001-national-intl-cooperation");
    expect(diffGuides(g, g).changes).toEqual([]);
  });

  it("names renames (same id, other title), renumberings (same title, other id) and field, rule and KPI changes", async () => {
    const before = await parseNotice("003-sichuan-ai-jiebang");
    const after = structuredClone(before);
    after.directions[1].title = "森林防火多模态大模型研发";
    after.directions[2].id = "30";
    after.directions[3].fundingCap = { yuan: 9_000_000, text: "900万元" };
    after.directions[3].durationMaxYears = 2;
    after.directions[4].mode = "竞争择优";
    after.directions[4].matchingRatioMin = 1;
    after.directions[5].kpis.pop();
    after.rules.push({ kind: "participants_max", value: 5, text: "参与单位不超过5家", span: { startLine: 9, endLine: 9 } });
    after.meta.deadlines.push({ label: "网上申报", at: "2025-03-31T17:00" });
    const diff = diffGuides(before, after);
    expect(diff.changes.map((c) => [c.kind, c.directionId, c.subject])).toEqual([
      ["deadline-added", null, "网上申报"],
      ["rule-added", null, "participants_max"],
      ["direction-renamed", "2", "title"],
      ["direction-renumbered", "30", "id"],
      ["direction-changed", "4", "fundingCap"],
      ["direction-changed", "4", "durationMaxYears"],
      ["direction-changed", "5", "mode"],
      ["direction-changed", "5", "matchingRatioMin"],
      ["kpi-removed", "6", before.directions[5].kpis.at(-1)!.metric],
    ]);
    expect(diff.changes.find((c) => c.kind === "direction-renumbered")!.oldDirectionId).toBe("3");
    // deterministic: the same inputs give the same bytes
    expect(JSON.stringify(diffGuides(before, after))).toBe(JSON.stringify(diff));
    const text = formatGuideDiff(diff, "en");
    expect(text).toContain("~ Direction 2 renamed");
    expect(text).toContain("~ Direction 4 funding cap: 800万元 → 900万元");
    expect(text).toContain("9 changes");
  });

  it("CLI: text and JSON; exit 1 when the versions differ, 2 for a missing file", async () => {
    const text = await runCli(["diff", OLD, NEW]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("~ 截止时间「网上填报」：2024-08-05T17:30 → 2024-08-12T17:30");
    expect(text.stdout).toContain("- 方向 3005 面向大模型的边缘端高效推理芯片研发（删除）");
    expect(text.stdout).toContain("≥20% → ≥25%");
    expect(text.stdout).toContain("共 3 处变化");
    const json = await runCli(["diff", OLD, NEW, "--format", "json"]);
    expect(JSON.parse(json.stdout).summary).toEqual({ "deadline-changed": 1, "direction-removed": 1, "kpi-changed": 1 });
    const missing = await runCli(["diff", OLD, "nope.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.txt");
  });
});
