import { describe, expect, it } from "vitest";
import { parseGuide } from "../src/index.js";
import type { GuideDocument } from "../src/model/guide.js";
import { noticeText, parseNotice } from "./helpers.js";

const KANGXI: Record<string, string> = { 人: "⼈", 工: "⼯", 一: "⼀", 大: "⼤", 力: "⼒" };

/**
 * The seed as a bad PDF export gives it: every line re-wrapped at 28 characters (breaking words, numbers
 * and units), a page number and a running header every 40 lines, Kangxi look-alikes, full-width digits
 * on every third line. LaTeX stays on one line, as converters write it.
 */
function degrade(text: string): string {
  const out: string[] = [];
  let n = 0;
  let page = 1;
  for (const paragraph of text.split("\n").map((l) => l.trim()).filter(Boolean)) {
    for (let i = 0; i < paragraph.length; ) {
      let j = Math.min(paragraph.length, i + 28);
      if ((paragraph.slice(0, j).split("$").length - 1) % 2 === 1) {
        const close = paragraph.indexOf("$", j);
        j = close < 0 ? paragraph.length : close + 1;
      }
      const fullWidth = n % 3 === 0;
      out.push(
        paragraph
          .slice(i, j)
          .replace(/[人工一大力]/g, (c) => KANGXI[c])
          .replace(/\d/g, (d) => (fullWidth ? String.fromCharCode(d.charCodeAt(0) + 0xfee0) : d)),
      );
      i = j;
      if (++n % 40 === 0) out.push("", `— ${page++} —`, "", "某某省科学技术厅文件", "");
    }
  }
  return out.join("\n");
}

const directionFacts = (g: GuideDocument) =>
  g.directions.map((d) => [d.id, d.title.replace(/\s+/g, ""), d.fundingCap?.yuan, d.durationMaxYears, d.matchingRatioMin, d.mode]);
const atoms = (g: GuideDocument) => g.directions.flatMap((d) => d.kpis.map((k) => `${d.id} ${k.op} ${k.value} ${k.max} ${k.unit}`));

describe.each([
  ["000-work-plan", 1],
  ["001-national-intl-cooperation", 0.98],
  ["002-jiangsu-major-projects", 0.93],
  ["003-sichuan-ai-jiebang", 0.97],
])("seed %s re-wrapped with page furniture and look-alike characters", (name, recallFloor) => {
  it(`keeps every direction and ≥ ${recallFloor * 100}% of KPI atoms`, async () => {
    const clean = await parseNotice(name);
    const noisy = await parseGuide(new TextEncoder().encode(degrade(noticeText(name))), { path: `${name}-noisy.txt` });
    expect(directionFacts(noisy)).toEqual(directionFacts(clean));
    const found = new Set(atoms(noisy));
    const expected = atoms(clean);
    expect(expected.filter((a) => found.has(a)).length / expected.length).toBeGreaterThanOrEqual(recallFloor);
  });
});
