import { DIRECTION_REFERENCE, DRAFT_FIELDS, alternation, draftFieldsExcept } from "../lexicon/index.js";
import { splitCells } from "../structure/tables.js";
import { answersNone, findFields, headingLevel, LIST_MARKER, type FieldHit } from "./fields.js";
import { unitKey, unitType } from "./parties.js";
import type { DraftLine, DraftText } from "./text.js";
import type { Fact, PiValue } from "./types.js";

/** Labels of the PI. */
// (项目负责人简介 / 基本情况: a section about the PI, its paragraphs under it)
export const PI_LABEL = `${alternation(DRAFT_FIELDS.pi)}(?:姓名|简介|简历|基本情况|情况)?`;

const TITLES = [
  "研究员级高级工程师", "教授级高工", "教授级高级工程师", "正高级工程师", "高级工程师", "副研究员", "助理研究员", "研究员", "副教授", "教授", "讲师",
  "副主任医师", "主任医师", "主治医师", "高级实验师", "工程师", "高工", "正高级", "副高级",
];
const TITLE_RE = new RegExp(TITLES.join("|"));

/** A date as written: 1985年3月 / 1985.03 / 1985-03-12 / 1985/3 → "1985-03" or "1985-03-12". */
export function readDate(s: string): { value: string; index: number; length: number } | null {
  const m = /(19\d{2}|20\d{2})\s*(?:年|[.\-/／．])\s*(\d{1,2})(?:\s*(?:月|[.\-/／．])\s*(\d{1,2})\s*日?|\s*月)?(?!\d)/.exec(s);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const day = m[3] ? Number(m[3]) : null;
  const value = `${m[1]}-${String(month).padStart(2, "0")}${day && day <= 31 ? `-${String(day).padStart(2, "0")}` : ""}`;
  return { value, index: m.index, length: m[0].length };
}

// an 18-character resident ID: region (6), birth date (8), sequence (3), check character
const RESIDENT_ID = /(?<![\dA-Za-z])\d{6}((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/;
const BIRTH_RE = /出生于\s*|出生(?:年月|日期|年月日|时间)?\s*[:：|]?\s*|生于\s*/g;
const FIELD_STOP = new RegExp(`^(?:${alternation(draftFieldsExcept("pi"))}|${DIRECTION_REFERENCE})`);

function employment(s: string): boolean | null {
  const q = /是否(?:为|是)?(?:项目)?(?:牵头|申报|承担|依托)单位(?:的)?(?:正式)?在职(?:在编)?(?:人员|职工)?\s*[:：|]?\s*(是|否)/.exec(s);
  if (q) return q[1] === "是";
  if (/(?:未|没有|不是|非|无)(?:与)?(?:牵头|申报|承担|依托)?(?:单位)?(?:的)?(?:签订|签署)?(?:正式)?(?:劳动合同|在职|在编)/.test(s)) return false;
  if (/(?:与|和)(?:本|该)?(?:牵头|申报|承担|依托)?单位签(?:订|署)(?:了)?(?:正式)?(?:的)?劳动(?:\(聘用\)|（聘用）)?合同/.test(s)) return true;
  if (/(?:系|为|是)(?:本|该)?(?:项目)?(?:牵头|申报|承担|依托)单位(?:的)?(?:正式)?在职(?:在编)?(?:人员|职工)/.test(s)) return true;
  if (/(?:不|非|未|并非|不是|无)[^，,；;。]{0,8}在职|退休|外聘|兼职/.test(s)) return false;
  // 揭榜单位在职 / 中国药科大学在职人员 / 已签订劳动合同
  if (/在职|已签(?:订|署)(?:了)?(?:正式)?劳动合同/.test(s)) return true;
  return null;
}

/** The name at the start of a PI field's value: 张三，男，… → 张三. */
function firstName(value: string): string {
  return /^[\u4e00-\u9fffA-Za-z·. ]{2,20}?(?=$|[\s，,、;；(（|]|[男女])/.exec(value.replace(/^姓名[:：]?\s*/, ""))?.[0].trim() ?? "";
}

/** 申请人：某某大学 names the applicant unit, not a person: a name with a unit's type word. */
const isOrganisation = (name: string) => unitType(name) !== null;
// 无在研省科技计划项目, 目前没有主持在研项目, 未承担在研…
const NO_ACTIVE = /(?:无|没有|未(?:主持|承担)|不存在)(?:主持|承担)?(?:的)?在研[^，,；;。\n]{0,20}?(?:项目|课题)/;
// 主持在研项目：…, 在研项目：… (or its table cell: 在研项目 | …), 目前主持…（…在研）
const ACTIVE = /(?:主持|承担|负责)?在研(?:项目|课题)(?:情况)?\s*(?:[:：]|\|)\s*([^\n]+)|(?:主持|承担|负责)[^\n。；;]{0,60}?[（(][^）)\n]{0,40}在研[）)]/g;

/**
 * The PI's active projects (在研项目): from the PI's block, else from any sentence of the draft about the PI
 * (项目负责人无在研省科技计划项目) or one that starts with 主持在研项目 — a unit's 在研 (牵头企业无在研…) is not the PI's.
 */
function piActiveProjects(t: DraftText, block: string): { count: number; text: string; offset?: number } | null {
  const own = activeProjects(block);
  if (own) return own;
  const about = new RegExp(`^(?:${PI_LABEL}|主持在研|在研项目)`);
  for (const line of t.lines) {
    if (!line.text.includes("在研")) continue;
    const body = line.text.replace(LIST_MARKER, "");
    const lead = line.text.length - body.length;
    let at = 0;
    for (const sentence of body.split(/(?<=[。；;])/)) {
      const x = sentence.replace(/^[-*•\s]+|^(?:目前|现|当前)/g, "");
      const found = about.test(x) ? activeProjects(sentence) : null;
      if (found) return { ...found, offset: line.offset + lead + at };
      at += sentence.length;
    }
  }
  return null;
}

/** Active projects (在研项目) as stated in `s`: none, or those named after a 在研项目： label or marked 在研. */
function activeProjects(s: string): { count: number; text: string } | null {
  const none = NO_ACTIVE.exec(s);
  const found: string[] = [];
  let count = 0;
  for (const m of s.matchAll(ACTIVE)) {
    const body = (m[1] ?? m[0]).trim();
    if (/^(?:无|没有|暂无)/.test(body)) continue;
    // each project named in “…” or 《…》, else one per item separated by ；
    const titles = body.match(/[“"《][^”"》]{4,60}[”"》]/g);
    const n = titles ? titles.length : body.split(/[；;]/).filter((x) => x.trim()).length;
    found.push(body);
    count += Math.max(n, 1);
  }
  if (found.length) return { count, text: found.join("；") };
  return none ? { count: 0, text: none[0] } : null;
}

// 本年度以项目负责人身份申报的其他省科技计划项目：1项——…, 同期申报的其他项目 | 《…》: the form's question about the PI's
// other applications this year, with its answer
const OTHER_APPLICATIONS = /(?:本年度|本年|同年度?|今年|当年|同期)[^：:|\n]{0,16}?申报的?(?:其他|其它)[^：:|\n]{0,16}?(?:项目|课题)(?:情况)?\s*(?:[:：]|\|)\s*([^\n|]+)/;

/** The PI's other applications this year as the draft answers the form's question, with where the answer stands. */
function piOtherApplications(t: DraftText): { count: number; text: string; offset: number } | null {
  for (const line of t.lines) {
    const m = OTHER_APPLICATIONS.exec(line.text);
    if (!m) continue;
    const answer = m[1].trim();
    const offset = line.offset + m.index + m[0].length - m[1].length;
    if (answersNone(answer)) return { count: 0, text: answer, offset };
    const stated = /^(\d+|[一二两三])\s*[项个]/.exec(answer);
    const titles = answer.match(/[“"《][^”"》]{4,60}[”"》]/g);
    const count = stated ? ({ 一: 1, 二: 2, 两: 2, 三: 3 }[stated[1]] ?? Number(stated[1])) : titles ? titles.length : 1;
    return { count, text: answer, offset };
  }
  return null;
}

// a team table's columns: 姓名 | 出生年月 | 职称 | 工作单位 | 在项目中分工 (or 角色, 任务分工)
const NAME_COLUMN = /^姓\s*名$/;
const BIRTH_COLUMN = /出生/;
const TITLE_COLUMN = /^职\s*称|职务/;
const EMPLOYER_COLUMN = /工作单位|所在单位|单位名称|^单位$/;
const ROLE_COLUMN = /分工|角色|任务|职责/;

/**
 * The PI as a team table names them (姓名 | 出生年月 | 职称 | 工作单位 | 在项目中分工, the row whose role is
 * 项目负责人), for a draft with no PI field. The 工作单位 cell is the employer: it says whether the PI is
 * employed by `lead`.
 */
function piFromTeamTable(t: DraftText, lead: string | null): Fact<PiValue> | null {
  for (const line of t.lines) {
    const header = splitCells(line.text);
    if (!header) continue;
    const col = (re: RegExp) => header.findIndex((c) => re.test(c.text.replace(/\s+/g, "")));
    const nameAt = col(NAME_COLUMN);
    const roleAt = col(ROLE_COLUMN);
    if (nameAt < 0 || roleAt < 0) continue;
    const [birthAt, titleAt, employerAt] = [col(BIRTH_COLUMN), col(TITLE_COLUMN), col(EMPLOYER_COLUMN)];
    for (let i = line.index + 1; i < t.lines.length && i <= line.index + 40; i++) {
      const row = splitCells(t.lines[i].text);
      if (!row) {
        if (t.lines[i].text.trim()) break;
        continue;
      }
      if (!/^(?:项目|课题)?负责人/.test(row[roleAt]?.text ?? "")) continue;
      const cell = (at: number) => (at >= 0 ? (row[at]?.text ?? "") : "");
      const employer = cell(employerAt);
      const pi: PiValue = {
        name: cell(nameAt) || null,
        birthDate: readDate(cell(birthAt))?.value ?? null,
        title: cell(titleAt) || null,
        // the lead, or one of its departments (泊川大学计算机学院 under 泊川大学)
        employedByLead: employer && lead ? unitKey(employer).startsWith(unitKey(lead)) : null,
      };
      return t.fact(pi, row[nameAt].text, t.lines[i].offset + row[nameAt].start);
    }
  }
  return null;
}

/**
 * The PI (项目负责人): name from the label's value, then birth date (出生年月：1985年3月, 1982年5月出生,
 * 1985.03), title (职称 or a title word such as 研究员) and employment (是否为牵头单位在职人员：是, 与申报单位
 * 签订劳动合同) from the PI's line and the lines after it, up to the next section; with no PI field, the team
 * table's row whose role is 项目负责人, the `lead` unit's name deciding employment.
 */
export function readPi(t: DraftText, lead: string | null = null): Fact<PiValue> | null {
  // 申请人：某某大学 names the applicant unit: a hit naming a person wins
  const hits = findFields(t.lines, PI_LABEL).filter((h) => h.value || !h.cell);
  const hit = hits.find((h) => !isOrganisation(firstName(h.value))) ?? hits[0];
  if (!hit) {
    const listed = piFromTeamTable(t, lead);
    const other = listed && piOtherApplications(t);
    if (listed && other) {
      listed.value.otherApplications = { count: other.count, text: other.text };
      listed.parts = { ...listed.parts, otherApplications: t.place(other.offset) };
    }
    if (listed) return listed;
    // no PI field, but a sentence about the PI's 在研 projects
    const active = piActiveProjects(t, "");
    if (!active || active.offset === undefined) return null;
    const { offset, ...activeProjects } = active;
    return t.fact({ name: null, birthDate: null, title: null, employedByLead: null, activeProjects }, activeProjects.text, offset);
  }
  let name = firstName(hit.value) || null;
  // the PI's block: its line and the following lines until a heading or another field; then the blocks of the
  // other places that name the same PI (项目负责人：X on a cover, 项目负责人：X，1976年10月出生，教授… further on)
  const block: string[] = [];
  const blockLines: DraftLine[] = [];
  const addBlock = (h: FieldHit) => {
    const level = headingLevel(h.line.text);
    block.push(h.line.text.slice(h.labelOffset - h.line.offset));
    blockLines.push(h.line);
    for (let i = h.line.index + 1; i < t.lines.length && i <= h.line.index + 8; i++) {
      const text = t.lines[i].text.trim();
      if (!text) continue;
      const hl = headingLevel(text);
      if (hl !== null && (level === null || hl <= level)) break;
      if (FIELD_STOP.test(text.replace(/^[\s\d.、()（）一二三四五六七八九十]+/, ""))) break;
      block.push(text);
      blockLines.push(t.lines[i]);
    }
  };
  addBlock(hit);
  for (const other of hits) {
    const person = firstName(other.value);
    if (other !== hit && person && person === name && other.line !== hit.line) addBlock(other);
  }
  const all = block.join("\n");
  let birthDate: string | null = null;
  for (const m of all.matchAll(BIRTH_RE)) {
    const d = readDate(all.slice(m.index + m[0].length, m.index + m[0].length + 20));
    if (d && d.index === 0) {
      birthDate = d.value;
      break;
    }
  }
  if (!birthDate) {
    // 1982年5月出生 / 1982年5月生
    const m = /((?:19|20)\d{2}\s*(?:年|[.\-/])\s*\d{1,2}\s*月?(?:\s*\d{1,2}\s*日)?)\s*(?:出生|生)/.exec(all);
    if (m) birthDate = readDate(m[1])?.value ?? null;
  }
  if (!birthDate) {
    // 证件号码 41030319681102003X: a resident ID holds the birth date in its digits 7–14
    const id = RESIDENT_ID.exec(all);
    if (id) birthDate = readDate(`${id[1]}年${id[2]}月${id[3]}日`)?.value ?? null;
  }
  let title: string | null = null;
  const labelled = /职\s*称\s*[:：|]?\s*([^\s，,；;|。]{2,12})/.exec(all);
  if (labelled) title = labelled[1];
  else {
    for (const line of block) {
      const cells = splitCells(line);
      const m = TITLE_RE.exec(cells ? cells.map((c) => c.text).join(" ") : line);
      if (m) {
        title = m[0];
        break;
      }
    }
  }
  if (!name) {
    const m = /姓\s*名\s*[:：|]?\s*([\u4e00-\u9fffA-Za-z·]{2,20}?)(?=$|[\s，,、;；(（|]|[男女])/.exec(all);
    if (m) name = m[1];
  }
  // 二、项目负责人简介 ⏎ 闻启砚，男，出生于…: a résumé under the section names the PI first
  if (!name && !hit.value) name = /^([\u4e00-\u9fff·]{2,4})[，,]\s*[男女]/.exec(block[1] ?? "")?.[1] ?? null;
  // 申请人：某某大学 names the applicant unit, not a person
  if (name && isOrganisation(name)) name = null;
  const found = piActiveProjects(t, all);
  const active = found && { count: found.count, text: found.text };
  const other = piOtherApplications(t);
  const pi: PiValue = {
    name: name && !/^(?:姓名|性别)$/.test(name) ? name : null,
    birthDate,
    title,
    employedByLead: employment(all),
    ...(active ? { activeProjects: active } : {}),
    ...(other ? { otherApplications: { count: other.count, text: other.text } } : {}),
  };
  if (!pi.name && !pi.birthDate && !pi.title && pi.employedByLead === null && !active) return null;
  const fact = t.fact(pi, hit.value || hit.line.text.trim(), hit.value ? hit.offset : hit.labelOffset);
  // the line each part was read on, when it is not the PI's own line (出生年月：… below 项目负责人：…)
  const parts: Record<string, ReturnType<DraftText["place"]>> = {};
  const find = (test: (s: string) => number) => {
    for (let k = 1; k < blockLines.length; k++) {
      const at = test(block[k]);
      if (at >= 0 && test(block[0]) < 0) {
        const line = blockLines[k];
        return t.place(line.offset + (line.text.length - line.text.trimStart().length) + at);
      }
    }
    return null;
  };
  const birth = pi.birthDate ? find((s) => (readDate(s) ? s.search(/出生|生于|(?:19|20)\d{2}/) : -1)) : null;
  if (birth) parts.birthDate = birth;
  const titleAt = pi.title ? find((s) => s.indexOf(pi.title!)) : null;
  if (titleAt) parts.title = titleAt;
  const employed = pi.employedByLead !== null ? find((s) => (employment(s) !== null ? s.search(/是否|在职|劳动合同|聘/) : -1)) : null;
  if (employed) parts.employedByLead = employed;
  const activeAt = active ? find((s) => s.indexOf(active.text.slice(0, 6))) : null;
  if (activeAt) parts.activeProjects = activeAt;
  if (other) parts.otherApplications = t.place(other.offset);
  if (Object.keys(parts).length) fact.parts = parts;
  return fact;
}
