// The outline's invariants on real government Word and PDF files of another kind (../shared/real-docs):
// unique ids, every parent one area, ids on their chapter path, the document's own title (issue 9).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGuide } from "../src/index.js";
import { REAL_DOCS as SHARED_REAL_DOCS, sharedMissing } from "./shared.js";
// @ts-expect-error a plain ES module of the repository's scripts, without types
import { REAL_DOCS, outlineFaults } from "../scripts/realdocs-outline.mjs";

const docs = REAL_DOCS as string[];

describe.skipIf(sharedMissing(SHARED_REAL_DOCS))("outline invariants on real government documents", () => {
  it("hold on every file: unique ids, parents that exist once, chapter paths; titles on all but a few", async () => {
    expect(docs.length).toBeGreaterThan(0);
    let untitled = 0;
    for (const path of docs) {
      const g = await parseGuide(readFileSync(path), { path });
      const f = outlineFaults(g);
      expect({ path, ...f, noTitle: undefined }).toEqual({ path, repeatedIds: [], repeatedAreas: [], badParents: [], offPath: [], noTitle: undefined });
      if (f.noTitle) untitled++;
    }
    expect(untitled).toBeLessThanOrEqual(Math.ceil(docs.length * 0.02));
  }, 120000);
});
