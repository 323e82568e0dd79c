import { AREA_REFERENCE, DIRECTION_REFERENCE, DIRECTION_TITLE_LABELS, alternation } from "../lexicon/index.js";
import { normalizeDirectionId } from "../structure/heading-numbering.js";
import type { Fact } from "./types.js";
import { findFields, nextLine } from "./fields.js";
import type { DraftText } from "./text.js";

/** The direction a draft applies to. */
export type DirectionValue = { id: string | null; title: string | null };

/** Labels that carry a direction id, possibly followed by its title: 指南方向：1.1 新型光伏电池 (a regex source). */
export const DIRECTION_LABEL = `(?:${DIRECTION_REFERENCE})`;

/** Labels that carry only a direction title. */
const TITLE_LABEL = alternation(DIRECTION_TITLE_LABELS);

const CN = "[一二三四五六七八九十]+";
// what may stand before the id: 方向, 榜单 or 专题 with a few words saying which (重点攻关方向 4., 揭榜挂帅榜单3), or 第
const ID_LEAD = String.raw`(?:[\u4e00-\u9fff]{0,6}?(?:方向|榜单|专题|任务)|第)`;
// 1.1, 3001, （三）, (3), 方向三, 第2项, 专题一（二）: the id part of a direction value
const ID_RE = new RegExp(
  String.raw`^${ID_LEAD}?\s*(?:([（(]\s*(?:${CN}|\d+)\s*[)）])|(\d+(?:[.．]\d+)*)(?![.．]?\d)(?![A-Za-z])(?![\d.．]*\s*[万亿千年月日个项家%％]))\s*[项号]?` +
    `|^${ID_LEAD}\s*(${CN})\s*[项号]?|^(${CN})(?=\s*[、.．]|\s*$)`,
);
// 新型光伏电池（方向1.1） / 新型光伏电池 [1.1]: an id after the title
const TRAILING_ID = /[（(\[【]\s*(?:(?:指南)?方向|编号|榜单)?\s*(\d+(?:\.\d+)*|[一二三四五六七八九十]+)\s*[)）\]】]\s*$/;


function cleanTitle(s: string): string | null {
  const t = s
    .replace(/^[\s、.．:：\-—–]+/, "")
    .replace(/[\s，,；;。]+$/, "")
    .replace(/^[《“"「『]+|[》”"」』]+$/g, "")
    .trim();
  return t.length >= 2 ? t : null;
}

/** Read a direction value: "1.1 新型光伏电池" → {id: "1.1", title: "新型光伏电池"}; "（三）" → {id: "3"}. */
export function parseDirectionValue(v: string): DirectionValue {
  // （二）人工智能关键技术攻关 — 2.边缘端智能芯片能效比提升: a path from the area down; the last step is the direction
  const steps = v.split(/\s*[—–－]+\s*|\s+[/>＞→]\s+/).filter((x) => x.trim());
  if (steps.length >= 2) {
    const last = parseDirectionValue(steps[steps.length - 1]);
    if (last.id && last.title) return last;
  }
  const s = v.trim();
  // a code with letters before the title (A-02 动力电池极片…, QH-XQ-2026-07)
  // (a separator or two digits: H2, CO2 and B5G begin titles)
  const code = /^[A-Za-z]{1,4}(?:(?:[-－—][A-Za-z]{1,4})*[-－—]\d{1,4}|\d{2,4})(?:[-－—]\d{1,4})*(?![\w.])/.exec(s);
  if (code) return { id: normalizeDirectionId(code[0]), title: cleanTitle(s.slice(code[0].length)) };
  const nth = /^第\s*(\d+|[一二三四五六七八九十]+)\s*[项号个]?(?:方向|榜单)?(?=$|[\s、.．:：])/.exec(s);
  if (nth) return { id: normalizeDirectionId(nth[1]), title: cleanTitle(s.slice(nth[0].length)) };
  const m = ID_RE.exec(s);
  if (m && m[0].trim()) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4];
    return { id: normalizeDirectionId(raw), title: cleanTitle(s.slice(m[0].length)) };
  }
  const t = TRAILING_ID.exec(s);
  if (t) return { id: normalizeDirectionId(t[1]), title: cleanTitle(s.slice(0, t.index)) };
  return { id: null, title: cleanTitle(s) };
}

// 本项目面向指南方向“1.1 高效晶硅电池” / 申报“新型储能”方向
const PROSE = /(?:申报|面向|针对|属于|对应|响应)[^。；;]{0,8}?(?:指南|榜单)?(?:方向)?\s*[“"「《]([^”"」》]{2,60})[”"」》]\s*(?:方向|榜单)?/;

/**
 * The direction the draft names (指南方向：1.1 / 申报方向：3001 / 所属方向：（三） / 榜单编号：2), with a title
 * when one is written after the id, under 方向名称, on the line after a bare 申报方向 heading, or in prose
 * (面向指南方向“…”). The first labelled value wins; the fact points at it.
 */
export function readDirection(t: DraftText): Fact<DirectionValue> | null {
  let id: string | null = null;
  let title: string | null = null;
  let at: { text: string; offset: number } | null = null;
  const found: { d: DirectionValue; text: string; offset: number; broad: boolean }[] = [];
  for (const hit of findFields(t.lines, DIRECTION_LABEL)) {
    let value = hit.value;
    let offset = hit.offset;
    if (!value && !hit.cell) {
      const next = nextLine(t.lines, hit.line, 2);
      if (!next) continue;
      value = next.text.trim();
      offset = next.offset + (next.text.length - next.text.trimStart().length);
    }
    if (!value) continue;
    const d = parseDirectionValue(value);
    if (!d.id && !d.title) continue;
    found.push({ d, text: value, offset, broad: AREA_REFERENCE.test(hit.label) });
  }
  // 所属专题：2. 先进储能 beside 指南方向：2.4 …: the narrower reference names the direction, the 专题 its area
  const narrow = found.filter((f) => !f.broad);
  const ranked = narrow.length ? [...narrow, ...found.filter((f) => f.broad && !narrow.some((n) => n.d.id && f.d.id && n.d.id.startsWith(`${f.d.id}.`)))] : found;
  for (const f of ranked) {
    if (f.d.id && !id) id = f.d.id;
    if (f.d.title && !title) title = f.d.title;
    at ??= { text: f.text, offset: f.offset };
    if (id && title) break;
  }
  if (!title) {
    const hit = findFields(t.lines, TITLE_LABEL).find((h) => h.value);
    if (hit) {
      title = cleanTitle(hit.value);
      at ??= { text: hit.value, offset: hit.offset };
    }
  }
  if (!id && !title) {
    for (const line of t.lines) {
      const m = PROSE.exec(line.text);
      if (!m) continue;
      // 面向《计划》“人工智能关键技术攻关”中的“多模态大模型轻量化”任务: of several quoted names in the
      // sentence, the one called 方向/任务/榜单 is the direction (a 《》 title names a document)
      const sentence = line.text.slice(m.index).split(/[。；;]/)[0];
      const named = [...sentence.matchAll(/[“"「]([^”"」]{2,60})[”"」]\s*(?:方向|任务|榜单|课题|子课题)/g)].pop();
      const [text, index] = named ? [named[1], m.index + named.index + 1] : [m[1], m.index + m[0].indexOf(m[1])];
      const d = parseDirectionValue(text);
      if (!d.id && !d.title) continue;
      ({ id, title } = d);
      at = { text, offset: line.offset + index };
      break;
    }
  }
  if (!id && !title) {
    // 副标题：揭榜榜单（七）, 揭榜方案汇报（对应榜单（三））: a cover line naming the direction by its bracketed number
    for (const line of t.lines.slice(0, COVER_LINES)) {
      const m = COVER_ID.exec(line.text);
      if (!m) continue;
      id = normalizeDirectionId(m[1]);
      at = { text: m[0], offset: line.offset + m.index };
      break;
    }
  }
  return at ? t.fact({ id, title }, at.text, at.offset) : null;
}

const COVER_LINES = 20;
const COVER_ID = new RegExp(String.raw`(?:榜单|指南方向|申报方向)\s*([（(]\s*(?:${CN}|\d{1,3})\s*[)）])`);
