import { parseChineseNumeral } from "../extract/number.js";

/**
 * Heading numbers as they appear in notices: 一、 （一） 1. 1.1 (1) ① 1001 专题一 第一部分.
 * The style of a number decides its outline level; its value gives the normalized id.
 */
export type NumberStyle =
  | "cn-dun" // 一、
  | "cn-paren" // （一）
  | "num-dotted" // 1.1
  | "num-dotted3" // 1.1.1
  | "num-dot" // 1. 1、 1．
  | "num-paren" // (1) （1）
  | "circled" // ①
  | "code" // 1001 (four-digit direction code of provincial guides)
  | "lettered" // A1, B-2 (a direction coded by its area's letter and a number)
  | "row" // the 序号 of a row in a direction table
  | "row-area" // the group a direction table's 领域 column opens (its cell merged down over the group's rows)
  | "titled" // a direction's title line without a number, right before its 研究内容： (numbered by its place)
  | "keyed" // a direction introduced by its fields (榜单名称：… after 榜单编号：A-01): raw is the code, or ""
  | `prefixed-${string}` // 专题一, 方向1, 任务一, 课题1, 榜单一, 【榜单一】
  | `md-${number}` // an unnumbered Markdown heading (### 标题), numbered by its place
  | `di-${string}`; // 第一部分, 第二章

/** A heading number found at the start of a line. */
export interface HeadingNumber {
  style: NumberStyle;
  /** The number as written: "（一）", "1.1", "1001". */
  raw: string;
  /** Numeric parts: [1] for （一）, [1, 1] for 1.1, [1001] for 1001. */
  parts: number[];
  /** Offset in the line where the title starts. */
  titleStart: number;
  /** A code with a letter, which is the id as written: "A1" for A1, "A" for 专题A. */
  code?: string;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** 一 → 1, 十二 → 12, ② → 2; digits pass through; null when not a number. */
export function smallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const c = CIRCLED.indexOf(s);
  return c >= 0 ? c + 1 : parseChineseNumeral(s);
}

/**
 * A direction id as written (in a draft, a config, a command line) in the model's form (SPEC): "（一）" → "1",
 * "二" → "2", "1.1" → "1.1", "3001" → "3001", "方向1" → "1", "专题一（二）" → "1.2", "1-1" → "1.1", "②" → "2", "A-01" → "A-01".
 */
export function normalizeDirectionId(raw: string): string {
  const s = raw.trim();
  // a code with letters (榜单编号：A-01, QH-XQ-2026-07) is kept as written
  if (/^[A-Za-z][\w\-－—.]*\d$/.test(s)) return s.normalize("NFKC");
  const parts: string[] = [];
  for (const m of s.matchAll(/[0-9０-９]+|[零〇一二两三四五六七八九十百]+|[①-⑳]/g)) {
    const n = smallNumber(m[0].normalize("NFKC"));
    if (n !== null) parts.push(String(n));
  }
  return parts.length > 0 ? parts.join(".") : s.normalize("NFKC");
}

const CN = "[一二三四五六七八九十]{1,3}";
// Characters that follow a number in running text but never start a heading title (1.5倍, 2024年, 3%).
const NOT_TITLE = "[\\d%‰.年月日万亿倍元个件项次%:：/×x*~\\-A-Za-zμΩ°]";
const PREFIXES = "专题|方向|任务|课题|子课题|榜单|项目|领域|专项|主题|板块";

/** A (its place in the alphabet, 1 for A): the number of an area named by a letter. */
const letterNumber = (c: string) => c.charCodeAt(0) - 64;

const PATTERNS: {
  style: (m: RegExpExecArray) => NumberStyle;
  re: RegExp;
  parts: (m: RegExpExecArray) => (number | null)[];
  code?: (m: RegExpExecArray) => string;
}[] = [
  { style: () => "cn-dun", re: new RegExp(`^(${CN})[、.．]\\s*`), parts: (m) => [smallNumber(m[1])] },
  { style: () => "cn-paren", re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)][、.．]?\\s*`), parts: (m) => [smallNumber(m[1])] },
  {
    style: () => "num-dotted3",
    re: new RegExp(`^([1-9]\\d?)[.．](\\d{1,2})[.．](\\d{1,2})(?!${NOT_TITLE})[、.．]?\\s*`),
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    style: () => "num-dotted",
    re: new RegExp(`^([1-9]\\d?)[.．](\\d{1,2})(?!${NOT_TITLE})[、.．]?\\s*`),
    parts: (m) => [Number(m[1]), Number(m[2])],
  },
  { style: () => "num-dot", re: new RegExp(`^([1-9]\\d?)\\s*[.．、](?![\\d%])\\s*`), parts: (m) => [Number(m[1])] },
  { style: () => "num-paren", re: /^[（(]\s*(\d{1,2})\s*[）)][、.．]?\s*/, parts: (m) => [Number(m[1])] },
  { style: () => "circled", re: new RegExp(`^([${CIRCLED}])\\s*`), parts: (m) => [smallNumber(m[1])] },
  { style: () => "code", re: /^(\d{4})\s+(?=[^\s年月日])/, parts: (m) => [Number(m[1])] },
  {
    // A1　title, B-2．title: a capital and a number, then a separator and the title, which may open with a figure
    // (A1　12英寸晶圆…); A4纸 and 5G are not codes
    style: () => "lettered",
    re: /^([A-Z])([-－]?)(\d{1,2})(?!\d|[.．]\d)(?:\s*[、.．:：]\s*|\s+)(?=[\p{Script=Han}A-Za-z]|\d{1,4}[\p{Script=Han}A-Za-z])/u,
    parts: (m) => [letterNumber(m[1]), Number(m[3])],
    code: (m) => m[1] + (m[2] ? "-" : "") + m[3],
  },
  {
    // 专题A：title, 板块B　title: an area named by a letter
    style: (m) => `prefixed-${m[1]}`,
    re: new RegExp(`^(${PREFIXES})\\s*([A-Z])(?![A-Za-z\\d])[：:、.．｜丨—·\\s]+`),
    parts: (m) => [letterNumber(m[2])],
    code: (m) => m[2],
  },
  {
    style: (m) => `prefixed-${m[1]}`,
    // 专题一｜智能制造, 专题一——智能制造: a bar or a dash parts the number from the title as a colon does
    re: new RegExp(`^[【\\[〔]?\\s*(${PREFIXES})\\s*(${CN}|\\d{1,2})(?![\\d])\\s*[】\\]〕]?[：:、.．｜丨—·\\s]*`),
    parts: (m) => [smallNumber(m[2])],
  },
  { style: (m) => `di-${m[2]}`, re: new RegExp(`^第(${CN}|\\d{1,2})(部分|章|节|篇)[：:、｜丨—·\\s]*`), parts: (m) => [smallNumber(m[1])] },
];

/** The heading number at the start of a (trimmed) line, if any. */
export function readHeadingNumber(line: string): HeadingNumber | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const parts = p.parts(m);
    if (parts.some((n) => n === null)) continue;
    // A number with nothing after it is a page number or a stray digit, not a heading.
    if (m[0].length >= line.length) continue;
    const code = p.code?.(m);
    return { style: p.style(m), raw: m[0].trim(), parts: parts as number[], titleStart: m[0].length, ...(code ? { code } : {}) };
  }
  return null;
}

/** Is `n` the number that follows `last` in its style: 3 after 2, 2.1 after 1.12, 2005 after 2003? */
export function continuesSequence(n: HeadingNumber, last: number[] | undefined): boolean {
  if (!last || last.length !== n.parts.length) return false;
  const p = n.parts;
  if (n.style === "code") {
    const [a, b] = [p[0], last[0]];
    // four-digit codes skip numbers where a direction was withdrawn (2003 → 2005)
    return Math.floor(a / 1000) === Math.floor(b / 1000) ? a > b && a - b <= 3 : Math.floor(a / 1000) === Math.floor(b / 1000) + 1 && a % 1000 <= 3;
  }
  const k = p.length - 1;
  for (let i = 0; i < k; i++) {
    if (p[i] === last[i]) continue;
    // a new parent: 2.1 after 1.12
    return p[i] === last[i] + 1 && p.slice(i + 1).every((x) => x === 1);
  }
  return p[k] === last[k] + 1;
}

