import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseNotice } from "./helpers.js";

// The gold annotations and their scorer live beside the checkout (../shared/eval), as in CI.
const EVAL = resolve("../shared/eval");
const present = existsSync(`${EVAL}/score-parse.mjs`);

interface Score {
  directions: { gold: number; found: number };
  fields: Record<string, { ok: number; total: number }>;
  kpi: { strict: { f1: number; p: number; r: number } };
}

async function scoreSeed(name: string, gold: string): Promise<Score> {
  const { score } = await import(pathToFileURL(`${EVAL}/score-parse.mjs`).href);
  const model = JSON.parse(JSON.stringify(await parseNotice(name)));
  return score(JSON.parse(readFileSync(`${EVAL}/gold/${gold}.json`, "utf8")), model, false);
}

describe.skipIf(!present)("accuracy against the shared gold annotations (../shared/eval)", () => {
  it("seed 003: 11/11 directions with title, cap and duration exact; KPI strict F1 ≥ 0.95", async () => {
    const r = await scoreSeed("003-sichuan-ai-jiebang", "003_7478b59a072fa210");
    expect(r.directions.found).toBe(11);
    for (const f of ["title", "fundingCap", "durationMaxYears", "mode"]) expect(r.fields[f]).toEqual({ ok: 11, total: 11 });
    expect(r.kpi.strict.f1).toBeGreaterThanOrEqual(0.95);
  });

  it("seed 000: every direction found; KPI strict F1 ≥ 0.90", async () => {
    const r = await scoreSeed("000-work-plan", "000_22f4c2398b6a30c8");
    expect(r.directions.found).toBe(r.directions.gold);
    expect(r.kpi.strict.f1).toBeGreaterThanOrEqual(0.9);
  });
});
