// Held-out notices (fixtures/heldout/*): layouts and noise the five seeds do not show, each with a
// hand-made gold annotation (ANNOTATION.md conventions), scored by the shared scorer. The floors are what
// the tool reached when the set was added (KPI F1 rounded down to 0.05): they guard against regressions
// and are meant to be raised as the parser improves, never to be tuned towards these files.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parseGuide } from "../src/index.js";
import { EVAL, sharedMissing } from "./shared.js";

const ROOT = resolve("fixtures/heldout");
const SCORER = join(EVAL, "score-parse.mjs");
interface Counts { tp: number; fp: number; fn: number; p: number; r: number; f1: number }
interface Score {
  areas: { gold: number; found: number };
  directions: { gold: number; found: number; extra: number };
  fields: Record<string, { ok: number; total: number }>;
  kpi: { strict: Counts; loose: Counts };
  rules: { gold: number; found: number };
}

// Floors: directions found (of the gold's leaves) and KPI strict F1, as measured when the structure and
// extraction fixes of the held-out diagnosis landed (every notice at 100%; floors leave room for scoring noise).
const FLOORS: Record<string, { directions: number; kpiF1: number }> = {
  "h1-guangdong-zhuanti-xiangmu": { directions: 4, kpiF1: 0.95 },
  "h2-shanghai-xingdong-fangxiang": { directions: 6, kpiF1: 0.95 },
  "h3-shandong-jiebang-bangdan": { directions: 4, kpiF1: 0.95 },
  "h4-national-keyrd-pdf-noise": { directions: 5, kpiF1: 0.95 },
  "h5-anhui-direction-table-md": { directions: 8, kpiF1: 0.95 },
  "h6-henan-circled-directions": { directions: 6, kpiF1: 0.95 },
  "h7-shenzhen-city-rules": { directions: 4, kpiF1: 0.95 },
  "h8-chongqing-traditional-ocr": { directions: 4, kpiF1: 0.95 },
};

const names = existsSync(ROOT) ? readdirSync(ROOT).filter((n) => existsSync(join(ROOT, n, "gold.json"))).sort() : [];

const scores = new Map<string, Promise<Score>>();

/** The scorer's figures for one held-out notice (parsed and scored once per run). */
function scoreOf(name: string): Promise<Score> {
  let p = scores.get(name);
  if (!p) scores.set(name, (p = scoreOne(name)));
  return p;
}

async function scoreOne(name: string): Promise<Score> {
  const { score } = await import(pathToFileURL(SCORER).href);
  const dir = join(ROOT, name);
  const input = readdirSync(dir).find((f) => /^input\.(txt|md)$/.test(f));
  if (!input) throw new Error(`${name}: no input.txt or input.md`);
  const path = join(dir, input);
  const model = JSON.parse(JSON.stringify(await parseGuide(readFileSync(path), { path })));
  return score(JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")), model, false);
}

describe.skipIf(sharedMissing(SCORER))("held-out notices against their gold (fixtures/heldout, scorer ../shared/eval)", () => {
  it("every held-out folder has a floor", () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const n of names) expect(FLOORS[n], `add a floor for ${n}`).toBeDefined();
  });

  for (const name of names) {
    it(`${name}: directions and KPI strict F1 at or above the recorded floor`, async () => {
      const r = await scoreOf(name);
      const floor = FLOORS[name] ?? { directions: 0, kpiF1: 0 };
      expect(r.directions.found).toBeGreaterThanOrEqual(floor.directions);
      expect(r.kpi.strict.f1).toBeGreaterThanOrEqual(floor.kpiF1);
    });
  }

  it("over the whole set: no extra direction, every area, ≥ 95 % of each scored field and of the rules; prints the table", async () => {
    const all = await Promise.all(names.map(async (name) => ({ name, r: await scoreOf(name) })));
    const pct = (x: number) => (x * 100).toFixed(0).padStart(3) + "%";
    const rows = all.map(({ name, r }) => {
      const fields = Object.entries(r.fields).map(([k, f]) => `${k} ${f.ok}/${f.total}`).join(", ");
      return (
        `${name.padEnd(32)} areas ${r.areas.found}/${r.areas.gold}  dirs ${r.directions.found}/${r.directions.gold} (+${r.directions.extra})` +
        `  kpi P ${pct(r.kpi.strict.p)} R ${pct(r.kpi.strict.r)} F1 ${pct(r.kpi.strict.f1)}` +
        `  rules ${r.rules.found}/${r.rules.gold}${fields ? "  | " + fields : ""}`
      );
    });
    console.log(["held-out scores (strict KPI atoms; areas/directions found/gold):", ...rows].join("\n"));

    const sum = (f: (r: Score) => number) => all.reduce((n, { r }) => n + f(r), 0);
    expect(sum((r) => r.directions.extra)).toBe(0);
    expect(sum((r) => r.areas.found)).toBe(sum((r) => r.areas.gold));
    expect(sum((r) => r.rules.found)).toBeGreaterThanOrEqual(0.95 * sum((r) => r.rules.gold));
    const fieldNames = [...new Set(all.flatMap(({ r }) => Object.keys(r.fields)))].sort();
    expect(fieldNames).toEqual(expect.arrayContaining(["durationMaxYears", "fundingCap", "matchingRatioMin", "parent", "title"]));
    for (const field of fieldNames) {
      const ok = sum((r) => r.fields[field]?.ok ?? 0);
      const total = sum((r) => r.fields[field]?.total ?? 0);
      expect(ok, `${field}: ${ok}/${total}`).toBeGreaterThanOrEqual(0.95 * total);
    }
  });
});
