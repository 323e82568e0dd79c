import { BUDGET_TOTALS, CAP_SUBJECTS, GOVERNMENT_FUNDS, NOTICE_LABELS, SELF_FUNDS, alternation } from "../lexicon/index.js";
import type { Money } from "../model/guide.js";
import { NUMBER_SOURCE, parseNumberToken } from "./number.js";
import type { Located } from "./types.js";

const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 千万: 1e7, 百万: 1e6, 亿: 1e8, 万: 1e4, 千: 1e3, "": 1 };

// 0.5元/Wh is a price, not an amount; 万美元 and 欧元 are not yuan. 300万元/项 (per project) is an amount.
const MONEY_RE = new RegExp(
  String.raw`(?<![\d.])(?:人民币\s*)?(${NUMBER_SOURCE})\s*(万亿|千万|百万|亿|万|千)?\s*元(?![/／](?!(?:项|个|个项目|每项)(?![\u4e00-\u9fff])))(?:\s*人民币)?`,
  "g",
);

/** Multiplies without binary noise: 0.9 × 1e8 is 90000000, not 90000000.00000001. */
function scale(n: number, factor: number): number {
  return Math.round(n * factor * 100) / 100;
}

/**
 * Every amount of money (金额) in `text`, converted to yuan (元):
 * 2000万元 → 2e7, 0.9亿元 → 9e7, 3.6 亿元人民币 → 3.6e8, 500元, 1,200万元 → 1.2e7, 五百万元.
 * Prices per unit (0.5元/Wh) and foreign currencies (万美元) are not read.
 */
export function readMoney(text: string): Located<Money>[] {
  const out: Located<Money>[] = [];
  for (const m of text.matchAll(MONEY_RE)) {
    const n = parseNumberToken(m[1]);
    if (n === null) continue;
    const written = m[0].trim();
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({
      value: { yuan: scale(n, MULTIPLIERS[m[2] ?? ""]), text: written },
      text: written,
      start,
      end: start + written.length,
    });
  }
  return out;
}

// What the government gives one project: 榜单金额, 资助经费, 支持经费, 国拨经费, 补助 …
const CAP_SUBJECT = new RegExp(
  alternation([...CAP_SUBJECTS, ...GOVERNMENT_FUNDS.filter((w) => w !== "财政" && w !== "財政" && w !== "中央"), ...NOTICE_LABELS.find(([k]) => k === "funding")![1], "榜單金額"]),
);
// Totals of the whole call, sales, investment and co-funding are amounts, not caps.
const NOT_CAP = new RegExp(
  alternation(["概算", "总额", "总计", "合计", "共计", "总规模", "销售", "收入", "产值", "利润", "营收", "税", "投资", "融资", "贷款额", "市场", "自筹", "配套", ...BUDGET_TOTALS.filter((w) => w.startsWith("总"))]),
);
const BARE_CAP = /^[\s:：]*(?:每项|每个项目)?\s*(?:原则上)?\s*(?:不超过|不高于|最高|最多|上限为?|≤|<=)?\s*$/;
const CAP_AFTER_NOT = /^\s*(?:以上|及以上|或以上|左右)/;
// 单个项目…不超过, 单项最高…: an upper bound put on each project
const PER_PROJECT_BOUND = /(?:单个项目|每个项目|单项|每项)[^，,。；;]{0,12}?(?:不超过|不得超过|不高于|最高|上限)\s*$/;
// 以500万元为上限, 以300万元为限: the words after the amount make it the cap
const CAP_AFTER = /^\s*为(?:上限|限)/;

/** Start of the run at the end of `s` that holds none of `breaks` (a backward scan, linear). */
export function startOfRun(s: string, breaks: string): number {
  let i = s.length;
  while (i > 0 && !breaks.includes(s[i - 1])) i--;
  return i;
}

// The government's share named inside a breakdown: 其中省财政资金500万元, 其中国拨经费300万元.
const GOV_PART = new RegExp(alternation(GOVERNMENT_FUNDS));
const NOT_GOV_PART = new RegExp(alternation([...SELF_FUNDS, "出资", "企业", "单位", "社会", "银行", "贷款"]));

/**
 * 榜单金额：1500万元（其中省财政资金500万元，发榜单位出资1000万元）: an amount followed by its breakdown;
 * the government's part is the cap (SPEC: fundingCap is the government funding cap).
 */
function governmentPart(text: string, all: Located<Money>[]): Located<Money> | null {
  for (const money of all) {
    const open = /^\s*[（(]\s*(?:其中|含)/.exec(text.slice(money.end));
    if (!open) continue;
    const from = money.end + open[0].length;
    const close = text.slice(from).search(/[）)]/);
    const to = close < 0 ? text.length : from + close;
    for (const inner of all) {
      if (inner.start < from || inner.end > to) continue;
      const clause = text.slice(from + startOfRun(text.slice(from, inner.start), "，,、；;"), inner.start);
      if (GOV_PART.test(clause) && !NOT_GOV_PART.test(clause)) return inner;
    }
  }
  return null;
}

/**
 * The per-project government funding cap (资助上限) stated in `text`, or null:
 * 榜单金额：不超过2000万元; 省财政资助经费原则上不超过2000万元; 每项…资助…不超过X; 定额资助X万元;
 * 支持经费X万元; 国拨经费不超过X. The call's total (国拨经费概算3.6亿元) and sales targets
 * (销售收入4000万元以上) are not caps. A text that is only the value of such a label
 * (不超过2000万元, as cut from 榜单金额：不超过2000万元) is read as the cap.
 */
export function readFundingCap(text: string): Located<Money> | null {
  // every amount ends in 元 (MONEY_RE): most sentences of a notice have none (issue 14)
  if (!text.includes("元")) return null;
  const all = readMoney(text);
  const part = governmentPart(text, all);
  if (part) return part;
  // A line that is only a label's value (榜单金额： cut off by the caller): 不超过2000万元.
  for (const money of all) {
    const lineStart = text.lastIndexOf("\n", money.start - 1) + 1;
    const lineEnd = text.indexOf("\n", money.end);
    const rest = text.slice(money.end, lineEnd < 0 ? text.length : lineEnd);
    if (BARE_CAP.test(text.slice(lineStart, money.start)) && /^[\s。；;]*$/.test(rest)) return money;
  }
  for (const money of all) {
    // The clause that leads to the amount, back to the last sentence or comma break.
    const before = text.slice(0, money.start);
    const clauseStart = startOfRun(before, "。；;，,\n");
    const clause = before.slice(clauseStart);
    if (NOT_CAP.test(clause)) continue;
    if (CAP_AFTER.test(text.slice(money.end)) && /财政|资助|支持|经费|资金|投入/.test(clause)) return money;
    // 单个项目不超过400万元, 本批项目单项最高不超过600万元: a bound per project is the cap the notice states
    if (PER_PROJECT_BOUND.test(clause)) return money;
    if (!CAP_SUBJECT.test(clause)) {
      // 资助经费不超过总预算的50%，且最高不超过500万元: the subject sits in the clause before.
      if (!/^\s*(?:且|但|并且|最高|最多|不超过|原则上|单项|每项)/.test(clause)) continue;
      const sentence = before.slice(startOfRun(before, "。；;\n"), clauseStart);
      if (!CAP_SUBJECT.test(sentence)) continue;
    }
    if (CAP_AFTER_NOT.test(text.slice(money.end))) continue;
    if (/不低于|不少于|至少|达到|以上/.test(clause)) continue;
    return money;
  }
  return null;
}

// 国拨经费概算 3.6 亿元; 本批次资助总额2亿元; 拟安排财政经费总额5000万元.
const TOTAL_SUBJECTS = new RegExp(`(?:经费|资金|资助)?(?:概算|总额|总计)|${alternation(BUDGET_TOTALS.filter((w) => w === "总经费" || w === "总预算"))}`, "g");

/**
 * The budget of the whole call (经费概算 / 资助总额) stated in `text`, or null. Budgets of one project
 * (项目总预算的50%) are not the call's: a total must be followed by its amount within the clause.
 */
export function readTotalBudget(text: string): Located<Money> | null {
  for (const m of text.matchAll(TOTAL_SUBJECTS)) {
    const before = text.slice(Math.max(0, m.index - 6), m.index).split(/[，,。；;]/).pop()!;
    if (/项目|每项|单个/.test(before)) continue;
    const clause = text.slice(m.index, m.index + 30).split(/[，,。；;]/)[0];
    const money = readMoney(clause)[0];
    if (money) return { ...money, start: money.start + m.index, end: money.end + m.index };
  }
  return null;
}
