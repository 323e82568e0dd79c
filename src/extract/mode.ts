import { alternation, labelsOf } from "../lexicon/index.js";
import type { Mode } from "../model/guide.js";
import { parseNumberToken } from "./number.js";
import type { Located } from "./types.js";

/** A direction's 组织方式 as read from text, with the organisation for 定向委托. */
export interface ModeFact {
  /** 定向委托 | 揭榜挂帅 | 竞争择优 */
  mode: Mode;
  /** 定向委托的承担单位: "紫金山实验室"; null for the other modes or when none is named. */
  entrustedTo: string | null;
  start: number;
  end: number;
  text: string;
}

const MODE_WORD = String.raw`定向委托|揭榜挂帅|揭榜掛帥|揭榜制|竞争择优|競爭擇優|公开竞争|公開競爭`;
const MODE_WORD_RE = new RegExp(MODE_WORD, "g");
// …柔性焊接工作站揭榜挂帅, …网关（揭榜挂帅）, …【竞争择优】: the way a direction is organised marked at its title's end
const MODE_MARK_RE = new RegExp(String.raw`\s*[（(【\[]?[“"]?(?:${MODE_WORD})[”"]?[）)】\]]?\s*$`);

/** Where a mode mark at the end of a direction's title starts (the title before it is the name), or -1. */
export function modeMarkAt(title: string): number {
  const m = MODE_MARK_RE.exec(title);
  return m && m.index > 0 ? m.index : -1;
}
// 综合运用定向委托、“揭榜挂帅”、竞争择优等组织方式 lists the ways in general.
const LISTING_RE = new RegExp(String.raw`(?:${MODE_WORD})[”"’]?\s*(?:、|和|与|或|及|以及|/)\s*[“"‘]?(?:${MODE_WORD})`, "g");
const ENTRUSTED_RE = /定向委托(?:给|由)?\s*([^，,。；;、“”"（）()\s][^，,。；;、“”"]{1,60}?)\s*(?:组织实施|牵头实施|牵头组织|负责实施|承担|实施|牵头)/;
// 采取定向委托方式，由河南省疾病预防控制中心牵头组织实施: the organisation in the next clause
const ENTRUSTED_NEXT_RE = /定向委托(?:的)?(?:方式)?(?:组织实施)?\s*[，,]\s*(?:由|委托)\s*([^，,。；;、“”"（）()\s][^，,。；;、“”"]{1,60}?)\s*(?:牵头组织实施|组织实施|牵头实施|牵头组织|负责实施|牵头承担|承担|实施|牵头)/;
// 定向委托（中国科学技术大学）: a table cell or short value naming the organisation in parentheses
const ENTRUSTED_PAREN_RE = /定向委托\s*[（(]\s*([^（）()，,。；;]{2,40}?(?:大学|学院|研究院|研究所|研究中心|实验室|科学院|中心|公司|集团|医院|院|所))\s*[）)]/;

function modeOf(word: string): Mode {
  if (word.startsWith("定向")) return "定向委托";
  if (word.startsWith("揭榜")) return "揭榜挂帅";
  return "竞争择优";
}

const LISTED_WITH_DENG_RE = new RegExp(String.raw`(?:${MODE_WORD})[”"]?\s*等`, "g");

function listingRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(LISTING_RE)) ranges.push([m.index, m.index + m[0].length]);
  // A list of three (A、B、C等) overlaps itself; widen through the 等 that closes it.
  for (const m of text.matchAll(LISTED_WITH_DENG_RE)) {
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/**
 * The 组织方式 stated in `text`, or null: 定向委托紫金山实验室组织实施 → 定向委托 + "紫金山实验室";
 * 采取揭榜挂帅方式 / “揭榜挂帅”项目榜单 → 揭榜挂帅; 竞争择优 / 公开竞争 → 竞争择优.
 * General lists of the ways (综合运用定向委托、“揭榜挂帅”、竞争择优等组织方式), exceptions
 * (定向委托项目除外) and other projects (有在研揭榜挂帅项目的企业) are not a mode.
 */
export function readMode(text: string): ModeFact | null {
  const listed = listingRanges(text);
  for (const m of text.matchAll(MODE_WORD_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (listed.some(([a, b]) => start >= a && start < b)) continue;
    const after = text.slice(end, end + 8);
    const before = text.slice(Math.max(0, start - 6), start);
    if (/^[”"]?\s*(?:项目|類|类)?(?:除外|以外)/.test(after) || /^[”"]?\s*项目除外/.test(after)) continue;
    if (/在研[“"]?$|非[“"]?$|不采取[“"]?$|不属于[“"]?$/.test(before)) continue;
    // 除注明“揭榜挂帅”的方向外，其余…竞争择优: the exception names the other way
    if (/除[^，,。；;]{0,12}$/.test(text.slice(Math.max(0, start - 13), start)) && /^[^，,。；;]{0,8}外/.test(text.slice(end, end + 9))) continue;
    const mode = modeOf(m[0]);
    if (mode === "定向委托") {
      const rest = text.slice(start);
      const e = [ENTRUSTED_PAREN_RE, ENTRUSTED_RE, ENTRUSTED_NEXT_RE].map((r) => r.exec(rest)).find((x) => x && x.index === 0);
      if (e) {
        const org = e[1].replace(/^(?:给|由)/, "").trim();
        return { mode, entrustedTo: org, start, end: start + e[0].length, text: e[0] };
      }
      return { mode, entrustedTo: null, start, end, text: m[0] };
    }
    // Keep the quotes and the 方式 around it in the fragment for the source trace.
    const q = /^[”"]/.test(text.slice(end)) ? 1 : 0;
    const qb = /[“"]$/.test(text.slice(0, start)) ? 1 : 0;
    return { mode, entrustedTo: null, start: start - qb, end: end + q, text: text.slice(start - qb, end + q) };
  }
  return null;
}

const CN_OR_DIGIT = String.raw`\d+|[一二两三四五六七八九十]{1,3}`;
const PROJECTS_RE = new RegExp(
  String.raw`(?:${alternation([...labelsOf("projects"), "拟支持项目数量"])}|拟支持|每个(?:指南)?方向(?:原则上)?支持)\s*(?:[:：]|为|原则为|原则上为|不超过|一般为)*\s*(${CN_OR_DIGIT})(?:\s*[-~～至到—]\s*(${CN_OR_DIGIT}))?\s*(?:项|个项目|個項目|個|个)`,
  "g",
);

/**
 * 拟支持项目数 of a direction, or null: 拟支持项目数：2项 → 2; 拟支持1项 → 1;
 * 拟支持项目数为1~2项 → 2 (the upper bound). An approximate total of the whole call
 * (拟支持约120个项目) is not read. A line that is only the label's value (2 项（…）) is read too.
 */
export function readProjectsSupported(text: string): Located<number> | null {
  for (const m of text.matchAll(PROJECTS_RE)) {
    const n = parseNumberToken(m[2] ?? m[1]);
    if (n === null || n <= 0) continue;
    return { value: n, text: m[0], start: m.index, end: m.index + m[0].length };
  }
  // A line that is only the label's value (拟支持项目数： cut off by the caller): 2 项（…）.
  const b = BARE_PROJECTS_RE.exec(text);
  const n = b ? parseNumberToken(b[2] ?? b[1]) : null;
  if (b && n !== null && n > 0) {
    const lead = b[0].length - b[0].replace(/^[ \t:：]+/, "").length;
    return { value: n, text: b[0].slice(lead), start: b.index + lead, end: b.index + b[0].length };
  }
  return null;
}

const BARE_PROJECTS_RE = new RegExp(
  String.raw`^[ \t:：]*(?:为|共|原则上)?\s*(${CN_OR_DIGIT})(?:\s*[-~～至到—]\s*(${CN_OR_DIGIT}))?\s*(?:项|个项目)(?=[\s（(。；;，,]|$)`,
  "m",
);
