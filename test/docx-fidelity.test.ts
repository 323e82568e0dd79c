// Our DOCX reader against mammoth's extractRawText (scripts/docx-fidelity.mjs, on dist/: npm test builds first),
// on real Word files that hold every structure the script looks at: fields, a content control, text boxes,
// footnotes, tables and automatic numbering. Ours keeps all the text mammoth keeps (hidden text aside, which
// Word does not show either), and each structure at least as often.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";
import { REAL_DOCS, sharedMissing } from "./shared.js";

const FILES = ["word/cmde-0549.docx", "word/cmde-0612.docx", "word/cmde-0729.docx", "word/cmde-1107.docx"].map((f) => join(REAL_DOCS, f));
const STRUCTURES = ["fields", "contentControls", "textBoxes", "notes", "tableCells", "numbered"] as const;
type Kept = { n: number; ours: number | null; mammoth: number | null };

describe.skipIf(sharedMissing(...FILES))("DOCX text fidelity against mammoth (real documents)", () => {
  it("keeps every character and every structure mammoth keeps, and the footnotes and numbers it drops", () => {
    const out = execFileSync(process.execPath, [join(ROOT, "scripts/docx-fidelity.mjs"), ...FILES, "--json"], { encoding: "utf8" });
    const { overall } = JSON.parse(out) as { overall: Record<string, number> & Record<(typeof STRUCTURES)[number], Kept> };
    expect(overall.files).toBe(FILES.length);
    expect(overall.oursHasMammoth).toBeGreaterThan(0.999);
    expect(overall.paras).toBeGreaterThan(0.999);
    for (const k of STRUCTURES) {
      expect(overall[k].n, k).toBeGreaterThan(0);
      expect(overall[k].ours, k).toBe(1);
    }
    // what mammoth's raw text leaves out, and why src/ingest/docx.ts reads the package itself
    expect(overall.notes.mammoth).toBe(0);
    expect(overall.numbered.mammoth).toBeLessThan(0.1);
  });
});
