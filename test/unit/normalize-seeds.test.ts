import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeNotice } from "../../src/normalize/index.js";
import { noticeInput } from "../helpers.js";

const root = join(import.meta.dirname, "../../fixtures/notices");
const seeds = readdirSync(root)
  .filter((d) => !d.startsWith("."))
  .map((d) => [d, readFileSync(join(root, d, noticeInput(d)), "utf8")] as const);

const lineCount = (s: string) => s.split("\n").length;

describe.each(seeds)("normalizeNotice over the seed %s", (_name, raw) => {
  it("leaves no LaTeX, Kangxi radical, pinyin or page debris, and never adds lines", async () => {
    const { text, display } = await normalizeNotice(raw);
    const out = text.text;
    expect(out).not.toContain("$");
    expect(out).not.toMatch(/\\(geq|leq|geqslant|leqslant|text|times|circ|sim|mu)\b/);
    expect(out).not.toMatch(/[\u2f00-\u2fdf\u2e80-\u2eff]/);
    expect(out).not.toMatch(/\((guān|shù|yè|fā|chǎn|tǐ)\)/);
    expect(out).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]*[āáǎàēéěèīíǐìōóǒòūúǔù][a-z]*\)/);
    expect(out).not.toMatch(/^(文档评论\(\d+\)|原创力文档|举报|- 0|最近更新)$/m);
    expect(out).not.toMatch(/^— \d+ —$/m);
    expect(lineCount(out)).toBeLessThanOrEqual(lineCount(raw));
    expect(display.length).toBe(out.length);
  });

  it("keeps a monotonic map onto the raw text", async () => {
    const { text, display } = await normalizeNotice(raw);
    expect(text.origin.length).toBe(text.text.length + 1);
    let ok = true;
    for (let i = 1; i < text.origin.length; i++) if (text.origin[i] < text.origin[i - 1]) ok = false;
    expect(ok).toBe(true);
    expect(text.origin[text.text.length]).toBe(raw.length);
    // Ideographs are never rewritten before simplification, so display shows exactly the raw character.
    const wrong: string[] = [];
    for (let i = 0; i < display.length; i++)
      if (/[\u4e00-\u9fff]/.test(display[i]) && raw[text.rawOffset(i)] !== display[i]) wrong.push(`${i}:${display[i]}`);
    expect(wrong).toEqual([]);
  });

  it("is idempotent", async () => {
    const once = (await normalizeNotice(raw)).text.text;
    expect((await normalizeNotice(once)).text.text).toBe(once);
  });
});
