import { PRINCIPAL_INVESTIGATORS, alternation } from "../lexicon/index.js";
import type { Deadline, Meta } from "../model/guide.js";
import { dateNumber } from "./number.js";
import { readHeadingNumber } from "../structure/heading-numbering.js";

const ORG_SUFFIX = String.raw`(?:科学技术厅|科学技术局|科学技术部|科学技术委员会|管理委员会|委员会|管委会|人民政府|办公厅|办公室|基金委|科学院|工程院|研究院|中心|协会|学会|联合会|厅|局|部|委|院|署|会|处)`;
const ORG = String.raw`[\u4e00-\u9fa5（）()]{1,30}?${ORG_SUFFIX}`;
const ORG_LINE_RE = new RegExp(String.raw`^(?:${ORG}\s*)+(?:文件)?$`);
const ORG_RE = new RegExp(ORG, "g");

// The year and serial of a 文号: 〔2025〕318号, [2025]3号, （2024）105 号.
const DOC_SERIAL_RE = /[〔［\[（(【﹝]\s*\d{4}\s*[〕］\]）)】﹞]\s*\d{1,5}\s*号/g;
// Words that end a title or letterhead glued before the issuer code: …的通知粤科函资字〔2025〕318号.
const CODE_BREAK_RE = /通知|通告|公告|指南|榜单|榜單|文件|意见|意見|办法|辦法|方案|细则|的函/g;

interface DocNumberHit {
  text: string;
  index: number;
  end: number;
}

/**
 * 文号 in a line: the issuer code (粤科函资字, 沪科指南, 深科技创新, 鲁科字) before 〔year〕N号. The code is
 * the CJK run before the bracket, cut after the last non-CJK character, a letterhead's 文件 or a title's
 * 通知/指南/…; of the cuts, the shortest code of 2–10 characters (a title may end in 指南 and a code may too:
 * …申报指南的通知沪科指南〔2025〕12号 → 沪科指南).
 */
function findDocNumbers(line: string): DocNumberHit[] {
  const out: DocNumberHit[] = [];
  for (const m of line.matchAll(DOC_SERIAL_RE)) {
    let a = m.index;
    while (a > 0 && /[\u4e00-\u9fa5]/.test(line[a - 1]) && m.index - a < 40) a--;
    const run = line.slice(a, m.index);
    const cuts: number[] = [];
    if (run.length <= 10 && (a === 0 || !/[\u4e00-\u9fa5]/.test(line[a - 1]))) cuts.push(0);
    for (const b of run.matchAll(CODE_BREAK_RE)) cuts.push(b.index + b[0].length);
    const codes = cuts.map((c) => run.slice(c)).filter((c) => c.length >= 2 && c.length <= 10);
    if (!codes.length) continue;
    const code = codes.reduce((x, y) => (y.length < x.length ? y : x));
    const start = m.index - code.length;
    out.push({ text: (code + m[0]).replace(/\s+/g, ""), index: start, end: m.index + m[0].length });
  }
  return out;
}

/** A title line with its 文号 glued on (…的通知鲁科字〔2025〕41号) is two lines. */
function splitGluedDocNumber(line: string): string[] {
  const [hit] = findDocNumbers(line);
  if (!hit || hit.index === 0 || hit.end < line.trimEnd().length - 1) return [line];
  const head = line.slice(0, hit.index);
  if (!ENDS_AS_TITLE_RE.test(head)) return [line];
  return [head, line.slice(hit.index)];
}

const TITLE_END = String.raw`(?:通知|通告|公告|公示|指南|榜单|榜單|计划|計劃|方案|意见|意見|办法|辦法|细则|細則|函|规划|規劃|申报书|说明)`;
const TITLE_END_RE = new RegExp(`${TITLE_END}$`);
const ENDS_AS_TITLE_RE = new RegExp(`${TITLE_END}\\s*$`);
// a title line may end in a bracketed note: …申报指南（2025年度）
const TITLE_LINE_END_RE = new RegExp(`${TITLE_END}(?:\\s*[（(][^（）()]*[）)])?$`);
// Lines left by web pages and document sites (doc88, book118): counters, dates, 举报, breadcrumbs.
const DEBRIS = /^(?:[-–—•·]\s*\d*|约?\s*[\d.]+\s*(?:千字|页|頁|万字)|\d{4}-\d{2}-\d{2}.*发布于.*|举报|舉報|首页|首頁|原创力文档|文档评论.*|.*>\s*正文|附件\s*\d*|\d+)$/;

function squeeze(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Removes spaces between CJK letters, as in letter-spaced letterheads (江 苏 省 科 学 技 术 厅). */
function unspace(s: string): string {
  if (!/^(?:[\u4e00-\u9fa5] ){3,}/.test(s)) return s;
  return s.replace(/(?<=[\u4e00-\u9fa5“”《》（）])\s+(?=[\u4e00-\u9fa5“”《》（）])/g, "");
}

function readIssuers(lines: string[]): string[] {
  const tryLine = (line: string): string[] => {
    let t = squeeze(line);
    if (!t || t.length > 80) return [];
    // 江 苏 省 科 学 技 术 厅: one letter per token.
    if (/^(?:[\u4e00-\u9fa5] ){3,}[\u4e00-\u9fa5]+$/.test(t)) t = t.replace(/ /g, "");
    if (!ORG_LINE_RE.test(t)) return [];
    const orgs = t.replace(/文件$/, "").match(ORG_RE) ?? [];
    return orgs.map((o) => o.trim()).filter((o) => o.length >= 3);
  };
  const collect = (range: string[]): string[] => {
    const found: string[] = [];
    for (const line of range) {
      for (const o of tryLine(line)) if (!found.includes(o)) found.push(o);
    }
    return found;
  };
  const head = collect(lines.slice(0, 30).filter((l) => !/关于|通知/.test(l)));
  if (head.length) return head;
  // No letterhead: the signature block (issuers above the date).
  const dateLine = lines.findIndex((l) => STANDALONE_DATE_RE.test(l.trim()));
  if (dateLine > 0) return collect(lines.slice(Math.max(0, dateLine - 3), dateLine));
  return [];
}

function readDocNumber(lines: string[]): string | null {
  // The 文号 stands on its own line under the letterhead; numbers cited in the body come second.
  for (const line of lines.slice(0, 60)) {
    const t = line.trim();
    const [m] = findDocNumbers(t);
    if (m && m.end - m.index >= t.length - 2) return m.text;
  }
  for (const line of lines.slice(0, 60)) {
    for (const m of findDocNumbers(line)) {
      const before = line.slice(Math.max(0, m.index - 2), m.index);
      if (/[》（(]$/.test(before)) continue;
      return m.text;
    }
  }
  return null;
}

function cleanTitle(s: string): string {
  let t = unspace(squeeze(s));
  t = t.replace(/^(?:[一二三四五六七八九十]+、|\d+[.．、]\s*|附件\s*\d*\s*)/, "");
  // (仅国家科技管理信息系统注册用户登录可见) and similar trailers are not part of the title.
  t = t.replace(/\s*[（(][^（）()]*(?:可见|登录|注册用户|此件|公开)[^（）()]*[）)]\s*$/, "");
  return t.trim();
}

function readTitle(lines: string[]): string | null {
  const head: { text: string; index: number }[] = [];
  for (let i = 0; i < lines.length && head.length < 60; i++) {
    const t = unspace(squeeze(lines[i]));
    if (t && !DEBRIS.test(t)) head.push({ text: t, index: i });
  }
  // 关于印发《…》及组织申报项目的通知, possibly wrapped over up to four lines.
  for (let k = 0; k < head.length; k++) {
    if (!/^关于/.test(head[k].text)) continue;
    let joined = "";
    for (let j = k; j < Math.min(head.length, k + 4); j++) {
      joined += head[j].text;
      if (TITLE_END_RE.test(joined) && !/[，。；]/.test(joined)) return cleanTitle(joined);
      if (/[，。；：]/.test(head[j].text)) break;
    }
  }
  // Lines glued into paragraphs upstream: 江苏省科学技术厅 …关于印发《…》及组织申报项目的通知各设区市….
  for (const { text } of head.slice(0, 5)) {
    if (text.length <= 90) continue;
    const m = /关于[^。，；：,;:]{2,100}?(?:的|及[^。，；：]{0,20}的)?(?:通知|通告|公告)/.exec(text);
    if (m) return cleanTitle(m[0]);
  }
  const isTitleLine = (t: string): boolean =>
    t.length <= 90 && TITLE_LINE_END_RE.test(t) && !/[，。；：:]/.test(t.replace(/[（(][^（）()]*[）)]$/, ""));
  // “…”申报指南 / …项目榜单 / …工作计划, possibly wrapped over two lines.
  for (let k = 0; k < head.length; k++) {
    const t = head[k].text;
    if (isTitleLine(t)) return cleanTitle(t);
    const next = head[k + 1]?.text;
    if (next && t.length >= 8 && !/[，。；：]/.test(t) && isTitleLine(t + next) && !isTitleLine(next)) {
      return cleanTitle(t + next);
    }
  }
  // A document of another kind (…技术审查指导原则, …管理办法): its own title line, the first short line of the
  // head that is no sentence, heading, date, 文号, addressee or letterhead.
  for (const { text } of head.slice(0, 4)) {
    const bare = text.replace(/[（(][^（）()]*[）)]$/, "");
    if (text.length < 6 || text.length > 60 || /[，。；：:,;]/.test(bare) || readHeadingNumber(text)) continue;
    if (STANDALONE_DATE_RE.test(text) || findDocNumbers(text).length || /(?:文件|厅|局|委|委员会|办公室|政府|中心|部|院)$/.test(bare)) continue;
    return cleanTitle(text);
  }
  return null;
}

const CN_DATE_DIGITS = "〇零一二三四五六七八九十";
const STANDALONE_DATE_RE = new RegExp(
  String.raw`^(\d{4}|[${CN_DATE_DIGITS}]{4})\s*年\s*(\d{1,2}|[${CN_DATE_DIGITS}]{1,2})\s*月\s*(\d{1,2}|[${CN_DATE_DIGITS}]{1,3})\s*日$`,
);

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoDate(y: number, m: number, d: number): string | null {
  if (!(y > 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function readPublishedAt(lines: string[]): string | null {
  const dates: { at: string; index: number }[] = [];
  lines.forEach((line, index) => {
    const m = STANDALONE_DATE_RE.exec(line.trim());
    if (!m) return;
    const at = isoDate(dateNumber(m[1]), dateNumber(m[2]), dateNumber(m[3]));
    if (at) dates.push({ at, index });
  });
  // The signature date follows the issuers' names.
  for (const d of dates) {
    const above = lines.slice(Math.max(0, d.index - 3), d.index).map((l) => squeeze(l));
    if (above.some((l) => l && ORG_LINE_RE.test(l.replace(/ /g, "")))) return d.at;
  }
  if (dates.length) return dates[0].at;
  for (const line of lines.slice(0, 40)) {
    const m = /(\d{4})-(\d{1,2})-(\d{1,2})\s*(?:发布|發布)|(?:发布(?:时间|日期|于)|發布(?:時間|日期|於)|发文日期|成文日期)\s*[:：]?\s*(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})/.exec(line);
    if (m) {
      const at = m[1] ? isoDate(+m[1], +m[2], +m[3]) : isoDate(+m[4], +m[5], +m[6]);
      if (at) return at;
    }
  }
  return null;
}

const DATE_PART = String.raw`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const WEEKDAY = String.raw`(?:\s*[（(](?:星期|周|週|礼拜)[一二三四五六日天][）)])?`;
const TIME_PART = String.raw`(?:\s*(上午|下午|晚上|中午)?\s*(\d{1,2})\s*(?:[:：]\s*(\d{2})|时(?:\s*(\d{1,2})\s*分)?|点(?:\s*(\d{1,2})\s*分?)?))?`;
const DATE_TIME_RE = new RegExp(DATE_PART + WEEKDAY + TIME_PART, "g");
const DEADLINE_WORD = /截止|截至|前|止|至|—|~|～|-/;
// 申请 as in 网上申请时间 (not 申请书, 申请单位, 申请人 or 申请项目执行期)
const SUBMISSION = /申报|填报|提交|报送|受理|报名|征集|推荐|申请(?![书人]|单位|项目|经费|资金)/;

interface DateHit {
  at: string;
  index: number;
  end: number;
}

function readDates(s: string, defaultYear: number | null): DateHit[] {
  const hits: DateHit[] = [];
  let lastYear = defaultYear;
  for (const m of s.matchAll(DATE_TIME_RE)) {
    const year = m[1] ? Number(m[1]) : lastYear;
    if (year === null) continue;
    lastYear = year;
    const day = isoDate(year, Number(m[2]), Number(m[3]));
    if (!day) continue;
    let time = "23:59";
    if (m[5] !== undefined) {
      let h = Number(m[5]);
      const min = Number(m[6] ?? m[7] ?? m[8] ?? 0);
      if ((m[4] === "下午" || m[4] === "晚上") && h < 12) h += 12;
      if (h <= 24 && min < 60) time = `${pad(h === 24 ? 23 : h)}:${pad(h === 24 ? 59 : min)}`;
    }
    hits.push({ at: `${day}T${time}`, index: m.index, end: m.index + m[0].length });
  }
  return hits;
}

const SUBJECT_ONLY = new RegExp(`${alternation(["单位", "部门", "各地", "申报人", "主管部门", "各市", "各县", ...PRINCIPAL_INVESTIGATORS.filter((w) => w === "申请人")])}$`);

/** What is due, from the words before the date (…截止时间为) or, failing that, after it (…前完成网上填报). */
function deadlineLabel(before: string, after: string): { label: string; usedAfter: number } {
  const label = before
    .replace(/[:：]\s*$/, "")
    .replace(/(?:的)?(?:截止|截至)(?:时间|日期)?\s*(?:为|是|：|:)?\s*$/, "")
    .replace(/(?:时间|日期)\s*(?:为|是|：|:)?\s*$/, "")
    .replace(/(?:须|需|应|请|务必)?(?:于|在)\s*$/, "")
    .replace(/^(?:请|须|需|应|各单位)?(?:于|在)?/, "")
    .replace(/^(?:本年度|本年|本次|本批次|今年|年度)/, "")
    .replace(/^(?:项目)?申报材料(?=网上|在线)/, "")
    .trim();
  if (label && !SUBJECT_ONLY.test(label)) return { label, usedAfter: 0 };
  // 请于2024年8月5日前完成网上填报 / 申报单位应于8月5日前将申报书提交至主管部门.
  const m = /^(\s*(?:之前|以前|前|止)?\s*(?:完成|将|把)?)([^，,。；;（(]*)/.exec(after);
  const tail = m ? m[2].replace(/^(?:提交|报送)$/, "").trim() : "";
  if (tail) return { label: tail, usedAfter: m![0].length };
  return { label: label || "申报截止", usedAfter: 0 };
}

function readDeadlines(lines: string[], publishedAt: string | null): Deadline[] {
  const text = lines.join("\n");
  let year = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  const out: Deadline[] = [];
  for (const m of text.matchAll(/[^。；;！!]+/g)) {
    const sentence = m[0];
    const hits = readDates(sentence, year);
    if (hits.length) year = Number(hits[hits.length - 1].at.slice(0, 4));
    if (!hits.length || !DEADLINE_WORD.test(sentence)) continue;
    let clauseStart = 0;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      const between = sentence.slice(i > 0 ? hits[i - 1].end : 0, h.index);
      const after = sentence.slice(h.end);
      const rangeEnd = i > 0 && /^\s*(?:至|到|-|—|~|～)\s*$/.test(between);
      // The first date of 7月15日至8月5日 opens the window; the deadline is the second.
      const opensRange = /^\s*(?:至|到|-|—|~|～)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月/.test(after);
      const endWord = /^\s*(?:之前|以前|为止|前|止)/.exec(after)?.[0] ?? "";
      const stated = /截止|截至/.test(between.slice(-20)) || endWord !== "";
      // 执行期为2025年1月1日至2027年12月31日 is a period, not a window for applications.
      const window = rangeEnd && SUBMISSION.test(sentence.slice(clauseStart, h.index));
      if (opensRange || !(stated || window)) continue;
      // The label sits in the clause of the date (or, for a window, of its first date).
      const anchor = rangeEnd ? hits[i - 1].index : h.index;
      const head = sentence.slice(clauseStart, anchor);
      const from = clauseStart + Math.max(head.lastIndexOf("，"), head.lastIndexOf(","), -1) + 1;
      const before = sentence.slice(from, anchor).replace(/^\s*(?:\d+\s*[．.、]|[（(]\d+[）)])\s*/, "");
      const { label, usedAfter } = deadlineLabel(before.replace(/\s+/g, ""), after.slice(endWord.length).replace(/\n/g, ""));
      const textStart = from + (sentence.slice(from).length - sentence.slice(from).trimStart().length);
      const textEnd = h.end + endWord.length + (usedAfter ? after.slice(endWord.length).search(/[，,。；;（(]|$/) : 0);
      const stateText = sentence.slice(textStart, textEnd).replace(/\s*\n\s*/g, "").trim().replace(/^(?:\d+\s*[．.、]|[（(]\d+[）)])\s*/, "");
      if (!out.some((d) => d.at === h.at && d.label === label)) out.push({ label, at: h.at, text: stateText });
      clauseStart = h.end;
    }
  }
  return out;
}

/**
 * Facts about the notice as a whole, from its normalized lines: the title (关于印发《…》的通知,
 * “…”申报指南, …项目榜单, …工作计划; wrapped lines joined), the 文号 (苏科资发〔2024〕112号),
 * the issuers (发文单位, from the letterhead or the signature), the publication date (落款日期
 * 2024年7月3日 or 发布于 2026-02-13) and every deadline (截止时间为2024年8月5日17:30 →
 * 2024-08-05T17:30; a date alone → 23:59).
 */
export function readMeta(input: string[]): Meta {
  const lines = input.flatMap((l, i) => (i < 60 ? splitGluedDocNumber(l) : [l]));
  const publishedAt = readPublishedAt(lines);
  return {
    title: readTitle(lines),
    docNumber: readDocNumber(lines),
    issuers: readIssuers(lines),
    publishedAt,
    deadlines: readDeadlines(lines, publishedAt),
  };
}
