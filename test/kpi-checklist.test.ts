// The KPI checklist of the check result (issue 13): every KPI of a draft's direction, met / not met / not
// stated / doubtful / not required, on the real drafts, checked against the findings the same run reports.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGuide } from "../src/batch/guide.js";
import { checkFiles } from "../src/batch/run.js";
import { checkDraft } from "../src/check/index.js";
import { readDraft } from "../src/draft/index.js";
import type { CheckResult, KpiCheck, KpiStatus } from "../src/model/check.js";
import type { GuideDocument } from "../src/model/guide.js";
import { findingOfKpi } from "../src/report/result.js";
import { ROOT } from "./helpers.js";
import { EVAL, SEEDS, sharedMissing } from "./shared.js";

const KPI_RULES = new Set(["kpi-threshold-not-met", "kpi-unit-incompatible", "kpi-missing"]);
const MAX = 50 * 1024 * 1024;

/** Drafts by the guide they are checked against, as the user would name both (relative to the repository). */
type Sets = Map<string, string[]>;

function add(sets: Sets, guide: string, draft: string): void {
  sets.set(guide, [...(sets.get(guide) ?? []), draft]);
}

/** fixtures/drafts/<case>/draft.* with the guide its expected.json names. */
function draftFixtures(): Sets {
  const sets: Sets = new Map();
  const root = "fixtures/drafts";
  for (const name of readdirSync(join(ROOT, root)).sort()) {
    const dir = join(root, name);
    let expected: { guide: string };
    try {
      expected = JSON.parse(readFileSync(join(ROOT, dir, "expected.json"), "utf8"));
    } catch {
      continue;
    }
    const draft = readdirSync(join(ROOT, dir)).find((f) => /^draft\.(txt|md|docx|pdf)$/.test(f))!;
    add(sets, join(root, expected.guide), join(dir, draft));
  }
  return sets;
}

/** A blind set (cases/ + expected.json or expected.yaml naming a seed notice per draft). */
function blindSet(dir: string, expectedFile: string): Sets {
  const sets: Sets = new Map();
  const text = readFileSync(join(ROOT, dir, expectedFile), "utf8");
  const entries: { file: string; guide: string }[] = expectedFile.endsWith(".json")
    ? JSON.parse(text)
    : [...text.matchAll(/^- file: (.+)\n\s+guide: (.+)$/gm)].map((m) => ({ file: m[1].trim(), guide: m[2].trim() }));
  for (const e of entries) add(sets, join(SEEDS, e.guide), join(dir, "cases", e.file));
  return sets;
}

async function check(sets: Sets): Promise<{ result: CheckResult; guides: Map<string, GuideDocument> }> {
  const files: CheckResult["files"] = [];
  const guides = new Map<string, GuideDocument>();
  for (const [guide, drafts] of sets) {
    guides.set(guide, await loadGuide(guide, ROOT, MAX));
    const run = await checkFiles({ cwd: ROOT, files: drafts, guide, jobs: 1, cache: false, baseline: false });
    files.push(...run.result.files);
  }
  return { result: { schemaVersion: 1, files, summary: { errors: 0, warnings: 0, infos: 0 } }, guides };
}

/** Every disagreement between a draft's checklist and its findings, in words (none expected). */
function disagreements(file: CheckResult["files"][number], guide: GuideDocument): string[] {
  const out: string[] = [];
  const rows = file.kpiChecklist;
  if (file.directionId === null) return rows === undefined ? [] : [`${file.path}: a checklist without a direction`];
  if (!rows) return [`${file.path}: no checklist`];
  const direction = guide.directions.find((d) => d.id === file.directionId)!;
  expect(rows.map((r) => r.kpi.text + r.kpi.metric)).toEqual(direction.kpis.map((k) => k.text + k.metric));
  const kpiFindings = file.findings.filter((f) => KPI_RULES.has(f.ruleId) && f.kpi);
  const at = (r: KpiCheck) => `${file.path} ${r.kpi.metric} ${r.status}`;
  for (const r of rows) {
    const f = findingOfKpi(r, file.findings);
    const about = kpiFindings.filter((x) => findingOfKpi({ ...r, ruleId: x.ruleId }, [x]) === x);
    if (r.status === "met" || r.status === "not-required") {
      if (about.length > 0 || r.ruleId !== undefined) out.push(`${at(r)} has ${about.map((x) => x.ruleId)}`);
      continue;
    }
    if (!f) out.push(`${at(r)}: no finding of ${r.ruleId}`);
    else if (r.status === "not-met" && (f.severity !== "error" || r.stated === undefined)) out.push(`${at(r)}: ${f.severity}`);
    else if (r.status === "doubtful" && (f.severity !== "warning" || r.stated === undefined)) out.push(`${at(r)}: ${f.severity}`);
    else if (r.status === "not-stated" && (!["kpi-missing", "field-missing"].includes(f.ruleId) || r.stated !== undefined)) out.push(`${at(r)}: ${f.ruleId}`);
  }
  // and no KPI finding without its row
  for (const f of kpiFindings) if (!rows.some((r) => findingOfKpi(r, [f]) === f)) out.push(`${file.path}: ${f.ruleId} ${f.kpi!.metric} has no row`);
  return out;
}

function tally(result: CheckResult): Record<KpiStatus, number> {
  const n: Record<KpiStatus, number> = { met: 0, "not-met": 0, "not-stated": 0, doubtful: 0, "not-required": 0 };
  for (const f of result.files) for (const r of f.kpiChecklist ?? []) n[r.status]++;
  return n;
}

describe("KPI checklist", () => {
  it("fixtures/drafts: a row per KPI of the direction, in the guide's order, agreeing with the findings", async () => {
    const { result, guides } = await check(draftFixtures());
    const sets = draftFixtures();
    const guideOf = (path: string) => guides.get([...sets].find(([, ds]) => ds.includes(path))![0])!;
    expect(result.files.flatMap((f) => disagreements(f, guideOf(f.path)))).toEqual([]);
    const n = tally(result);
    expect(n.met).toBeGreaterThan(100);
    expect(n["not-met"]).toBeGreaterThan(0);
    expect(n["not-stated"]).toBeGreaterThan(0);
    // 027: 诊断准确率 ≥94% against ≥95%, every other KPI of direction 7 met
    const short = result.files.find((f) => f.path.includes("027-sichuan-kpi-short-1pct"))!;
    expect(short.kpiChecklist!.filter((r) => r.status !== "met").map((r) => [r.kpi.metric, r.status, r.required, r.stated, r.location?.line, r.ruleId])).toEqual([
      ["诊断准确率", "not-met", "≥95%", "≥94%", 20, "kpi-threshold-not-met"],
    ]);
    // the guide each draft was checked against, and its direction's title
    expect(short.guide).toEqual({
      path: "fixtures/drafts/guides/003.yaml",
      title: "人工智能重大科技专项“揭榜挂帅”项目榜单",
      notice: "fixtures/notices/003-sichuan-ai-jiebang/input.txt",
    });
    expect(short.directionTitle).toBe(guideOf(short.path).directions.find((d) => d.id === "7")!.title);
  });

  describe.skipIf(sharedMissing(SEEDS, EVAL))("blind drafts (seed notices)", () => {
    it("fixtures/check-own2: met, not met and not stated all present, each agreeing with the findings", async () => {
      const sets = blindSet("fixtures/check-own2", "expected.json");
      const { result, guides } = await check(sets);
      const guideOf = (path: string) => guides.get([...sets].find(([, ds]) => ds.includes(path))![0])!;
      expect(result.files.flatMap((f) => disagreements(f, guideOf(f.path)))).toEqual([]);
      const rows = (name: string) =>
        result.files.find((f) => f.path.includes(name))!.kpiChecklist!.map((r) => [r.kpi.metric, r.status, r.required, r.stated ?? null]);
      // 09: 晶粒取向偏差 2.3° against ≤2°, 浓度 never stated, 碳排放 met
      expect(rows("09-kpi-kpimissing")).toEqual([
        ["晶粒取向偏差", "not-met", "≤2°", "≤2.3°"],
        ["浓度", "not-stated", "≥10mg/mL", null],
        ["碳排放降低", "met", "≥40%", "≥40%"],
      ]);
      // 11: 36 TOPS against 30 TOPS/W does not compare, so it is not met
      expect(rows("11-kpiunit")).toEqual([["能效比(TOPS/W)", "not-met", "≥30TOPS/W", "36TOPS"]]);
      // a direction not in the notice: no checklist
      expect(result.files.find((f) => f.path.includes("12-dirnotfound"))!.kpiChecklist).toBeUndefined();
      const n = tally(result);
      expect([n.met > 20, n["not-met"] >= 2, n["not-stated"] >= 1]).toEqual([true, true, true]);
    });

    it("shared/eval/check-dev: statuses agree with the findings", async () => {
      const sets = blindSet(join("..", "shared", "eval", "check-dev"), "expected.yaml");
      const { result, guides } = await check(sets);
      const guideOf = (path: string) => guides.get([...sets].find(([, ds]) => ds.includes(path))![0])!;
      expect(result.files.flatMap((f) => disagreements(f, guideOf(f.path)))).toEqual([]);
      expect(tally(result).met).toBeGreaterThan(50);
    });
  });

  it("a waived shortfall stays not met, marked waived, while its finding is gone (fixtures/repo-example)", async () => {
    const cwd = join(ROOT, "fixtures/repo-example");
    const run = await checkFiles({ cwd, jobs: 1, cache: false });
    const file = (name: string) => run.result.files.find((f) => f.path.endsWith(name))!;
    const waived = file("kpi-waived.md");
    const row = waived.kpiChecklist!.find((r) => r.kpi.metric === "诊断准确率")!;
    expect(row).toMatchObject({ status: "not-met", stated: "≥94%", ruleId: "kpi-threshold-not-met", waived: true });
    expect(findingOfKpi(row, waived.findings)).toBeUndefined();
    expect(waived.kpiChecklist!.filter((r) => r.waived)).toHaveLength(1);
    // the same shortfall without a waiver is reported and not marked
    const short = file("kpi-table-short.docx");
    const notMet = short.kpiChecklist!.filter((r) => r.status === "not-met");
    expect(notMet.map((r) => [r.kpi.metric, r.stated, r.waived])).toEqual([["打钉成功率", "98.5%", undefined]]);
    expect(findingOfKpi(notMet[0], short.findings)?.severity).toBe("error");
    // 销售 or 销售收入 (或): the draft answers the first, so the second is not required
    expect(short.kpiChecklist!.filter((r) => r.status === "not-required").map((r) => r.kpi.metric)).toEqual(["销售收入"]);
    expect(waived.guide).toMatchObject({ path: "notices/sichuan-ai-jiebang.txt", title: "人工智能重大科技专项“揭榜挂帅”项目榜单" });
  });

  it("a draft that states no KPI at all: every KPI not stated, reported by one field-missing finding", async () => {
    const path = "fixtures/drafts/027-sichuan-kpi-short-1pct/draft.txt";
    const guide = await loadGuide("fixtures/drafts/guides/003.yaml", ROOT, MAX);
    const facts = await readDraft(readFileSync(join(ROOT, path)), { path });
    expect(facts.kpis.length).toBeGreaterThan(5);
    const { findings, kpiChecklist } = checkDraft(guide, { ...facts, kpis: [] });
    const rows = kpiChecklist!;
    expect(rows.length).toBe(guide.directions.find((d) => d.id === "7")!.kpis.length);
    expect(new Set(rows.map((r) => `${r.status} ${r.ruleId}`))).toEqual(new Set(["not-stated field-missing"]));
    const f = findingOfKpi(rows[0], findings)!;
    expect([f.ruleId, f.found?.fact]).toEqual(["field-missing", "kpis"]);
    expect(findings.filter((x) => KPI_RULES.has(x.ruleId))).toEqual([]);
  });
});
