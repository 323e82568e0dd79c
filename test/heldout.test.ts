// Held-out notices (fixtures/heldout/*): layouts and noise the five seeds do not show, each with a
// hand-made gold annotation (ANNOTATION.md conventions), scored by the shared scorer. The floors are what
// the tool reached when the set was added (KPI F1 rounded down to 0.05): they guard against regressions
// and are meant to be raised as the parser improves, never to be tuned towards these files.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { parseGuide } from "../src/index.js";

const ROOT = resolve("fixtures/heldout");
const SCORER = resolve("../shared/eval/score-parse.mjs");
const present = existsSync(SCORER);
if (!present) console.log(`heldout: skipped, the shared scorer is absent (${SCORER})`);

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

async function scoreOne(name: string): Promise<Score> {
  const { score } = await import(pathToFileURL(SCORER).href);
  const dir = join(ROOT, name);
  const input = readdirSync(dir).find((f) => /^input\.(txt|md)$/.test(f));
  if (!input) throw new Error(`${name}: no input.txt or input.md`);
  const path = join(dir, input);
  const model = JSON.parse(JSON.stringify(await parseGuide(readFileSync(path), { path })));
  return score(JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")), model, false);
}

describe.skipIf(!present)("held-out notices against their gold (fixtures/heldout, scorer ../shared/eval)", () => {
  const rows: string[] = [];

  it("every held-out folder has a floor", () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const n of names) expect(FLOORS[n], `add a floor for ${n}`).toBeDefined();
  });

  for (const name of names) {
    it(`${name}: directions and KPI strict F1 at or above the recorded floor`, async () => {
      const r = await scoreOne(name);
      const pct = (x: number) => (x * 100).toFixed(0).padStart(3) + "%";
      const fields = Object.entries(r.fields).map(([k, f]) => `${k} ${f.ok}/${f.total}`).join(", ");
      rows.push(
        `${name.padEnd(32)} areas ${r.areas.found}/${r.areas.gold}  dirs ${r.directions.found}/${r.directions.gold} (+${r.directions.extra})` +
          `  kpi P ${pct(r.kpi.strict.p)} R ${pct(r.kpi.strict.r)} F1 ${pct(r.kpi.strict.f1)}` +
          `  rules ${r.rules.found}/${r.rules.gold}${fields ? "  | " + fields : ""}`,
      );
      const floor = FLOORS[name] ?? { directions: 0, kpiF1: 0 };
      expect(r.directions.found).toBeGreaterThanOrEqual(floor.directions);
      expect(r.kpi.strict.f1).toBeGreaterThanOrEqual(floor.kpiF1);
    });
  }

  it("prints the table", () => {
    console.log(["held-out scores (strict KPI atoms; areas/directions found/gold):", ...rows].join("\n"));
  });
});
