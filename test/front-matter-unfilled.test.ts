import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

// An empty front-matter or sidecar value is "not filled in" (issue 13): a field-missing finding at the empty
// key's line, never an unknown key.
const GUIDE = "fixtures/drafts/guides/001.yaml";

interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  location: { line: number };
  data: { fact?: string };
}
async function findingsOf(path: string, cwd: string): Promise<Finding[]> {
  const r = await runCli(["check", path, "--guide", join(process.cwd(), GUIDE), "--format", "json", "--lang", "en"], {}, cwd);
  return (JSON.parse(r.stdout) as { files: { findings: Finding[] }[] }).files[0].findings;
}

describe("empty front-matter values are not filled in", () => {
  it("front matter in English keys: empty string, nothing, empty list, a 【待填写】 placeholder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "guide-unfilled-"));
    const draft = [
      "---",
      'direction: "1.1"',
      "title: 【待填写】",
      "period:",
      'budget: { government: "", selfFunded: 1500万元 }',
      "kpis: []",
      "---",
      "# 项目申报书",
      "",
    ].join("\n");
    writeFileSync(join(dir, "draft.md"), draft);
    const found = await findingsOf("draft.md", dir);
    expect(found.filter((f) => f.ruleId === "front-matter-key-unknown")).toEqual([]);
    const missing = found.filter((f) => f.ruleId === "field-missing");
    // the lead unit was never a key: it is simply not stated
    expect(missing.find((f) => f.data.fact === "leadUnit")?.messageId).toBe("missing");
    const unfilled = missing.filter((f) => f.messageId === "unfilled");
    expect(unfilled.map((f) => [f.data.fact, f.messageId, f.location.line]).sort()).toEqual([
      ["budget.government", "unfilled", 5],
      ["period", "unfilled", 4],
    ]);
    // a KPI list stated empty is known to be empty: every KPI of the direction is owed (kpi-missing), as it is
    // for a KPI table whose value cells are all left to fill in
    expect(found.filter((f) => f.ruleId === "kpi-missing").length).toBeGreaterThan(3);
    expect(unfilled[0].message).toMatch(/not filled in/);
  });

  it("a sidecar in Chinese keys: empty sub-keys too; a fact simply absent stays 'does not state'", async () => {
    const dir = mkdtempSync(join(tmpdir(), "guide-unfilled-"));
    writeFileSync(join(dir, "申报书.txt"), "项目申报书\n\n一、研究内容\n柔性钙钛矿太阳能电池与薄膜锌离子储能电池的一体化器件。\n");
    writeFileSync(join(dir, "申报书.proposal.yaml"), ["指南方向: \"1.1\"", "执行期限: \"\"", "经费预算:", "  申请国拨经费:", "  自筹经费: 【待填写】", ""].join("\n"));
    const found = await findingsOf("申报书.txt", dir);
    expect(found.filter((f) => f.ruleId === "front-matter-key-unknown")).toEqual([]);
    const byFact = Object.fromEntries(found.filter((f) => f.ruleId === "field-missing").map((f) => [f.data.fact, f]));
    expect(byFact.period).toMatchObject({ messageId: "unfilled", location: { line: 2 } });
    expect(byFact["budget.government"]).toMatchObject({ messageId: "unfilled", location: { line: 4 } });
    // the KPIs were never a key of the sidecar: not "not filled in"
    if (byFact.kpis) expect(byFact.kpis.messageId).toBe("missing");
  });
});
