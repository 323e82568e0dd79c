import { memoize } from "../core/memo.js";
import { ADMIN_SECTIONS, alternation } from "../lexicon/index.js";
import type { Block } from "./blocks.js";
import { continuesSequence, readHeadingNumber } from "./heading-numbering.js";
import { findInnerLabels, isDirectionEvidence, readLabel, type SectionKind } from "./labels.js";

/** What a heading is in the notice, as the outline reader decided it (`guide parse --outline` prints it). */
export type HeadingRole =
  | "area" // groups directions under a topical title (专题一：新一代通信与网络)
  | "direction" // what one applies to
  | "section" // holds directions but names no grouping of them (二、申报方向, 一、征集范围)
  | "admin" // an administrative part of the notice (申报条件, 申报程序): never holds directions
  | "label" // a numbered label every direction repeats (（一）需求背景): part of its direction's text
  | "content"; // anything else: list items, KPI items, steps

/** A numbered (or Markdown) heading with its place in the outline. */
export interface Heading {
  /** Index of the heading's block. */
  index: number;
  block: Block;
  depth: number;
  parent: Heading | null;
  children: Heading[];
  /** Index of the first block after this heading's subtree. */
  end: number;
  /** Index of the first block after the heading's own text (before its first child heading). */
  ownEnd: number;
  role: HeadingRole;
  /** Why the role was chosen, in a few words each (for --outline). */
  evidence: string[];
}

/** A direction or an area found in the outline. */
export interface OutlineNode {
  heading: Heading;
  /** Normalized id: path of numbers through the areas ("1.2"), or the code itself ("1.1", "3001"). */
  id: string;
  parent: OutlineNode | null;
  /** Title as found: for inline directions (1.标题：说明) only the part before the colon. */
  inline: boolean;
}

/** Something the outline reader doubts (SPEC `warnings`), at a block. */
export interface OutlineWarning {
  code: "no-direction" | "numbering-repeats" | "empty-direction" | "no-title";
  data: Record<string, string | number>;
  block: Block | null;
}

/** The notice's outline: areas (groupings) and directions (what one applies to), in document order. */
export interface Outline {
  headings: Heading[];
  /** Headings read as labels of their directions (（一）需求背景), for --outline. */
  labels?: Heading[];
  areas: OutlineNode[];
  directions: OutlineNode[];
  warnings: OutlineWarning[];
}

/** How a user can say where the directions are: the numbering style of their headings (`--directions "（一）"`). */
export interface OutlineOptions {
  /** A heading number as written ("（一）", "1.", "方向1", "1001"): headings numbered in that style are the directions. */
  directionStyle?: string;
}

// Administrative parts of a notice (申报条件, 申报程序 …): never directions (lexicon ADMIN_SECTIONS).
const ADMIN_TITLE = new RegExp(`${alternation(ADMIN_SECTIONS.endings)}$`);
const ADMIN_START = new RegExp(`^${alternation(ADMIN_SECTIONS.starts)}`);
// Groupings named by their kind (专题一, 专项二, 领域三): areas even when they stand alone.
const GROUPING_STYLE = /^prefixed-(专题|专项|领域|板块|主题)$/;
// 附件1 opening a line, or glued by a PDF join onto the date that signs the notice (…2025年8月12日附件1).
// 附件 or 附表 (an attached table of directions) opens a document of its own
const ATTACHMENT = /^附[件表]\s*\d*\s*[：:、.]?|[日。]\s*附[件表]\s*\d*\s*[：:]?$/;
// A heading title that states a target (≥20%, 不少于3件) is a KPI item, not a topic.
const TARGET = /(?:不低于|不少于|不小于|不超过|不高于|不大于|至少|达到|优于|小于|大于|低于|高于|超过|以上|以下|以内|[≥≤<>＞＜⩾⩽])\s*\S{0,6}?\d|\d[\d.]*\s*\S{0,4}(?:以上|以下|以内)/;
const COMPARED = /(?:不低于|不少于|不小于|不超过|不高于|不大于|至少|达到|优于|小于|大于|低于|高于|[≥≤<>＞＜⩾⩽])\s*\S{0,6}?\d/;
const TARGETS = new RegExp(TARGET.source, "g");
// Counted once per block text: the outline asks for each block once per heading above it.
const targetCount = memoize((text: string): number => text.match(TARGETS)?.length ?? 0, 4096);
// A running number or code after a title: （项目1）, (榜单2), （项目编号：2025010101）.
const NUMBER_SUFFIX = /\s*[（(](?:[^（）()]*(?:编号|代码|代号)[^（）()]*|(?:项目|榜单|方向|课题|任务|需求)\s*[\d一二三四五六七八九十]+)[）)]\s*$/;

// The levels official documents (GB/T 9704) rank below 一、:（一）> 1. > 1.1 >（1）> ①.
const BELOW_CN_DUN = new Set(["cn-paren", "num-dot", "num-dotted", "num-dotted3", "num-paren", "circled"]);

/** Title text of a heading block (after its number). */
export function headingTitle(h: Heading): string {
  return h.block.text.slice(h.block.number!.titleStart);
}

/** "先进制程工艺提升：依托…" — a list item whose short title is followed by a colon and its description. */
export function inlineTitleLength(title: string): number | null {
  const m = /^([^：:。；，]{2,40})[：:]/.exec(title);
  return m ? m[1].length : null;
}

/**
 * "高油酸油菜新品种分子设计育种。研究内容：…；考核指标：…" — a direction written as one paragraph: its title is the
 * first sentence, and a label (研究内容：) opens the next. In a table cell of several paragraphs (the title, then
 * 研究内容：…) the paragraphs are joined by a space: a space before a label ends the title too.
 */
export function labelledTitleLength(title: string): number | null {
  const m = /^[^：:。；;，,]{2,60}/.exec(title);
  if (!m) return null;
  for (const gap of m[0].matchAll(/\s+/g)) if (gap.index >= 2 && readLabel(title.slice(gap.index + gap[0].length))) return gap.index;
  return title[m[0].length] === "。" && readLabel(title.slice(m[0].length + 1)) ? m[0].length : null;
}

/**
 * "飞灰低温热处理与资源化利用。我市现有…" — a list item whose short title is its first sentence, its description
 * following (方向一：…。针对…，使…提升至…以上。); the title holds no target.
 */
function sentenceTitleLength(title: string): number | null {
  const m = /^([^：:。；;，,]{2,40})。(?=\S)/.exec(title);
  return m && !COMPARED.test(m[1]) ? m[1].length : null;
}

/** Length of an inline direction's title: before its colon (标题：说明), or its first sentence (标题。说明). */
export function inlineDirectionTitleLength(title: string): number | null {
  return inlineTitleLength(title) ?? sentenceTitleLength(title);
}

/** The title a heading names, without its running-number suffix and a description after a colon. */
function topicOf(title: string): string {
  const t = title.trim().replace(NUMBER_SUFFIX, "");
  const inline = inlineTitleLength(t) ?? labelledTitleLength(t);
  return (inline !== null ? t.slice(0, inline) : t).replace(/[：:。；;，,\s]+$/, "");
}

/** Does the heading name a topic (a short noun phrase), not a sentence, a KPI item or a step? */
function isTopical(h: Heading): boolean {
  const whole = headingTitle(h).trim();
  // Remarks in brackets (（基础研究类，青年科学家项目）) are not part of the sentence test.
  const t = topicOf(whole).replace(/[（(][^（）()]*[）)]/g, "");
  if (t.length < 2 || t.length > 60) return false;
  // (以上 alone qualifies an object — 700kg以上重载机器人 — and may stand in a title.)
  if (/[。；;！!？?]/.test(t) || COMPARED.test(t)) return false;
  // A long title with commas is a sentence (1．申报单位应为…，具有…).
  if (t.length > 30 && /[，,]/.test(t)) return false;
  // A title running into a sentence without a colon (（一）网上申报。申报单位登录…) is a step.
  if (inlineTitleLength(whole) === null && labelledTitleLength(whole) === null && /[。；]/.test(whole) && whole.indexOf("。") < whole.length - 1) return false;
  return true;
}

function isAdmin(h: Heading): boolean {
  const t = topicOf(headingTitle(h)).replace(/[（(][^（）()]*[）)]$/, "");
  return ADMIN_TITLE.test(t) || ADMIN_START.test(t);
}

/**
 * Short titles repeated under different headings (（一）需求背景, 3．支持方式与强度：…) are the labels of a
 * structure every direction repeats, not topics: their blocks become label blocks.
 */
function labelRepeatedTitles(blocks: Block[], headings: Heading[]): boolean {
  const keyOf = (h: Heading): string | null => {
    const t = headingTitle(h).trim();
    const m = /^([^：:。；，,\d]{2,12})(?:[：:]|$)/.exec(t);
    return m ? m[1].trim() : null;
  };
  const parents = new Map<string, Set<Heading | null>>();
  for (const h of headings) {
    const k = keyOf(h);
    if (!k) continue;
    const set = parents.get(`${h.block.number!.style}|${k}`) ?? new Set();
    set.add(h.parent);
    parents.set(`${h.block.number!.style}|${k}`, set);
  }
  let changed = false;
  for (const h of headings) {
    const k = keyOf(h);
    if (!k || (parents.get(`${h.block.number!.style}|${k}`)?.size ?? 0) < 2) continue;
    const b = blocks[h.index];
    const known = readLabel(k);
    const colon = /^[：:]/.test(headingTitle(h).trim().slice(k.length)) ? 1 : 0;
    b.kind = "label";
    b.label = { kind: known?.kind ?? "other", label: k, contentStart: b.number!.titleStart + headingTitle(h).indexOf(k) + k.length + colon };
    changed = true;
  }
  return changed;
}

function closesOuterLevel(block: Block, stack: Heading[]): boolean {
  const n = block.number!;
  return stack.slice(0, -1).some((h) => h.block.number!.style === n.style && continuesSequence(n, h.block.number!.parts));
}

/** The level of an unnumbered Markdown heading's style (md-3 → 3), or null for a numbered style. */
function markdownLevel(style: string): number | null {
  const m = /^md-(\d)$/.exec(style);
  return m ? Number(m[1]) : null;
}

/** A label block with nothing after its colon (考核指标：) opens a list. */
function opensList(b: Block | undefined): boolean {
  if (!b) return false;
  if (b.kind === "label" && b.label) return b.text.slice(b.label.contentStart).trim() === "";
  return /[：:]$/.test(b.text);
}

/**
 * Build the heading tree. A number continuing the sequence of an open heading of its style (3 after 2) is
 * its sibling; a list restarting at 1 right after a label that opens it (考核指标：⏎1．…) is nested, even in
 * a style an enclosing heading uses; otherwise a style seen before is a sibling of it and a new style nests.
 */
function buildHeadings(blocks: Block[]): Heading[] {
  const headings: Heading[] = [];
  const stack: Heading[] = [];
  blocks.forEach((block, index) => {
    // 附件：… starts the attachment, a document of its own: its numbering starts afresh.
    if (block.kind === "text" && ATTACHMENT.test(block.text)) stack.length = 0;
    // A numbered label continuing the numbering of a heading further up (二、生物医药领域 … 三、有关说明)
    // closes that level: it is a heading of the notice, not a label of the direction above it.
    if (block.kind === "label" && block.number && closesOuterLevel(block, stack)) {
      block.kind = "heading";
      delete block.label;
    }
    if (block.kind !== "heading" || !block.number) return;
    const last = headings[headings.length - 1];
    // A heading repeated verbatim right after itself (a title printed twice) is not a new one.
    if (last && last.index === index - 1 && last.block.text === block.text) return;
    const n = block.number;
    const same: number[] = [];
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].block.number!.style === n.style) same.push(i);
    let at = same.find((i) => continuesSequence(n, stack[i].block.number!.parts));
    // Both an inner list and an outer heading may continue (2 after 1): a topic continues the topics.
    if (at !== undefined && same.length > 1 && at === same[0]) {
      const outer = same.slice(1).find((i) => continuesSequence(n, stack[i].block.number!.parts));
      const looksLike = (h: Heading) => TARGET.test(headingTitle(h));
      if (outer !== undefined && looksLike(stack[at]) && !TARGET.test(block.text.slice(n.titleStart)) && !looksLike(stack[outer])) at = outer;
    }
    if (at === undefined && same.length > 0) {
      const restart = n.parts.every((p) => p <= 1);
      at = restart && opensList(blocks[index - 1]) ? stack.length : same[0];
    }
    // ## 2 after #### 目录 and the 1.3 items under ## 1: a Markdown heading closes the open Markdown headings of
    // its level or deeper, with everything under them
    const level = markdownLevel(n.style);
    if (level !== null && at === undefined) {
      const deeper = stack.findIndex((h) => (markdownLevel(h.block.number!.style) ?? 0) >= level);
      if (deeper >= 0) at = deeper;
    }
    if (at !== undefined) stack.length = at;
    // 一、 new here closes the open levels official documents rank below it (一、申报要求 after 3.2): the one
    // order notices keep; below it they mix (1．方向 > （一）需求背景 is common).
    else if (n.style === "cn-dun") while (stack.length && BELOW_CN_DUN.has(stack[stack.length - 1].block.number!.style)) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const h: Heading = { index, block, depth: stack.length, parent, children: [], end: blocks.length, ownEnd: blocks.length, role: "content", evidence: [] };
    parent?.children.push(h);
    headings.push(h);
    stack.push(h);
  });
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    const next = headings[i + 1];
    h.ownEnd = next ? next.index : blocks.length;
    const after = headings.slice(i + 1).find((x) => x.depth <= h.depth);
    h.end = after ? after.index : blocks.length;
    if (h.block.number!.style === "row") {
      // A table row holds only its cells; a note under the table (注：…) is about the whole table.
      let e = h.index + 1;
      while (e < h.end && blocks[e].kind === "label") e++;
      h.end = h.ownEnd = e;
    }
  }
  return headings;
}

/** Evidence in blocks [from, to) that a direction is described there: its labels, or targets and money. */
function evidenceIn(blocks: Block[], from: number, to: number, skip: (i: number) => number): { labels: string[]; research: number; targets: number } {
  const labels: string[] = [];
  let research = 0;
  let targets = 0;
  const add = (kind: SectionKind, label: string) => {
    if (!isDirectionEvidence(kind)) return;
    labels.push(label);
    if (RESEARCH.has(kind)) research++;
  };
  for (let i = from; i < to; i = skip(i)) {
    const b = blocks[i];
    if (b.label) add(b.label.kind, b.label.label);
    for (const inner of findInnerLabels(b.text)) add(inner.kind, inner.label);
    if (b.kind !== "heading" || i !== from) targets += targetCount(b.text);
  }
  return { labels, research, targets };
}

// Labels that describe research (研究内容, 考核指标, 需求目标, 关键词): an area may state its cap and duration
// (资助额度：…；实施周期：…) but only a direction states these.
const RESEARCH = new Set<SectionKind>(["content", "kpi", "goal", "keywords"]);

/**
 * Decide every heading's role from evidence over the whole outline. Bottom-up: a heading holding directions
 * below it groups them (unless it carries direction labels of its own); a topical heading whose own text
 * (its blocks and the non-topical items under it) carries direction labels — or targets, where its siblings
 * are directions too — is a direction; administrative parts hold none.
 */
function classify(blocks: Block[], headings: Heading[], forced: string | undefined): void {
  const holds = new Set<Heading>();
  const visit = (h: Heading, underAdmin: boolean): void => {
    const admin = underAdmin || (isAdmin(h) && isTopical(h) && !isTopicalGroup(h) && !describesDirections(blocks, h));
    for (const c of h.children) visit(c, admin);
    const childHolds = h.children.some((c) => c.role === "direction" || holds.has(c));
    const firstChild = h.children[0]?.index ?? h.end;
    const own = evidenceIn(blocks, h.index, Math.min(h.ownEnd, firstChild), (i) => i + 1);
    // The body: own blocks and the subtrees of children that are not directions nor hold any.
    const body = evidenceIn(blocks, h.index, h.end, (i) => {
      const c = h.children.find((x) => x.index === i + 1 && (x.role === "direction" || holds.has(x)));
      return c ? c.end : i + 1;
    });
    if (admin) {
      h.role = "admin";
      h.evidence.push(underAdmin ? "inside an administrative part" : "administrative title");
      return;
    }
    if (forced !== undefined) {
      if (h.block.number!.style === forced && isTopical(h)) {
        h.role = "direction";
        h.evidence.push("numbering chosen by --directions");
      } else if (childHolds) holds.add(h);
      return;
    }
    if (childHolds && !(own.research > 0 && isTopical(h))) {
      holds.add(h);
      h.evidence.push("directions below");
      return;
    }
    if (!isTopical(h)) {
      h.evidence.push("not a topic (sentence, target or step)");
      return;
    }
    if (body.labels.length > 0) {
      h.role = "direction";
      h.evidence.push(`labels: ${[...new Set(body.labels)].slice(0, 4).join("、")}`);
    } else if (body.targets > 0) h.evidence.push(`targets: ${body.targets}`);
  };
  const roots = headings.filter((h) => h.parent === null);
  for (const r of roots) visit(r, false);
  if (forced !== undefined) return;
  // Sibling regularity: where most topical siblings are directions, a sibling with targets but no labels is one
  // too; where none is, siblings with targets in their text are directions when at least two of them have them.
  const groups = new Map<string, Heading[]>();
  for (const h of headings) {
    const key = `${h.parent?.index ?? -1}|${h.block.number!.style}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  for (const sibs of groups.values()) {
    // Only leaves: a heading over topical items (一、总体目标与重点方向 > 1.高端芯片：…) is not one direction.
    const candidates = sibs.filter(
      (h) => h.role === "content" && !holds.has(h) && isTopical(h) && !h.children.some(isTopical) && h.evidence.some((e) => e.startsWith("targets")),
    );
    if (candidates.length === 0) continue;
    const directions = sibs.filter((h) => h.role === "direction").length;
    if (directions * 2 >= sibs.length || (directions === 0 && candidates.length >= 2 && candidates.length * 2 >= sibs.length && !insideDirection(sibs[0])))
      for (const h of candidates) {
        h.role = "direction";
        h.evidence.push("siblings are directions");
      }
  }
}

/** Is the heading inside a direction already (then its items are content)? */
function insideDirection(h: Heading): boolean {
  for (let p = h.parent; p; p = p.parent) if (p.role === "direction") return true;
  return false;
}

/** An administrative-sounding title (…管理要求) over research content or KPIs is not administrative. */
function describesDirections(blocks: Block[], h: Heading): boolean {
  for (let i = h.index + 1; i < h.end; i++) {
    const kinds = [blocks[i].label?.kind, ...findInnerLabels(blocks[i].text).map((l) => l.kind)];
    if (kinds.some((k) => k === "content" || k === "kpi" || k === "goal")) return true;
  }
  return false;
}

/** A 专题/专项 heading groups whatever its title says (专题三：申报单位管理创新) — not an administrative part. */
function isTopicalGroup(h: Heading): boolean {
  return GROUPING_STYLE.test(h.block.number!.style);
}

/** The style of the directions or groupings right under a heading that holds them. */
function heldStyle(h: Heading, holds: Set<Heading>): string | null {
  const c = h.children.find((x) => x.role === "direction" || holds.has(x));
  return c ? c.block.number!.style : null;
}

/** Do two headings hold their directions alike? Directions titled without a number hold like any numbering. */
function sameHolding(a: string | null, b: string | null): boolean {
  return a === b || a === "titled" || b === "titled";
}

/**
 * Headings holding directions are areas where they are a grouping: two or more siblings of their style hold
 * directions in the same way (the same numbering right under them), or their numbering names a grouping (专题一).
 * A lone holder (二、申报方向), or one holding in another way than its siblings, is a section. Directions inside
 * a direction are its content (sub-tasks, items).
 */
function settleGroups(headings: Heading[]): void {
  for (const h of headings) if (h.role === "direction") for (let p = h.parent; p; p = p.parent) if (p.role === "direction") {
    h.role = "content";
    h.evidence.push("inside a direction");
    break;
  }
  const holds = new Set<Heading>();
  for (const h of headings) if (h.role === "direction") for (let p = h.parent; p; p = p.parent) holds.add(p);
  for (const h of headings) {
    if (!holds.has(h)) continue;
    const style = heldStyle(h, holds);
    const sibs = (h.parent?.children ?? headings.filter((x) => x.parent === null)).filter(
      (x) => x.block.number!.style === h.block.number!.style && holds.has(x) && sameHolding(heldStyle(x, holds), style),
    );
    const grouping = sibs.length >= 2 || GROUPING_STYLE.test(h.block.number!.style);
    h.role = grouping && isTopical(h) ? "area" : "section";
    if (h.role === "section") h.evidence.push(sibs.length < 2 ? "the only holder of its kind among its siblings" : "not a topic");
    else h.evidence.push("groups directions");
  }
}

/** The numbering style a user names (`"（一）"`, `"1."`, `"方向1"`), as readHeadingNumber sees it; null if none. */
export function styleOfExample(example: string): string | null {
  return readHeadingNumber(`${example.trim()}标题`)?.style ?? null;
}

/**
 * Find directions and areas from evidence over the whole outline (see `classify`). Where a notice has no
 * labelled directions (work plans, news), the directions are the list items written as "标题：说明". Ids are
 * the path of numbers through the areas, the code itself where it is one (1.1, 3001), the running number where
 * numbers run on across areas, and the ordinal for unnumbered headings; they are made unique.
 */
export function readOutline(blocks: Block[], options: OutlineOptions = {}): Outline {
  let headings = buildHeadings(blocks);
  // Headings that turn out to be labels are read again as text of their directions; --outline still shows them.
  const before = headings;
  let labels: Heading[] = [];
  if (labelRepeatedTitles(blocks, headings)) {
    headings = buildHeadings(blocks);
    labels = before.filter((h) => blocks[h.index].kind === "label");
    for (const h of labels) {
      h.role = "label";
      h.evidence = ["a short title repeated under other headings"];
    }
  }
  classify(blocks, headings, options.directionStyle);
  let found = headings.filter((h) => h.role === "direction");
  let inline = false;
  if (found.length === 0) {
    inline = true;
    // 标题：说明, or 标题。说明 when the description holds targets (a step — 网上申报。申报单位登录… — holds none)
    const inlineTitle = (h: Heading): boolean => {
      const t = headingTitle(h);
      if (inlineTitleLength(t) !== null) return true;
      if (sentenceTitleLength(t) === null) return false;
      let targets = 0;
      for (let i = h.index; i < h.ownEnd; i++) targets += targetCount(blocks[i].text);
      return targets > 0;
    };
    found = headings.filter((h) => {
      if (h.role === "admin" || h.children.length > 0 || !inlineTitle(h)) return false;
      const siblings = (h.parent?.children ?? headings.filter((x) => x.parent === null)).filter(
        (x) => x.block.number!.style === h.block.number!.style,
      );
      return siblings.length >= 2 && siblings.filter(inlineTitle).length * 2 >= siblings.length;
    });
    for (const h of found) {
      h.role = "direction";
      h.evidence.push("list item 标题：说明 or 标题。说明 (no labelled directions)");
    }
  }
  settleGroups(headings);
  found = headings.filter((h) => h.role === "direction");
  const outline = assignIds(blocks, headings, found, inline);
  return { ...outline, labels };
}

/** Number of a heading among its siblings of its style (for unnumbered headings), or its own number. */
function ownNumber(h: Heading, headings: Heading[]): number {
  const n = h.block.number!.parts[h.block.number!.parts.length - 1];
  if (n > 0) return n;
  const sibs = (h.parent?.children ?? headings.filter((x) => x.parent === null)).filter((x) => x.block.number!.style === h.block.number!.style && x.role === h.role);
  return sibs.indexOf(h) + 1;
}

function assignIds(blocks: Block[], headings: Heading[], found: Heading[], inline: boolean): Outline {
  const warnings: OutlineWarning[] = [];
  const areaOf = new Map<Heading, OutlineNode>();
  const areas: OutlineNode[] = [];
  const nearestArea = (h: Heading): Heading | null => {
    for (let p = h.parent; p; p = p.parent) if (p.role === "area") return p;
    return null;
  };
  // Area ids are paths of area numbers; where two areas would get one id (2. under 二、 and 2. under 三、,
  // the chapters being sections), the numbers of the sections between them and their area come first.
  const baseId = (p: Heading): string => {
    const up = nearestArea(p);
    return (up ? baseId(up) + "." : "") + ownNumber(p, headings);
  };
  const baseCount = new Map<string, number>();
  for (const h of headings) if (h.role === "area") baseCount.set(baseId(h), (baseCount.get(baseId(h)) ?? 0) + 1);
  const sectionsBetween = (p: Heading, up: Heading | null): string => {
    const numbers: number[] = [];
    for (let q = p.parent; q && q !== up; q = q.parent) numbers.unshift(ownNumber(q, headings));
    return numbers.map((n) => `${n}.`).join("");
  };
  const selfDescribing = (h: Heading) => ["code", "num-dotted", "num-dotted3"].includes(h.block.number!.style);
  const areaNode = (p: Heading): OutlineNode => {
    let node = areaOf.get(p);
    if (node) return node;
    const up = nearestArea(p);
    const parent = up ? areaNode(up) : null;
    // an area numbered as a path (3.1 数字经济) is its own id where it stands alone
    const written = p.block.number!.parts.join(".");
    const own = (baseCount.get(baseId(p))! > 1 ? sectionsBetween(p, up) : "") + ownNumber(p, headings);
    // an area named by a letter (专题A) is that letter
    let id = p.block.number!.code ?? (!parent && selfDescribing(p) ? written : parent ? `${parent.id}.${own}` : own);
    // Still taken (a heading repeated by a table of contents, chapters without numbers): the n-th such area is id-n.
    if (areas.some((a) => a.id === id)) {
      let k = 2;
      while (areas.some((a) => a.id === `${id}-${k}`)) k++;
      warnings.push({ code: "numbering-repeats", data: { ids: id }, block: p.block });
      id = `${id}-${k}`;
    }
    node = { heading: p, id, parent, inline: false };
    areaOf.set(p, node);
    areas.push(node);
    return node;
  };
  // Numbers that run on across areas (1–4 under 一、, 5–8 under 二、) stay as they are, and then the groupings
  // cannot be areas of their own ids (area 1 beside direction 1).
  const byArea = new Map<Heading | null, Heading[]>();
  for (const h of found) byArea.set(nearestArea(h), [...(byArea.get(nearestArea(h)) ?? []), h]);
  const runningOn =
    byArea.size >= 2 &&
    !found.some(selfDescribing) &&
    found.every((h, i) => i === 0 || ownNumber(h, headings) === ownNumber(found[i - 1], headings) + 1) &&
    ownNumber(found[0], headings) === 1;
  if (runningOn) for (const h of headings) if (h.role === "area") {
    h.role = "section";
    h.evidence.push("direction numbers run on across it");
  }
  let directions = found.map((h): OutlineNode => {
    const up = nearestArea(h);
    const parent = up ? areaNode(up) : null;
    const own = ownNumber(h, headings);
    const written = h.block.number!.parts.join(".");
    const areaOwn = up ? `${ownNumber(up, headings)}.` : "";
    // A code as written (1.1, 3001) stands as it is where it continues its area's id; where the area's id is a
    // longer path (2.5 under area 3.2) the area's path replaces the area's number; under another chapter
    // (2.4 under （三）) the area's path comes first: the id keeps its chapter and stays unique.
    // a direction introduced by its fields keeps its code as written (榜单编号：A-01), and so does one coded with a
    // letter (A1, B-2)
    const code = h.block.number!.code ?? (h.block.number!.style === "keyed" ? h.block.number!.raw : "");
    const id = code
      ? code
      : selfDescribing(h)
      ? !parent || written.startsWith(parent.id + ".") || h.block.number!.style === "code"
        ? written
        : areaOwn && written.startsWith(areaOwn)
          ? `${parent.id}.${written.slice(areaOwn.length)}`
          : `${parent.id}.${written}`
      : parent
        ? `${parent.id}.${own}`
        : String(own);
    return { heading: h, id, parent, inline };
  });
  // Ids are unique: a number repeated (areas lost, numbering restarted) falls back to the ordinal under the parent.
  const seen = new Map<string, number>();
  for (const d of directions) seen.set(d.id, (seen.get(d.id) ?? 0) + 1);
  const repeated = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  if (repeated.length) {
    warnings.push({ code: "numbering-repeats", data: { ids: repeated.join(", ") }, block: directions.find((d) => repeated.includes(d.id))!.heading.block });
    const counter = new Map<string, number>();
    const taken = new Set(areas.map((a) => a.id));
    directions = directions.map((d) => {
      const key = d.parent?.id ?? "";
      let k = (counter.get(key) ?? 0) + 1;
      let id = d.parent ? `${d.parent.id}.${k}` : String(k);
      while (taken.has(id)) id = d.parent ? `${d.parent.id}.${++k}` : String(++k);
      counter.set(key, k);
      taken.add(id);
      return { ...d, id };
    });
  }
  for (const d of directions) {
    const h = d.heading;
    if (!topicOf(headingTitle(h))) warnings.push({ code: "no-title", data: { id: d.id }, block: h.block });
    const ownParagraph = labelledTitleLength(headingTitle(h)) !== null;
    if (h.end <= h.index + 1 && !inline && !ownParagraph && h.block.number!.style !== "row") warnings.push({ code: "empty-direction", data: { id: d.id }, block: h.block });
  }
  if (directions.length === 0) warnings.push({ code: "no-direction", data: {}, block: blocks[0] ?? null });
  areas.sort((a, b) => a.heading.index - b.heading.index);
  return { headings, areas, directions, warnings };
}
