// Properties of the threshold reader (src/extract/threshold.ts), issue 6 "Property tests":
// it never throws on any string, keeps its documented offsets, and re-reads its own rendering
// `${op}${value}${unit}` (and `${value}${unit}${suffix}`) to the same atom.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readKpis, readQuantity } from "../../src/extract/threshold.js";
import type { Comparator } from "../../src/model/guide.js";
import { budget, params } from "./runs.js";

// Characters the reader branches on, so random strings reach its paths more often than pure noise would:
// digits (ASCII and full-width), Chinese numerals, comparators and their words' characters, units,
// range separators, clause breaks, brackets, CJK, Kangxi look-alikes, and control characters.
const INTERESTING = [
  ..."0123456789０１２３４５６７８９.．-+±~～〜–—至到%％‰°℃′″×*^/·:：,，、；;。|\t\n\r\f\v\u0000\u0007\u001b\u00a0\u3000\u200b\ufeff",
  ..."零〇一二两兩三四五六七八九十百千万亿萬億第之每约≈≥≤＞＜><=⩾⩽≧≦",
  ..."不低少小于於超过過大高以上下内內及或左右达到提升至降控制在为有多余项个件家种套万元亿ms小时年天倍百分点",
  ..."分别和与在条件后精度优考核指标（）()【】⼀⼯⼈關guān",
  ..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzμΩÅ",
];

const anyString = fc.oneof(
  fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  // Fragments of real KPI text glued with noise: the shapes the reader's lookbehinds and lookaheads see.
  fc
    .array(
      fc.oneof(
        fc.constantFrom("不低于", "≥", "≤", "以上", "以内", "3-5个", "1.60至1.75", "1×106cm-2", "百分之", "每小时", "分别不低于", "和", "(TOPS/W)", "HV10", "±", "在", "条件下", "vLLM0.5.1", "17:30", "3:1", "第", "（1）", "1、"),
        fc.string({ unit: fc.constantFrom(...INTERESTING), maxLength: 6 }),
        fc.integer({ min: -1000, max: 1e7 }).map(String),
      ),
      { maxLength: 12 },
    )
    .map((xs) => xs.join("")),
);

describe("readKpis / readQuantity on any string", () => {
  it(
    "never throw, and their offsets point at what they report",
    () => {
      fc.assert(
        fc.property(anyString, (s) => {
          const atoms = readKpis(s);
          for (const a of atoms) {
            // documented: `text === input.slice(start, end)`
            expect(s.slice(a.start, a.end)).toBe(a.text);
            expect(Number.isNaN(a.value)).toBe(false);
            if (a.op === "range") expect(a.max).not.toBeNull();
          }
          const q = readQuantity(s);
          if (q) {
            expect(s.slice(q.start, q.end)).toBe(q.text);
            expect(q.start).toBeLessThanOrEqual(q.end);
            expect(Number.isNaN(q.value)).toBe(false);
          }
        }),
        params(),
      );
    },
    budget(1),
  );
});

/** Prefix comparators as written in notices and drafts, with the op the SPEC gives them. */
const PREFIX: [string, Comparator][] = [
  ["≥", ">="], ["⩾", ">="], [">=", ">="], ["不少于", ">="], ["不低于", ">="], ["不小于", ">="], ["至少", ">="],
  ["达到", ">="], ["＞", ">"], [">", ">"], ["大于", ">"], ["超过", ">"], ["高于", ">"],
  ["≤", "<="], ["⩽", "<="], ["<=", "<="], ["不超过", "<="], ["不大于", "<="], ["不高于", "<="],
  ["＜", "<"], ["<", "<"], ["小于", "<"], ["低于", "<"], ["少于", "<"], ["约", "approx"], ["接近", "approx"],
  ["", "="],
];

/** Suffix comparators: 以上/以下/以内 include the number (SPEC). */
const SUFFIX: [string, Comparator][] = [["以上", ">="], ["及以上", ">="], ["以下", "<="], ["以内", "<="], ["左右", "approx"]];

/** Units as written, with the unit and multiplier the reader gives back (万 on count units resolved). */
const UNITS: [string, string, number][] = [
  ["%", "%", 1], ["‰", "‰", 1], ["件", "件", 1], ["项", "项", 1], ["个", "个", 1], ["家", "家", 1], ["篇", "篇", 1],
  ["套", "套", 1], ["种", "种", 1], ["次", "次", 1], ["倍", "倍", 1], ["个百分点", "个百分点", 1],
  ["万元", "万元", 1], ["亿元", "亿元", 1], ["元", "元", 1], ["万套", "套", 1e4], ["万吨", "吨", 1e4],
  ["ms", "ms", 1], ["s", "s", 1], ["h", "h", 1], ["小时", "小时", 1], ["天", "天", 1], ["年", "年", 1],
  ["Wh/kg", "Wh/kg", 1], ["mm", "mm", 1], ["nm", "nm", 1], ["μm", "μm", 1], ["kW", "kW", 1], ["MW", "MW", 1],
  ["GB", "GB", 1], ["TB", "TB", 1], ["TOPS/W", "TOPS/W", 1], ["°C", "°C", 1], ["dB", "dB", 1], ["MPa", "MPa", 1],
  ["kg", "kg", 1], ["ppm", "ppm", 1], ["fps", "fps", 1], ["Hz", "Hz", 1], ["mΩ·cm2", "mΩ·cm2", 1],
];

/** Values as a KPI writes them: whole numbers and decimals with up to three places, never exponent form. */
const value = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 999 })).map(([i, f]) => Number(`${i}.${f}`)),
);

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe("readQuantity re-reads its own rendering", () => {
  it(
    "`${op}${value}${unit}` gives op, value and unit back",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...PREFIX), value, fc.constantFrom(...UNITS), ([word, op], v, [written, unit, scale]) => {
          const s = `${word}${v}${written}`;
          const q = readQuantity(s);
          expect(q, s).not.toBeNull();
          expect({ s, op: q!.op, unit: q!.unit, max: q!.max }).toEqual({ s, op, unit, max: null });
          expect(close(q!.value, v * scale), `${s}: ${q!.value} vs ${v * scale}`).toBe(true);
          // the whole rendering is the quantity
          expect(q!.text).toBe(s);
        }),
        params(),
      );
    },
    budget(1),
  );

  it(
    "`${value}${unit}${suffix}` gives op, value and unit back",
    () => {
      fc.assert(
        fc.property(value, fc.constantFrom(...UNITS), fc.constantFrom(...SUFFIX), (v, [written, unit, scale], [word, op]) => {
          const s = `${v}${written}${word}`;
          const q = readQuantity(s);
          expect(q, s).not.toBeNull();
          expect({ s, op: q!.op, unit: q!.unit }).toEqual({ s, op, unit });
          expect(close(q!.value, v * scale), `${s}: ${q!.value} vs ${v * scale}`).toBe(true);
          expect(q!.text).toBe(s);
        }),
        params(),
      );
    },
    budget(1),
  );

  it(
    "a KPI sentence `${metric}${op}${value}${unit}` is one atom with that op, value and unit",
    () => {
      const metric = fc.constantFrom("光电转换效率", "发明专利申请数", "能量密度", "响应时间", "国产化率", "识别准确率", "系统可用性");
      const ops = PREFIX.filter(([w]) => w !== "");
      fc.assert(
        fc.property(metric, fc.constantFrom(...ops), value, fc.constantFrom(...UNITS), (m, [word, op], v, [written, unit, scale]) => {
          const s = `${m}${word}${v}${written}`;
          const atoms = readKpis(s);
          expect(atoms.length, s).toBe(1);
          expect({ s, op: atoms[0].op, unit: atoms[0].unit }).toEqual({ s, op, unit });
          expect(close(atoms[0].value, v * scale), s).toBe(true);
        }),
        params(),
      );
    },
    budget(1),
  );
});
