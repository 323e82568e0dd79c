/**
 * Comparators (比较词) of 考核指标 thresholds, before the number (不少于6家, ≥10件, 提升至90%) or after it
 * (5项以上, 在5%以内, 28nm以下). Follows the SPEC vocabulary: 以上/以下/以内 include the number, 超过 does not.
 */
import type { Comparator } from "../model/guide.js";

/** How a comparator word reads. `relative` marks change verbs (提升50%) that only count for % and 倍. */
export interface ComparatorWord {
  op: Comparator;
  relative?: boolean;
}

/** Comparators written before the number: symbols, 不低于-style words, 达到, 提升至, 约. */
export const PREFIX_COMPARATORS: Readonly<Record<string, ComparatorWord>> = {
  "≥": { op: ">=" }, "⩾": { op: ">=" }, "≧": { op: ">=" }, ">=": { op: ">=" }, "=>": { op: ">=" },
  "\\geqslant": { op: ">=" }, "\\geq": { op: ">=" }, "\\ge": { op: ">=" },
  不少于: { op: ">=" }, 不低于: { op: ">=" }, 不小于: { op: ">=" }, 不短于: { op: ">=" }, 不多于: { op: "<=" },
  至少: { op: ">=" }, 最少: { op: ">=" }, 达到: { op: ">=" }, 达: { op: ">=" }, 达至: { op: ">=" },
  提升至: { op: ">=" }, 提升到: { op: ">=" }, 提高至: { op: ">=" }, 提高到: { op: ">=" }, 增加至: { op: ">=" },
  增加到: { op: ">=" }, 增长至: { op: ">=" }, 增长到: { op: ">=" }, 扩大至: { op: ">=" }, 延长至: { op: ">=" },
  ">": { op: ">" }, "\\gt": { op: ">" }, 大于: { op: ">" }, 超过: { op: ">" }, 高于: { op: ">" }, 优于: { op: ">" }, 好于: { op: ">" },
  多于: { op: ">" }, 长于: { op: ">" }, 逾: { op: ">" },
  "≤": { op: "<=" }, "⩽": { op: "<=" }, "≦": { op: "<=" }, "<=": { op: "<=" }, "=<": { op: "<=" },
  "\\leqslant": { op: "<=" }, "\\leq": { op: "<=" }, "\\le": { op: "<=" },
  不超过: { op: "<=" }, 不大于: { op: "<=" }, 不高于: { op: "<=" }, 不长于: { op: "<=" }, 不超出: { op: "<=" },
  最多: { op: "<=" }, 控制在: { op: "<=" }, 控制到: { op: "<=" }, 降低至: { op: "<=" },
  降低到: { op: "<=" }, 降至: { op: "<=" }, 降到: { op: "<=" }, 下降至: { op: "<=" }, 下降到: { op: "<=" },
  减少至: { op: "<=" }, 减少到: { op: "<=" }, 减小至: { op: "<=" }, 减小到: { op: "<=" }, 缩短至: { op: "<=" },
  缩短到: { op: "<=" }, 压缩至: { op: "<=" }, 压缩到: { op: "<=" },
  不少於: { op: ">=" }, 不低於: { op: ">=" }, 不小於: { op: ">=" }, 達到: { op: ">=" },
  大於: { op: ">" }, 超過: { op: ">" }, 高於: { op: ">" }, 優於: { op: ">" }, 不超過: { op: "<=" },
  不大於: { op: "<=" }, 不高於: { op: "<=" }, 小於: { op: "<" }, 低於: { op: "<" }, 少於: { op: "<" },
  接近於: { op: "approx" },
  大于等于: { op: ">=" }, 大于或等于: { op: ">=" }, 高于或等于: { op: ">=" }, 不低于或等于: { op: ">=" },
  小于等于: { op: "<=" }, 小于或等于: { op: "<=" }, 低于或等于: { op: "<=" },
  "<": { op: "<" }, "\\lt": { op: "<" }, 小于: { op: "<" }, 低于: { op: "<" }, 少于: { op: "<" }, 短于: { op: "<" },
  不足: { op: "<" }, 不满: { op: "<" }, 不到: { op: "<" },
  "≈": { op: "approx" }, 约: { op: "approx" }, 大约: { op: "approx" }, 约为: { op: "approx" }, 接近: { op: "approx" },
  接近于: { op: "approx" },
  提升: { op: ">=", relative: true }, 提高: { op: ">=", relative: true }, 增加: { op: ">=", relative: true },
  增长: { op: ">=", relative: true }, 降低: { op: ">=", relative: true }, 减少: { op: ">=", relative: true },
  下降: { op: ">=", relative: true }, 缩短: { op: ">=", relative: true }, 减小: { op: ">=", relative: true },
  延长: { op: ">=", relative: true }, 节约: { op: ">=", relative: true }, 节省: { op: ">=", relative: true },
  减排: { op: ">=", relative: true }, 降幅: { op: ">=", relative: true }, 增幅: { op: ">=", relative: true },
};

/** Comparators written after the number (and its unit): 以上, 及以上, 或以上, 以下, 以内, 左右. */
export const SUFFIX_COMPARATORS: Readonly<Record<string, Comparator>> = {
  以上: ">=", 及以上: ">=", 或以上: ">=", "(含)以上": ">=", "（含）以上": ">=", 含以上: ">=",
  以內: "<=", 以下: "<=", 及以下: "<=", 或以下: "<=", "(含)以下": "<=", "（含）以下": "<=", 以内: "<=", 之内: "<=",
  左右: "approx",
};

const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);

// Between the comparator and the number: spaces and the light verbs of 至少有一种 / 控制在 / 应为.
const PREFIX_RE = new RegExp(
  `(${byLength(Object.keys(PREFIX_COMPARATORS)).map(esc).join("|")})[ \\t]*(?:有|为|在|是)?[ \\t]*$`,
);
const SUFFIX_RE = new RegExp(`[ \\t]*(${byLength(Object.keys(SUFFIX_COMPARATORS)).map(esc).join("|")})`, "y");

/** A comparator found in text, with its offsets. */
export interface ComparatorMatch {
  op: Comparator;
  relative: boolean;
  word: string;
  start: number;
  end: number;
}

/**
 * The comparator that ends right before `pos` ("不少于" in "不少于6家", "≥ " in "≥ 50 个"), or null.
 * Only the nearest word counts; "至少兼容…8个以上" is left to the suffix.
 */
export function readComparatorBefore(s: string, pos: number): ComparatorMatch | null {
  const from = Math.max(0, pos - 14);
  const m = PREFIX_RE.exec(s.slice(from, pos));
  if (!m) return null;
  const word = m[1];
  const info = PREFIX_COMPARATORS[word];
  // 达 alone must not be the tail of 到达/下达; 约 not of 制约/节约
  const before = s[from + m.index - 1] ?? "";
  if (word === "达" && /[到下送传表抵]/.test(before)) return null;
  if (word === "约" && /[制节契公条预]/.test(before)) return null;
  return { op: info.op, relative: !!info.relative, word, start: from + m.index, end: pos };
}

// what a share is taken of: 原始纤维的, 明文计算的 (a few words, no figures or clause marks)
const REFERENCE = /^[^\d，,；;。、：:\s]{1,10}的[ \t]*$/;

/**
 * The comparator before a reference the number is a share of (不低于 in 不低于原始纤维的80%), reaching the number at
 * `pos`, or null.
 */
export function readComparatorOverReference(s: string, pos: number): ComparatorMatch | null {
  for (let k = pos - 2; k >= Math.max(0, pos - 12); k--) {
    if (!REFERENCE.test(s.slice(k, pos))) continue;
    const c = readComparatorBefore(s, k);
    if (c && !c.relative) return { ...c, end: pos };
  }
  return null;
}

/** The comparator that starts at `pos`, spaces allowed ("以上" in "5项以上"), or null. */
export function readComparatorAfter(s: string, pos: number): ComparatorMatch | null {
  SUFFIX_RE.lastIndex = pos;
  const m = SUFFIX_RE.exec(s);
  if (!m) return null;
  return { op: SUFFIX_COMPARATORS[m[1]], relative: false, word: m[1], start: pos, end: SUFFIX_RE.lastIndex };
}

/** Map any comparator spelling ("≥", "不低于", "gte", "以上") to the model's Comparator, or null. */
export function toComparator(word: string): Comparator | null {
  const w = word.trim();
  if (w in PREFIX_COMPARATORS) return PREFIX_COMPARATORS[w].op;
  if (w in SUFFIX_COMPARATORS) return SUFFIX_COMPARATORS[w];
  const ascii: Record<string, Comparator> = {
    gte: ">=", ge: ">=", gt: ">", lte: "<=", le: "<=", lt: "<", "=": "=", "==": "=", eq: "=",
    range: "range", approx: "approx", "~": "approx",
  };
  return ascii[w.toLowerCase()] ?? null;
}
