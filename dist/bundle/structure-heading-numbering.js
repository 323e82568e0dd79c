import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/extract/number.ts
var CN_DIGITS = {
  \u96F6: 0,
  "\u3007": 0,
  \u4E00: 1,
  \u4E8C: 2,
  \u4E24: 2,
  \u5169: 2,
  \u4E09: 3,
  \u56DB: 4,
  \u4E94: 5,
  \u516D: 6,
  \u4E03: 7,
  \u516B: 8,
  \u4E5D: 9
};
var CN_SMALL_UNITS = { \u5341: 10, \u767E: 100, \u5343: 1e3 };
var CN_BIG_UNITS = { \u4E07: 1e4, \u4EBF: 1e8, \u842C: 1e4, \u5104: 1e8 };
var NUMBER_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{1,6}`;
var CN_NUMERAL_CHARS = "\u96F6\u3007\u4E00\u4E8C\u4E24\u5169\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF\u842C\u5104";
function parseChineseNumeral(s) {
  if (s.length === 0) return null;
  const chars = [...s];
  if (chars.length > 1 && chars.every((c) => c in CN_DIGITS)) {
    return Number(chars.map((c) => CN_DIGITS[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit = null;
  for (const ch of chars) {
    if (ch in CN_DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = CN_DIGITS[ch];
    } else if (ch in CN_SMALL_UNITS) {
      section += (digit ?? 1) * CN_SMALL_UNITS[ch];
      digit = null;
    } else if (ch in CN_BIG_UNITS) {
      const unit = CN_BIG_UNITS[ch];
      const head = section + (digit ?? 0);
      const h = head === 0 ? 1 : head;
      total = total >= 1e8 && unit < 1e8 ? total + h * unit : (total + h) * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
var CN_RUN_RE = new RegExp(`[${CN_NUMERAL_CHARS}]+`, "y");

// src/structure/heading-numbering.ts
var CIRCLED = "\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469\u246A\u246B\u246C\u246D\u246E\u246F\u2470\u2471\u2472\u2473";
function smallNumber(s) {
  if (/^\d+$/.test(s)) return Number(s);
  const c = CIRCLED.indexOf(s);
  return c >= 0 ? c + 1 : parseChineseNumeral(s);
}
function normalizeDirectionId(raw) {
  const s = raw.trim();
  if (/^[A-Za-z][\w\-－—.]*\d$/.test(s)) return s.normalize("NFKC");
  const parts = [];
  for (const m of s.matchAll(/[0-9０-９]+|[零〇一二两三四五六七八九十百]+|[①-⑳]/g)) {
    const n = smallNumber(m[0].normalize("NFKC"));
    if (n !== null) parts.push(String(n));
  }
  return parts.length > 0 ? parts.join(".") : s.normalize("NFKC");
}
var CN = "[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341]{1,3}";
var NOT_TITLE = "[\\d%\u2030.\u5E74\u6708\u65E5\u4E07\u4EBF\u500D\u5143\u4E2A\u4EF6\u9879\u6B21%:\uFF1A/\xD7x*~\\-A-Za-z\u03BC\u03A9\xB0]";
var PREFIXES = "\u4E13\u9898|\u65B9\u5411|\u4EFB\u52A1|\u8BFE\u9898|\u5B50\u8BFE\u9898|\u699C\u5355|\u9879\u76EE|\u9886\u57DF|\u4E13\u9879|\u4E3B\u9898|\u677F\u5757";
var letterNumber = (c) => c.charCodeAt(0) - 64;
var PATTERNS = [
  { style: () => "cn-dun", re: new RegExp(`^(${CN})[\u3001.\uFF0E]\\s*`), parts: (m) => [smallNumber(m[1])] },
  { style: () => "cn-paren", re: new RegExp(`^[\uFF08(]\\s*(${CN})\\s*[\uFF09)][\u3001.\uFF0E]?\\s*`), parts: (m) => [smallNumber(m[1])] },
  {
    style: () => "num-dotted3",
    re: new RegExp(`^([1-9]\\d?)[.\uFF0E](\\d{1,2})[.\uFF0E](\\d{1,2})(?!${NOT_TITLE})[\u3001.\uFF0E]?\\s*`),
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])]
  },
  {
    style: () => "num-dotted",
    re: new RegExp(`^([1-9]\\d?)[.\uFF0E](\\d{1,2})(?!${NOT_TITLE})[\u3001.\uFF0E]?\\s*`),
    parts: (m) => [Number(m[1]), Number(m[2])]
  },
  { style: () => "num-dot", re: new RegExp(`^([1-9]\\d?)\\s*[.\uFF0E\u3001](?![\\d%])\\s*`), parts: (m) => [Number(m[1])] },
  { style: () => "num-paren", re: /^[（(]\s*(\d{1,2})\s*[）)][、.．]?\s*/, parts: (m) => [Number(m[1])] },
  { style: () => "circled", re: new RegExp(`^([${CIRCLED}])\\s*`), parts: (m) => [smallNumber(m[1])] },
  { style: () => "code", re: /^(\d{4})\s+(?=[^\s年月日])/, parts: (m) => [Number(m[1])] },
  {
    // A1　title, B-2．title: a capital and a number, then a separator and the title, which may open with a figure
    // (A1　12英寸晶圆…); A4纸 and 5G are not codes
    style: () => "lettered",
    re: /^([A-Z])([-－]?)(\d{1,2})(?!\d|[.．]\d)(?:\s*[、.．:：]\s*|\s+)(?=[\p{Script=Han}A-Za-z]|\d{1,4}[\p{Script=Han}A-Za-z])/u,
    parts: (m) => [letterNumber(m[1]), Number(m[3])],
    code: (m) => m[1] + (m[2] ? "-" : "") + m[3]
  },
  {
    // 专题A：title, 板块B　title: an area named by a letter
    style: (m) => `prefixed-${m[1]}`,
    re: new RegExp(`^(${PREFIXES})\\s*([A-Z])(?![A-Za-z\\d])[\uFF1A:\u3001.\uFF0E\uFF5C\u4E28\u2014\xB7\\s]+`),
    parts: (m) => [letterNumber(m[2])],
    code: (m) => m[2]
  },
  {
    style: (m) => `prefixed-${m[1]}`,
    // 专题一｜智能制造, 专题一——智能制造: a bar or a dash parts the number from the title as a colon does
    re: new RegExp(`^[\u3010\\[\u3014]?\\s*(${PREFIXES})\\s*(${CN}|\\d{1,2})(?![\\d])\\s*[\u3011\\]\u3015]?[\uFF1A:\u3001.\uFF0E\uFF5C\u4E28\u2014\xB7\\s]*`),
    parts: (m) => [smallNumber(m[2])]
  },
  { style: (m) => `di-${m[2]}`, re: new RegExp(`^\u7B2C(${CN}|\\d{1,2})(\u90E8\u5206|\u7AE0|\u8282|\u7BC7)[\uFF1A:\u3001\uFF5C\u4E28\u2014\xB7\\s]*`), parts: (m) => [smallNumber(m[1])] }
];
function readHeadingNumber(line) {
  for (const p of PATTERNS) {
    const m = p.re.exec(line);
    if (!m) continue;
    const parts = p.parts(m);
    if (parts.some((n) => n === null)) continue;
    if (m[0].length >= line.length) continue;
    const code = p.code?.(m);
    return { style: p.style(m), raw: m[0].trim(), parts, titleStart: m[0].length, ...code ? { code } : {} };
  }
  return null;
}
function continuesSequence(n, last) {
  if (!last || last.length !== n.parts.length) return false;
  const p = n.parts;
  if (n.style === "code") {
    const [a, b] = [p[0], last[0]];
    return Math.floor(a / 1e3) === Math.floor(b / 1e3) ? a > b && a - b <= 3 : Math.floor(a / 1e3) === Math.floor(b / 1e3) + 1 && a % 1e3 <= 3;
  }
  const k = p.length - 1;
  for (let i = 0; i < k; i++) {
    if (p[i] === last[i]) continue;
    return p[i] === last[i] + 1 && p.slice(i + 1).every((x) => x === 1);
  }
  return p[k] === last[k] + 1;
}
export {
  continuesSequence,
  normalizeDirectionId,
  readHeadingNumber,
  smallNumber
};
