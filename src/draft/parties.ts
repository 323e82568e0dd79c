import { DOMESTIC_MARKERS, LEAD_UNIT_LABELS, ORGANISATION_TYPES, PARTICIPANT_UNIT_LABELS, alternation } from "../lexicon/index.js";
import { parseChineseNumeral } from "../extract/number.js";
import type { UnitType } from "../model/proposal.js";
import { splitCells } from "../structure/tables.js";
import { answersNone, findFields, headingLevel, LIST_MARKER, splitList, type FieldHit } from "./fields.js";
import type { DraftText } from "./text.js";
import type { DraftUnit, Fact } from "./types.js";

/** Labels of the lead unit (牵头单位). */
// 承担单位与分工, 参与单位及任务分工: a units section named with what each does
const DIVISION = "(?:与|及|和)(?:任务)?分工";
export const LEAD_LABEL = `${alternation(LEAD_UNIT_LABELS)}(?:${DIVISION})?`;
// Which side a unit is on: 中方单位, 国（境）外合作单位.
const SIDE = "(?:中方|国内|国外|国[（(]境[)）]外|外方|境外|海外)";
const LEAD_ROLE = new RegExp(`牵头|${LEAD_LABEL}`);
// a unit marked as the lead in a list of units: 某某大学（牵头）, 某某公司（牵头单位）
const LEAD_MARK = /[（(]\s*牵头(?:单位)?\s*[)）]/;
// a bracket closing a line: （澜州大学，高等院校，江苏省澜州市）
const TASK_UNIT = /[（(]([^（）()]{2,60})[)）][。；;]?$/;
/** Labels of participating units (参与单位). */
export const PARTICIPANT_LABEL =
  `(?:(?:其他|${SIDE}|国际)?(?:项目)?${alternation(PARTICIPANT_UNIT_LABELS)}|${SIDE}单位)(?:名称|名单|${DIVISION})?(?:共?[\\d一二三四五六七八九十]+家)?`;

// Where a unit is registered: 注册地址, 注册地, 单位地址 (the first such field is the lead's, in its 基本信息)
const ADDRESS_LABEL = "(?:单位)?(?:注册地址|注册地|注册所在地|住所|地址)";
// (most drafts give no address: one scan of the text spares a pass over every line and cell)
const ADDRESS_HINT = /注册地|住所|地址/;
const ADDRESS_REGION = new RegExp(`^(?:${alternation(DOMESTIC_MARKERS)})?\\s*(?:([\\u4e00-\\u9fff]{2,3}?)(?:省|自治区|特别行政区)|(北京|天津|上海|重庆)市)`);

/** Countries and regions written in drafts; 中国 / 中方 / 国内 mean domestic. */
export const COUNTRIES = [
  "德国", "美国", "英国", "法国", "日本", "韩国", "意大利", "俄罗斯", "加拿大", "澳大利亚", "新西兰", "荷兰", "比利时",
  "瑞士", "瑞典", "挪威", "丹麦", "芬兰", "冰岛", "奥地利", "西班牙", "葡萄牙", "以色列", "新加坡", "马来西亚", "泰国",
  "印度尼西亚", "印度", "巴西", "南非", "埃及", "沙特阿拉伯", "沙特", "阿联酋", "爱尔兰", "波兰", "捷克", "匈牙利", "希腊",
  "土耳其", "乌克兰", "白俄罗斯", "哈萨克斯坦", "乌兹别克斯坦", "巴基斯坦", "越南", "老挝", "柬埔寨", "缅甸", "菲律宾",
  "蒙古", "智利", "阿根廷", "墨西哥", "秘鲁", "古巴", "塞尔维亚", "罗马尼亚", "保加利亚", "斯洛文尼亚", "克罗地亚",
  "卢森堡", "伊朗", "卡塔尔", "肯尼亚", "尼日利亚", "埃塞俄比亚", "斯里兰卡", "孟加拉国", "尼泊尔",
  "中国香港", "中国澳门", "中国台湾", "香港", "澳门", "台湾",
];
const COUNTRY_RE = new RegExp(`^(?:${COUNTRIES.join("|")})`);
/** Countries written in English in drafts: (UK), (Germany), USA. */
const EN_COUNTRIES: Record<string, string> = {
  uk: "英国", "united kingdom": "英国", britain: "英国", england: "英国", usa: "美国", us: "美国", "u.s.": "美国", "united states": "美国",
  america: "美国", germany: "德国", france: "法国", japan: "日本", korea: "韩国", "south korea": "韩国", italy: "意大利", russia: "俄罗斯",
  canada: "加拿大", australia: "澳大利亚", "new zealand": "新西兰", netherlands: "荷兰", belgium: "比利时", switzerland: "瑞士",
  sweden: "瑞典", norway: "挪威", denmark: "丹麦", finland: "芬兰", austria: "奥地利", spain: "西班牙", portugal: "葡萄牙",
  israel: "以色列", singapore: "新加坡", malaysia: "马来西亚", thailand: "泰国", india: "印度", brazil: "巴西", "south africa": "南非",
  ireland: "爱尔兰", poland: "波兰", "czech republic": "捷克", hungary: "匈牙利", greece: "希腊", turkey: "土耳其",
};
const DOMESTIC = /^(?:中国|中方|国内|境内)$/;
const FOREIGN_CONTEXT = /国外|外方|境外|海外|国际|国[（(]境[)）]外/;
// 由A牵头，联合B、C共同申报 / 由A牵头，会同B和C组成项目组: the lead and the other units in a sentence
const PROSE_UNITS = /由([^，,。；;由]{2,40}?)(?:负责)?牵头[^，,。；;]{0,6}[，,]\s*(?:联合|会同|携手|并与|与)([^。；;]{2,160}?)(?:等)?(?:共同|联合|一起)?(?:申报|承担|实施|组成|开展)/;
// 方向二…由江苏霁川电气股份有限公司（企业）承担; 沄州能源研究院（科研院所）作为参与单位承担…: a unit named with the part it
// takes (two expressions, each run only on lines holding its word: the second has no word to start from)
const PROSE_TASK_UNITS: [string, RegExp][] = [
  ["由", /由([^，,。；;由“”"]{4,40}?(?:[（(][^（）()]{0,20}[)）])?)(?:具体|牵头)?(?:承担|负责|实施)/g],
  ["作为", /([^，,。；;由“”"]{4,40}?(?:[（(][^（）()]{0,20}[)）])?)作为(?:参与|合作|协作)单位/g],
];

const TYPE_WORDS: [RegExp, UnitType][] = [
  ...ORGANISATION_TYPES.map(([type, words]): [RegExp, UnitType] => [new RegExp(alternation(words), "gi"), type]),
  [/政府|委员会|局$|厅$/g, "government"],
];

/** Unit type from its name or a 单位性质 word: the type word written last wins (XX大学附属医院 → hospital). */
export function unitType(s: string): UnitType | null {
  let best: UnitType | null = null;
  let at = -1;
  for (const [re, type] of TYPE_WORDS) {
    for (const m of s.matchAll(re)) {
      const end = m.index + m[0].length;
      if (end >= at) {
        at = end;
        best = type;
      }
    }
  }
  return best;
}

/** A country word (德国, 中国香港); null for domestic or none. */
export function countryOf(s: string): string | null | undefined {
  const t = s.trim();
  if (DOMESTIC.test(t) || /^(?:china|prc|p\.r\.\s*china)$/i.test(t)) return null;
  const en = EN_COUNTRIES[t.toLowerCase().replace(/\s+/g, " ")];
  if (en) return en;
  const m = COUNTRY_RE.exec(t);
  if (m && (m[0].length === t.length || /^(?:籍|的?)$/.test(t.slice(m[0].length)))) return m[0];
  return undefined;
}

// A kind of unit with no name (高等院校, 科研院所, 企业, 新型研发机构: a 单位性质 cell), never a unit itself; noteType reads
// such a word as the type of the unit it is written beside.
const BARE_TYPE = /^[\u4e00-\u9fff]{0,4}(?:企业|院校|高校|院所|研发机构|事业单位|医疗机构|其他)$/;

/**
 * A unit as written in a list item: "德国亚琛工业大学（德国，高校）", "XX有限公司，企业", "Fraunhofer ISE (德国)".
 * The remarks in parentheses or after a comma give type and country; a foreign country at the start of
 * the name counts too. `foreign` marks a list under 国外合作单位.
 */
export function parseUnit(s: string, foreign = false): DraftUnit | null {
  // 中方单位4家：A（高校，牵头） — a role with its count before the unit is no part of its name
  let text = s.replace(LIST_MARKER, "").trim().replace(/[。；;，,]+$/, "").replace(/^[^：:（(，,]{0,14}?单位(?:共?[\d一二三四五六七八九十]+家)?[：:]\s*/, "");
  // 国（境）外合作单位：暂无 — a field answered "none" names no unit
  if (answersNone(text)) return null;
  // A remark after a dash (—— 国（境）外合作单位，已签署合作协议) says what the unit is, not its name.
  const dash = /\s*(?:——|—|--|－－)\s*(.*)$/.exec(text);
  const notes: string[] = [];
  if (dash && dash.index > 1) {
    if (FOREIGN_CONTEXT.test(dash[1])) foreign = true;
    // 青海液空储能科技有限公司 —— 企业: the remark may be the type or the country
    notes.push(...dash[1].split(/[，,、/\s]+/).filter((p) => p.length <= 6));
    text = text.slice(0, dash.index).trim();
  }
  // 钟灵医科大学（牵头）　　　单位性质：高等院校 — a wide gap (two spaces or more, or ideographic ones) ends the name
  const gap = /[ \t]{2,}|\u3000+/.exec(text);
  if (gap && gap.index > 1) {
    notes.push(...text.slice(gap.index).split(/[，,、/：:\s\u3000]+/).filter(Boolean));
    text = text.slice(0, gap.index).trim();
  }
  // bracketed notes at the end: the country, the type, the role (XX（深圳）有限公司 never ends in ), but 华为（北京）does)
  const stripNotes = () => {
    for (;;) {
      const m = /[（(]([^（()）]*)[)）]\s*$/.exec(text);
      if (!m) break;
      const parts = m[1].split(/[，,、/\s]+/).filter(Boolean);
      if (!parts.some((p) => countryOf(p) !== undefined || TYPE_NOTE.test(p) || /牵头|参与|承担/.test(p))) break;
      notes.push(...parts);
      text = text.slice(0, m.index).trim();
    }
  };
  stripNotes();
  // the first comma outside brackets: 南洋研究所（Nanyang Institute，新加坡）keeps its bracket
  const comma = /^(?:[^（(，,：:]|[（(][^）)]*[）)])*?([，,：:])/.exec(text);
  if (comma) comma.index = comma[0].length - 1;
  if (comma) {
    notes.push(...text.slice(comma.index + 1).split(/[，,、/\s]+/).filter(Boolean));
    text = text.slice(0, comma.index).trim();
    // University of Minnesota（美国），负责…: the notes before the comma
    stripNotes();
  }
  const name = text.replace(/^(?:单位名称|名称)[:：]?/, "").trim();
  if (name.length < 2) return null;
  let type: UnitType | null = null;
  let country: string | null | undefined;
  for (const n of notes) {
    const c = countryOf(n.replace(/^(?:国别|国家|所在国)[:：]?/, ""));
    if (c !== undefined && country === undefined) country = c;
    const ty = TYPE_NOTE.test(n) ? unitType(n.replace(/性质|类型/g, "")) ?? noteType(n) : null;
    if (ty && !type) type = ty;
  }
  if (country === undefined) {
    const c = COUNTRY_RE.exec(name);
    // Fraunhofer ISE: a name in Latin letters is a foreign unit; XX大学 (a placeholder) is not
    country = c ? c[0] : foreign || /^[A-Za-z][A-Za-z .&,'-]{3,}$/.test(name) ? "国外" : null;
  }
  return { name, type: type ?? unitType(name), country: country ?? null };
}

const TYPE_NOTE = /企业|公司|高校|大学|学院|院校|科研院所|研究所|研究院|院所|医院|医疗机构|政府|事业单位|其他/;
function noteType(n: string): UnitType | null {
  if (/科研院所|院所|研发机构/.test(n)) return "institute";
  if (/院校/.test(n)) return "university";
  if (/事业单位|其他/.test(n)) return "other";
  return null;
}

/** A name that looks like an organisation (ends or contains a unit word, or is foreign). */
function looksLikeUnit(u: DraftUnit | null): u is DraftUnit {
  return !!u && (u.type !== null || u.country !== null) && u.name.length <= 60 && !/[。]/.test(u.name);
}

interface TableColumns {
  name: number;
  type: number;
  country: number;
  role: number;
}

function unitTable(cells: string[]): TableColumns | null {
  const h = cells.map((c) => c.replace(/\s+/g, ""));
  // a header row holds labels only: a cell that is a name or a sentence (…国家集成电路…中心) makes it a row of values
  if (h.some((c) => c.length > 12 || /\d/.test(c))) return null;
  const name = h.findIndex((c) => /^(?:单位名称|单位|名称|合作单位|参与单位|承担单位)(?:[（(].*[)）])?$/.test(c));
  if (name < 0) return null;
  const type = h.findIndex((c) => /单位性质|单位类型|性质|类型|类别/.test(c));
  const country = h.findIndex((c) => /国别|国家|所在国|国家[（(]地区[)）]|地区/.test(c));
  const role = h.findIndex((c) => /角色|分工|承担任务|单位角色|牵头\/参与/.test(c));
  if (type < 0 && country < 0 && role < 0) return null;
  return { name, type, country, role };
}

/** A unit's name for telling two mentions apart: without a bracketed remark (（牵头）, （…中心运营主体）) or spaces. */
export function unitKey(name: string): string {
  return name.replace(/[（(][^（）()]*[)）]/g, "").replace(/\s+/g, "");
}

/** What the units part of a draft says: lead unit, participants and a stated count. */
export interface UnitFacts {
  leadUnit: Fact<DraftUnit> | null;
  participants: Fact<DraftUnit>[];
  participantCount: Fact<number> | null;
}

// 中方参与单位共11家（含牵头单位） / 共有5家单位参与 / 由3家单位联合申报 / 参与单位数：4
const N = "(\\d+|[一二两三四五六七八九十]+)";
const COUNT_RE = new RegExp(
  `(?:(?:中方|国内|国外)?(?:参与|合作|参加|申报|承担|项目)?单位\\s*(?:共计?|总计|合计|为|共有)\\s*${N}\\s*家` +
    `|(?:参与|合作|项目)?单位(?:数量?|总数|个数)\\s*[:：为]?\\s*${N}\\s*家?` +
    `|(?:共|由|共有|合计)\\s*${N}\\s*家(?:单位)?)` +
    `(\\s*[（(]?\\s*(?:含|包括|包含|不含|不包括|未含)牵头(?:单位)?\\s*[)）]?)?`,
);

/**
 * The lead unit (牵头单位 / 承担单位 / 申报单位), the participating units (inline lists, numbered or bulleted
 * lists under 参与单位, tables 单位名称 | 单位性质 | 国别) and a stated count (…共11家（含牵头单位）, lead
 * included; 不含牵头单位 adds one).
 */
export function readUnits(t: DraftText): UnitFacts {
  let leadUnit: Fact<DraftUnit> | null = null;
  for (const hit of findFields(t.lines, LEAD_LABEL)) {
    if (!hit.value) continue;
    const u = parseUnit(hit.value);
    if (u) {
      leadUnit = t.fact(u, hit.value, hit.offset);
      break;
    }
  }
  const participants: Fact<DraftUnit>[] = [];
  const seen = new Set<string>();
  const add = (u: DraftUnit | null, text: string, offset: number) => {
    if (!u || BARE_TYPE.test(u.name) || seen.has(unitKey(u.name)) || (leadUnit && unitKey(leadUnit.value.name) === unitKey(u.name))) return;
    seen.add(unitKey(u.name));
    participants.push(t.fact(u, text, offset));
  };
  // 由A牵头，联合B、C共同申报: the units in a sentence
  for (const line of t.lines) {
    const m = PROSE_UNITS.exec(line.text);
    if (!m) continue;
    const lead = parseUnit(m[1]);
    if (lead && !leadUnit) leadUnit = t.fact(lead, m[1], line.offset + m.index + m[0].indexOf(m[1]));
    const from = m.index + m[0].indexOf(m[2]);
    for (const item of splitList(m[2], "、，,；;和及与")) add(parseUnit(item.text), item.text, line.offset + from + item.start);
  }
  for (const line of t.lines)
    for (const [word, re] of PROSE_TASK_UNITS) {
      if (!line.text.includes(word)) continue;
      for (const m of line.text.matchAll(re)) {
        const u = parseUnit(m[1]);
        if (looksLikeUnit(u)) add(u, m[1], line.offset + m.index + m[0].indexOf(m[1]));
      }
    }
  // in a list of every unit, the one marked as the lead is the lead (when no field names one), never a participant
  const leadOrParticipant = (mark: RegExp) => (u: DraftUnit | null, text: string, offset: number) => {
    if (!u || !mark.test(text)) add(u, text, offset);
    else if (!leadUnit) leadUnit = t.fact(u, text, offset);
  };
  // 联合申报单位 listing every unit, the lead marked （牵头）
  for (const hit of findFields(t.lines, PARTICIPANT_LABEL)) readParticipantHit(t, hit, leadOrParticipant(LEAD_MARK));
  // 一、承担单位 over a list of every unit: the one that says 牵头 is the lead, the others take part
  for (const hit of findFields(t.lines, LEAD_LABEL)) if (!hit.value && !hit.cell) readParticipantHit(t, hit, leadOrParticipant(/牵头/));
  // 联合攻关方向一：…（苏州实验室，牵头单位） ⏎ 联合攻关方向二：…（XX大学，高等院校）: tasks listed with the unit
  // that takes each in brackets at the end; two such lines in a row make the list
  const tasks: { u: DraftUnit; text: string; offset: number; lead: boolean }[] = [];
  const flushTasks = () => {
    if (tasks.length >= 2) for (const x of tasks) (x.lead && !leadUnit ? (leadUnit = t.fact(x.u, x.text, x.offset)) : add(x.u, x.text, x.offset));
    tasks.length = 0;
  };
  for (const line of t.lines) {
    const m = TASK_UNIT.exec(line.text);
    const items = m && !splitCells(line.text) ? splitList(m[1], "，,、；;") : [];
    // a unit named, not a bare type word (（企业）, （科研院所） after a unit field's value)
    const u = items.length && items[0].text.length >= 4 && noteType(items[0].text) === null ? parseUnit(items[0].text) : null;
    if (!m || !looksLikeUnit(u) || /单位\s*[:：]/.test(line.text)) {
      if (line.text.trim()) flushTasks();
      continue;
    }
    const notes = items.slice(1).map((x) => x.text);
    const type = notes.map((n) => unitType(n) ?? noteType(n)).find(Boolean) ?? u.type;
    const start = line.offset + m.index + m[0].indexOf(m[1]);
    tasks.push({ u: { ...u, type }, text: items[0].text, offset: start, lead: notes.some((n) => /牵头/.test(n)) });
  }
  flushTasks();
  // tables of units anywhere: 单位名称 | 单位性质 | 国别
  for (let i = 0; i < t.lines.length; i++) {
    const cells = splitCells(t.lines[i].text);
    if (!cells) continue;
    const cols = unitTable(cells.map((c) => c.text));
    if (!cols) continue;
    for (let j = i + 1; j < t.lines.length; j++) {
      const row = splitCells(t.lines[j].text);
      if (!row) {
        if (t.lines[j].text.trim()) break;
        continue;
      }
      const nameCell = row[cols.name];
      if (!nameCell || !nameCell.text) continue;
      const typeText = cols.type >= 0 ? (row[cols.type]?.text ?? "") : "";
      const countryText = cols.country >= 0 ? (row[cols.country]?.text ?? "") : "";
      const role = cols.role >= 0 ? (row[cols.role]?.text ?? "") : row.map((c) => c.text).join(" ");
      const base = parseUnit(nameCell.text);
      if (!base) continue;
      const c = countryText ? countryOf(countryText) : undefined;
      const u: DraftUnit = {
        name: base.name,
        type: (typeText ? (unitType(typeText) ?? noteType(typeText)) : null) ?? base.type,
        country: c !== undefined ? c : countryText && !/^[-—/无]$/.test(countryText) ? countryText : base.country,
      };
      const offset = t.lines[j].offset + nameCell.start;
      // the role column names the lead with any lead label (牵头单位, 申报单位, 承担单位, 揭榜单位 …)
      const leads = LEAD_ROLE.test(role) && !/参与|合作|联合/.test(role);
      if (leads && !leadUnit) leadUnit = t.fact(u, nameCell.text, offset);
      else if (!leads) add(u, t.lines[j].text, offset);
      i = j;
    }
  }
  // the lead's registered address places it: 注册地址 | 灅西省垟城市…江苏路168号 (the province it opens with, not a street)
  if (leadUnit && !leadUnit.value.country && ADDRESS_HINT.test(t.doc.text.text)) {
    const at = findFields(t.lines, ADDRESS_LABEL).map((h) => ADDRESS_REGION.exec(h.value)).find((m) => m);
    const region = at?.[1] ?? at?.[2];
    if (region) leadUnit = { ...leadUnit, value: { ...leadUnit.value, registeredIn: region } };
  }
  return { leadUnit, participants, participantCount: readCount(t) };
}

function readParticipantHit(t: DraftText, hit: FieldHit, add: (u: DraftUnit | null, text: string, offset: number) => void): void {
  const foreign = FOREIGN_CONTEXT.test(hit.label);
  if (hit.cell) {
    for (const item of splitList(hit.value)) add(parseUnit(item.text, foreign), item.text, hit.offset + item.start);
    return;
  }
  if (hit.value && !/^(?:共|如下|见下表|详见)/.test(hit.value)) {
    for (const item of splitList(hit.value)) {
      const u = parseUnit(item.text, foreign);
      if (looksLikeUnit(u)) add(u, item.text, hit.offset + item.start);
    }
  }
  // a list on the following lines: 1. XX大学（德国，高校）
  const level = headingLevel(hit.line.text);
  for (let i = hit.line.index + 1; i < t.lines.length; i++) {
    const line = t.lines[i];
    const text = line.text.trim();
    if (!text) {
      // a loose list (a blank line between its items) goes on; any other blank line ends it
      const next = t.lines.slice(i + 1).find((l) => l.text.trim());
      if (i === hit.line.index + 1 || (next && LIST_MARKER.test(next.text))) continue;
      break;
    }
    if (splitCells(text)) break;
    const h = headingLevel(text);
    if (h !== null && (level === null || h <= level)) break;
    // the item without its list mark, and where it starts on the line
    const item = text.replace(LIST_MARKER, "");
    const lead = line.text.length - line.text.replace(LIST_MARKER, "").length;
    // 11. 漻川人工智能创新中心（中国）：负责…, 12. Universität X, Lehrstuhl Y（德国）：…: an item naming its country in
    // brackets before a colon is that unit, whatever its name ends in
    const named = COUNTRY_NOTE.exec(item);
    // another field (项目负责人：…, 国（境）外合作单位：…) ends the list; 南京大学：负责… does not
    const field = /^([^，,。]{2,16}?)[:：]/.exec(item);
    if (field && !looksLikeUnit(parseUnit(field[1])) && !named) break;
    if (field && new RegExp(`^(?:${PARTICIPANT_LABEL}|${LEAD_LABEL})`).test(field[1])) break;
    // a sentence naming the units (由A牵头，联合B…) is read whole by readUnits
    if (PROSE_UNITS.test(text)) continue;
    const u = parseUnit(text, foreign || FOREIGN_CONTEXT.test(item.slice(0, 6)));
    const country = named ? countryOf(named[2]) : undefined;
    if (named && country !== undefined) {
      const name = named[1].trim();
      add({ name, type: unitType(name) ?? (u && unitKey(u.name) === unitKey(name) ? u.type : null), country }, line.text.slice(lead).trim(), line.offset + lead);
      continue;
    }
    if (!looksLikeUnit(u)) {
      if (LIST_MARKER.test(line.text)) break;
      continue;
    }
    add(u, line.text.slice(lead).trim(), line.offset + lead);
  }
}

// a name, then its country in brackets and a colon: 漻川人工智能创新中心（中国）：…
const COUNTRY_NOTE = /^([^（(：:，。]{2,60})[（(]([^（）()]{1,12})[）)]\s*[:：]/;

function readCount(t: DraftText): Fact<number> | null {
  for (const line of t.lines) {
    if (!/单位|家/.test(line.text)) continue;
    const m = COUNT_RE.exec(line.text);
    if (!m) continue;
    const raw = m[1] ?? m[2] ?? m[3];
    const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (!n) continue;
    // a count that says it leaves the lead out (不含牵头单位) is made lead-inclusive, as the contract says
    const excl = m[4] && /不含|不包括|未含/.test(m[4]);
    const before = line.text.slice(0, m.index);
    if (!m[4] && !/单位/.test(m[0]) && !/单位/.test(before.slice(-8))) continue;
    return t.fact(excl ? n + 1 : n, m[0].trim(), line.offset + m.index);
  }
  return null;
}
