import type { Doc } from "../core/doc.js";
import { ONE_LINE_LABELS, STATE_CUES, alternation } from "../lexicon/index.js";
import type { Constraint, Direction, Kpi, Mode, Money } from "../model/guide.js";
import type { Block } from "../structure/blocks.js";
import { findInnerLabels, type SectionKind } from "../structure/labels.js";
import { headingTitle, inlineDirectionTitleLength, labelledTitleLength, type OutlineNode } from "../structure/outline.js";
import { listSubjects, readConstraints } from "./constraint.js";
import { readDurationMaxYears } from "./duration.js";
import { readKeywords } from "./keywords.js";
import { modeMarkAt, readMode, readProjectsSupported } from "./mode.js";
import { readFundingCap, startOfRun } from "./money.js";
import { readMatchingRatio } from "./ratio.js";
import { LIST_MARKER, closingBracket, openBrackets, readKpis } from "./threshold.js";

/** A run of text in one block that belongs to one section of a direction. */
export interface Segment {
  block: Block;
  from: number;
  to: number;
  /** null: the direction's title line or text before any label. */
  kind: SectionKind | null;
}

/** Facts an area (or the whole notice) states for all directions under it. */
export interface Inherited {
  mode: Mode | null;
  entrustedTo: string | null;
  fundingCap: Money | null;
  durationMaxYears: number | null;
  matchingRatioMin: number | null;
}

// Suffix of a direction title naming its category: （共性关键技术类）, (基础研究类).
// The 类 may be missing (（共性关键技术）) and converters leave spaces inside (基础 研究类).
const CATEGORY_SUFFIX = /\s*[（(]\s*([^（）()]{2,14}类|(?:基础研究|基础前沿|前沿探索|共性关键技术|关键技术|应用示范|重大共性关键技术|典型应用示范|青年科学家)(?:项目)?)\s*[）)]\s*$/;
// Kinds that are direction fields in their own right, not constraints.
const FIELD_KINDS = new Set(["funding_cap", "duration_max_years", "matching_ratio_min"]);

// A remark in brackets after a title that states a limit or a requirement: （本方向支持额度提高至不超过200万元）.
const REMARK_SUFFIX = /\s*[（(]([^（）()]*(?:\d|不超过|不低于|不少于|须|应|限|本方向|本项目|本任务)[^（）()]*)[）)]\s*$/;
// （项目编号：2025010101） / (专题编号：20250101): a reference number, not part of the title.
const CODE_SUFFIX = /\s*[（(][^（）()]*(?:编号|代码|代号)[^（）()]*[）)]\s*$/;

/** A title without a trailing reference number in parentheses. */
export function stripCodeSuffix(title: string): string {
  return title.replace(CODE_SUFFIX, "").trim();
}

/** Cut a direction's text into sections by its labels (研究内容 / 考核指标 / 有关说明 …). */
export function readSegments(blocks: Block[], node: OutlineNode): Segment[] {
  const h = node.heading;
  const segments: Segment[] = [];
  const titleBlock = h.block;
  if (node.inline) {
    const at = titleBlock.number!.titleStart + inlineDirectionTitleLength(headingTitle(h))! + 1;
    segments.push({ block: titleBlock, from: at, to: titleBlock.text.length, kind: null });
  }
  let kind: SectionKind | null = null;
  // 名称。研究内容：…；考核指标：… — the direction's own paragraph holds its sections after the title
  const labelled = node.inline ? null : labelledTitleLength(headingTitle(h));
  // A label inside a paragraph (项目完成时，主要技术指标：…) opens its section there. A single fact given on its
  // label's line (发榜单位：X, 榜单金额：600万元) ends with the line: the lines after it are unlabelled again.
  const push = (block: Block, from: number, label?: string) => {
    let at = from;
    for (const inner of findInnerLabels(block.text)) {
      if (inner.start < from) continue;
      segments.push({ block, from: at, to: inner.start, kind });
      kind = inner.kind;
      label = inner.label;
      at = inner.contentStart;
    }
    segments.push({ block, from: at, to: block.text.length, kind });
    if (label && ONE_LINE_LABELS.has(label) && block.text.slice(at).trim()) kind = null;
  };
  if (labelled !== null) push(titleBlock, titleBlock.number!.titleStart + labelled);
  for (let i = h.index + 1; i < h.end; i++) {
    const block = blocks[i];
    if (block.label) {
      kind = block.label.kind;
      push(block, block.label.contentStart, block.label.label);
    } else push(block, 0);
  }
  return segments;
}

const COMPARED = new Set(["<", "<=", ">", ">=", "range"]);

/** Does the block open a list item: a bullet before it (• ▪ -), or an item number ((1), 2., ①)? */
function isItem(block: Block): boolean {
  return !!block.bulleted || LIST_MARKER.test(block.text);
}

/**
 * Segments of a direction without a 考核指标 or 目标 section that state its targets: the unlabelled text (work-plan
 * items, city lists), and items listed under a paragraph its label's line holds whole (研究内容：研究…，研制评估板 ⏎
 * • 时延≤2μs ⏎ • 端口数≥24个) that compare figures — a list under a finished paragraph is not more of it.
 */
function unlabelledTargets(segments: Segment[]): Segment[] {
  let whole = false;
  return segments.filter((s) => {
    if (s.block.label && s.from === s.block.label.contentStart) {
      const own = s.block.text.slice(s.from, s.to).trim();
      whole = own !== "" && !/[：:]$/.test(own);
    }
    if (s.kind === null) return true;
    if (s.kind !== "content" || !whole || s.block.label || !isItem(s.block)) return false;
    return readKpis(s.block.text.slice(s.from, s.to)).some((a) => COMPARED.has(a.op));
  });
}

/**
 * Text of segments with each label in front (支持强度：每项不超过1500万元), as fact readers need it;
 * a table cell gets its column header as the label.
 */
function labelledTextOf(segments: Segment[]): string {
  return segments
    .map((s) => {
      const label = s.block.label;
      const content = s.block.text.slice(s.from, s.to);
      if (!label || s.from !== label.contentStart) return content;
      const written = s.block.text.slice(0, s.from);
      // A label written in the text is kept as written; one in a table cell (执行期限 | 2年) is given a colon.
      if (written.trim() && !written.includes("|")) return written + content;
      // A column header may carry the unit of its bare cells: 支持经费（万元） | 500 → 支持经费：500万元.
      const unit = HEADER_UNIT.exec(label.label);
      if (unit && /^\D{0,4}\d+(?:\.\d+)?$/.test(content.trim())) return `${label.label.slice(0, unit.index)}：${content.trim()}${unit[1]}`;
      return `${label.label}：${content}`;
    })
    .join("\n");
}

const HEADER_UNIT = /[（(]\s*(万元|亿元|千元|元|年|个月|月)\s*[）)]\s*$/;

/** The unit in the characters the notice used (小時, not 小时): the clause read and as displayed align. */
function unitAsWritten(unit: string, clause: string, displayed: string): string {
  if (!unit || clause === displayed) return unit;
  const at = clause.lastIndexOf(unit);
  return at < 0 ? unit : displayed.slice(at, at + unit.length);
}

// 考核指标（项目根据研究方向选择其中1套考核指标）, 以下两组指标任选一组: the sets below are alternatives
const CHOOSE_ONE = /(?:选择|任选|选取)(?:其中)?\s*(?:1|一)\s*(?:套|组)/;
const OPTION_MARKER = /(?:^|\n)\s*([（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.、．)）](?!\d))/g;

/** The item marker ((1), 2.) that opens the part of `text` holding `at`, or undefined. */
function optionAt(text: string, at: number): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(OPTION_MARKER)) {
    if (m.index > at) break;
    found = m[1].replace(/\s+/g, "").replace(/^[（(](\d+)[)）]$/, "($1)").replace(/^(\d+)[.、．)）]$/, "$1.");
  }
  return found;
}

const SENTENCE_BREAKS = "。；;！!？?\n";
const SENTENCE_BREAK = /[。；;！!？?\n]/;
const STATE = new RegExp(alternation(STATE_CUES));

/** Is the atom in a need's description a statement of how things stand (已超过…, 约60台), not a target? */
function describesState(text: string, atom: { start: number; op: string }): boolean {
  if (atom.op === "approx") return true;
  const a = startOfRun(text.slice(0, atom.start), SENTENCE_BREAKS);
  const rest = text.slice(atom.start).search(SENTENCE_BREAK);
  return STATE.test(text.slice(a, rest < 0 ? text.length : atom.start + rest));
}

/**
 * Is the atom inside a remark in brackets about how things stand elsewhere (…提升20%（化工行业尚无典型应用案例，
 * 钢铁行业…提高10%以上）)? Such a figure is background, not a target.
 */
function inStateRemark(text: string, brackets: Int32Array, atom: { start: number }): boolean {
  const open = brackets[atom.start];
  if (open < 0) return false;
  return STATE.test(text.slice(open + 1, closingBracket(text, open)));
}

/**
 * Read the KPI atoms of the given segments, placed in the source. In a 需求目标 / 需求描述 segment only targets
 * count (ANNOTATION.md): an approximate figure or one in a sentence stating how things stand is background; in
 * any segment, so is a figure in a bracketed remark stating how things stand.
 */
export function readSegmentKpis(doc: Doc, segments: Segment[]): Kpi[] {
  const kpis: Kpi[] = [];
  // the choice is stated once, in the label or the first segment; it covers the sets that follow
  const choose = segments.some((s) => CHOOSE_ONE.test(s.block.text.slice(Math.max(0, s.from - 40), s.to)));
  for (const s of segments) {
    const text = s.block.text.slice(s.from, s.to);
    const atoms = readKpis(text);
    const brackets = atoms.length && /[（(]/.test(text) ? openBrackets(text) : null;
    for (const atom of atoms) {
      if (s.kind === "goal" && describesState(text, atom)) continue;
      if (brackets && inStateRemark(text, brackets, atom)) continue;
      const option = choose ? optionAt(text, atom.start) : undefined;
      const a = s.block.pos[s.from + atom.start];
      const b = s.block.pos[s.from + atom.end];
      kpis.push({
        metric: atom.metric,
        op: atom.op,
        value: atom.value,
        max: atom.max,
        unit: unitAsWritten(atom.unit, text.slice(atom.start, atom.end), s.block.display.slice(s.from + atom.start, s.from + atom.end)),
        text: s.block.display.slice(s.from + atom.start, s.from + atom.end),
        ...(atom.condition ? { condition: atom.condition } : {}),
        ...(option ? { option } : {}),
        span: doc.spanOf(a, b),
      });
    }
  }
  // A bilingual notice restates each target in English (…不超过40分钟（Inspection time ≤ 40 min）): an atom read
  // from an English phrase that a Chinese atom of the direction already states (same comparator and figures) is that
  // one. (A formula or a symbol alone — Cl⁻≤10ppm, MTBF ≥ 2000 h — is no English phrase.)
  const chinese = kpis.filter((k) => HAN.test(k.text + k.metric));
  const english = (k: Kpi) => !HAN.test(k.text + k.metric) && ENGLISH_PHRASE.test(`${k.metric} ${k.text}`);
  return kpis.filter((k) => !english(k) || !chinese.some((c) => c.op === k.op && c.value === k.value && c.max === k.max));
}

const HAN = /[\u3400-\u9fff]/;
const ENGLISH_PHRASE = /[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

/**
 * Constraints stated in segments, placed in the source. The items of a list whose lead-in names whom they bind
 * (项目负责人应当符合下列条件：（一）为申报单位在职人员；…) are read with that subject.
 */
export function readSegmentConstraints(doc: Doc, segments: Segment[]): Constraint[] {
  const out: Constraint[] = [];
  const subjects = listSubjects(segments.map((s) => s.block.text.slice(s.from, s.to)));
  for (const [i, s] of segments.entries()) {
    const text = s.block.text.slice(s.from, s.to);
    for (const c of readConstraints(text, { subject: subjects[i] })) {
      out.push({
        kind: c.kind,
        value: c.value,
        text: s.block.display.slice(s.from + c.start, s.from + c.end),
        ...(c.condition ? { condition: { text: c.condition } } : {}),
        span: doc.spanOf(s.block.pos[s.from + c.start], s.block.pos[s.from + c.end]),
      });
    }
  }
  return out;
}

/** Mode, cap, duration and ratio stated in a text (an area's description, a direction's notes). */
export function readInherited(text: string): Inherited {
  const mode = readMode(text);
  return {
    mode: mode?.mode ?? null,
    entrustedTo: mode?.entrustedTo ?? null,
    fundingCap: readFundingCap(text)?.value ?? null,
    durationMaxYears: readDurationMaxYears(text)?.value ?? null,
    matchingRatioMin: readMatchingRatio(text)?.value ?? null,
  };
}

/** Assemble one direction from its outline node; `inherited` holds what its areas state. */
export function readDirection(doc: Doc, blocks: Block[], node: OutlineNode, inherited: Inherited): Direction {
  const h = node.heading;
  const titleStart = h.block.number!.titleStart;
  const titleLength = node.inline ? inlineDirectionTitleLength(headingTitle(h)) : labelledTitleLength(headingTitle(h));
  const titleEnd = titleLength !== null ? titleStart + titleLength : h.block.text.length;
  let title = stripCodeSuffix(h.block.display.slice(titleStart, titleEnd).trim());
  let category: string | null = null;
  const cat = CATEGORY_SUFFIX.exec(title);
  if (cat) {
    category = cat[1].replace(/\s+/g, "");
    category = category.replace(/(?:项目)?$/, "");
    if (!category.endsWith("类")) category += "类";
    title = title.slice(0, cat.index).trim();
  }
  // A remark after the title (（本方向支持额度提高至不超过200万元）) is a fact of the direction, not its name.
  const remark = REMARK_SUFFIX.exec(title);
  if (remark) title = title.slice(0, remark.index).trim();
  // …工作站揭榜挂帅 (a badge glued on by a repost), …网关（揭榜挂帅）: the mark sets the mode, the rest is the name
  const markAt = modeMarkAt(title);
  const modeMark = markAt >= 0 ? title.slice(markAt) : "";
  if (markAt >= 0) title = title.slice(0, markAt).trim();
  const segments = readSegments(blocks, node);
  const of = (...kinds: (SectionKind | null)[]) => segments.filter((s) => kinds.includes(s.kind));
  // 考核指标 first; targets stated with a comparator in 需求目标 / 研究目标 count too (ANNOTATION.md).
  const labelled = of("kpi").length > 0 || of("goal").length > 0;
  // In unlabelled text a clause that states the direction's money or period (竞争择优｜省财政资助≤800万元｜实施期限
  // ≤3年) is that fact, not a target.
  const isFact = (k: Kpi) => readFundingCap(k.text) !== null || readDurationMaxYears(k.text) !== null;
  const kpis = labelled ? readSegmentKpis(doc, of("goal", "kpi")) : readSegmentKpis(doc, unlabelledTargets(segments)).filter((k) => !isFact(k));
  const factText = [remark?.[1] ?? "", modeMark, labelledTextOf(of(null, "funding", "duration", "notes", "projects", "mode", "goal", "other"))].join("\n");
  const own = readInherited(factText);
  const mode = own.mode ?? inherited.mode;
  const last = segments.length ? segments[segments.length - 1].block.end : h.block.end;
  return {
    id: node.id,
    parentId: node.parent?.id ?? null,
    title,
    category,
    mode,
    entrustedTo: own.mode ? own.entrustedTo : mode === "定向委托" ? inherited.entrustedTo : null,
    fundingCap: own.fundingCap ?? inherited.fundingCap,
    durationMaxYears: own.durationMaxYears ?? inherited.durationMaxYears,
    matchingRatioMin: own.matchingRatioMin ?? inherited.matchingRatioMin,
    projectsSupported: readProjectsSupported(factText)?.value ?? null,
    keywords: of("keywords").flatMap((s) => readKeywords(s.block.display.slice(s.from, s.to))),
    constraints: readSegmentConstraints(doc, of("notes")).filter((c) => !FIELD_KINDS.has(c.kind)),
    kpis,
    span: doc.spanOf(h.block.start, last),
  };
}
