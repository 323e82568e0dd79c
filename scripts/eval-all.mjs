#!/usr/bin/env node
// Scores `guide parse` on every annotated notice we have: the seeds' gold and the dev set in ../shared/eval,
// and the repository's own annotated folders (fixtures/heldout, fixtures/unseen). One line per set, then
// per-file lines with --verbose. Run after `npm run build`, before and after every change to the engine.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "..");
const SHARED = resolve(ROOT, "../shared");
const verbose = process.argv.includes("--verbose");
// --skip u28,u29: leave out folders whose names start so (a blind set still being written, not yet run)
const skipArg = process.argv.indexOf("--skip");
const skip = skipArg > 0 ? process.argv[skipArg + 1].split(",") : [];
const only = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--skip");
const { parseGuide } = await import(pathToFileURL(join(ROOT, "dist/index.js")).href);
const { score } = await import(pathToFileURL(join(SHARED, "eval/score-parse.mjs")).href);

/** [name, goldPath, inputPath] of a set. */
function flatSet(goldDir, srcDir) {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const stem = f.replace(/\.json$/, "");
      const input = readdirSync(srcDir).find((s) => s.startsWith(stem + ".") && !s.includes(".source."));
      return input ? [stem, join(goldDir, f), join(srcDir, input)] : null;
    })
    .filter(Boolean);
}
function folderSet(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((n) => existsSync(join(dir, n, "gold.json")) && !skip.some((p) => n.startsWith(p)))
    .map((n) => {
      const input = readdirSync(join(dir, n)).find((f) => f.startsWith("input."));
      return input ? [n, join(dir, n, "gold.json"), join(dir, n, input)] : null;
    })
    .filter(Boolean);
}

const sets = {
  seeds: flatSet(join(SHARED, "eval/gold"), join(SHARED, "seeds")),
  dev: flatSet(join(SHARED, "eval/dev/gold"), join(SHARED, "eval/dev/notices")),
  heldout: folderSet(join(ROOT, "fixtures/heldout")),
  unseen: folderSet(join(ROOT, "fixtures/unseen")),
};

for (const [name, files] of Object.entries(sets)) {
  if (only.length && !only.includes(name)) continue;
  if (!files.length) continue;
  const t = { tp: 0, fp: 0, fn: 0, dirs: 0, gold: 0, extra: 0, dup: 0, rules: 0, rulesGold: 0 };
  for (const [stem, goldPath, input] of files) {
    const gold = JSON.parse(readFileSync(goldPath, "utf8"));
    let model;
    try {
      model = JSON.parse(JSON.stringify(await parseGuide(readFileSync(input), { path: input })));
    } catch (e) {
      console.log(`  ${stem}: parse failed: ${e.message}`);
      continue;
    }
    const r = score(gold, model, false);
    const k = r.kpi.strict;
    t.tp += k.tp; t.fp += k.fp; t.fn += k.fn;
    t.dirs += r.directions.found; t.gold += r.directions.gold; t.extra += r.directions.extra;
    t.dup += r.directions.duplicates ?? 0; t.rules += r.rules.found; t.rulesGold += r.rules.gold;
    if (verbose)
      console.log(`  ${stem.padEnd(34)} dirs ${r.directions.found}/${r.directions.gold} (+${r.directions.extra}) kpi F1 ${k.f1.toFixed(3)} rules ${r.rules.found}/${r.rules.gold}`);
  }
  const p = t.tp / (t.tp + t.fp || 1), rc = t.tp / (t.tp + t.fn || 1);
  const f1 = p + rc ? (2 * p * rc) / (p + rc) : 0;
  console.log(`${name.padEnd(8)} dirs ${t.dirs}/${t.gold} extra ${t.extra} dup ${t.dup}  kpi P ${p.toFixed(3)} R ${rc.toFixed(3)} F1 ${f1.toFixed(3)}  rules ${t.rules}/${t.rulesGold}`);
}
