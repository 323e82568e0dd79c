#!/usr/bin/env node
// Invariants of the outline on real government Word files that are not funding notices (../shared/real-docs
// and its word/ folder): no crash, unique direction and area ids, every parent one area, ids keeping their
// chapter path (1.2 under area 1), and a meta.title. `node scripts/realdocs-outline.mjs [--verbose]` after a
// build; test/realdocs-outline.test.ts asserts the same through outlineFaults().
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "..");
/** The real documents beside the checkout (empty when ../shared is absent). */
export const REAL_DOCS = [resolve(ROOT, "../shared/real-docs"), resolve(ROOT, "../shared/real-docs/word")]
  .filter(existsSync)
  .flatMap((dir) => readdirSync(dir).filter((f) => /\.(docx|pdf)$/.test(f)).sort().map((f) => join(dir, f)));

/** What breaks the outline's invariants in one parsed guide. */
export function outlineFaults(g) {
  const ids = g.directions.map((d) => d.id);
  const areaIds = g.areas.map((a) => a.id);
  const once = (id) => areaIds.filter((a) => a === id).length === 1;
  return {
    repeatedIds: ids.filter((id, i) => ids.indexOf(id) !== i),
    repeatedAreas: areaIds.filter((id, i) => areaIds.indexOf(id) !== i),
    badParents: [...g.directions, ...g.areas].filter((d) => d.parentId !== null && !once(d.parentId)).map((d) => d.id),
    offPath: g.directions.filter((d) => d.parentId !== null && !d.id.startsWith(d.parentId + ".") && !/^\d{4}$/.test(d.id)).map((d) => d.id),
    noTitle: g.meta.title === null,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { parseGuide } = await import(pathToFileURL(join(ROOT, "dist/index.js")).href);
  const t = { files: 0, directions: 0, repeatedIds: 0, repeatedAreas: 0, badParents: 0, offPath: 0, noTitle: 0 };
  for (const path of REAL_DOCS) {
    const g = await parseGuide(readFileSync(path), { path });
    const f = outlineFaults(g);
    t.files++;
    t.directions += g.directions.length;
    t.repeatedIds += f.repeatedIds.length;
    t.repeatedAreas += f.repeatedAreas.length;
    t.badParents += f.badParents.length;
    t.offPath += f.offPath.length;
    t.noTitle += f.noTitle ? 1 : 0;
    if (process.argv.includes("--verbose") && (f.repeatedIds.length || f.repeatedAreas.length || f.badParents.length || f.offPath.length || f.noTitle))
      console.log(path.split("/").pop(), JSON.stringify(f));
  }
  console.log(Object.entries(t).map(([k, v]) => `${k} ${v}`).join("  "));
}
