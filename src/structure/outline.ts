import type { Block } from "./blocks.js";
import { isDirectionEvidence } from "./labels.js";

/** A numbered heading with its place in the outline. */
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

/** The notice's outline: areas (groupings) and directions (what one applies to), in document order. */
export interface Outline {
  headings: Heading[];
  areas: OutlineNode[];
  directions: OutlineNode[];
}

// Administrative sections of a notice (一、总体目标 / 二、申报要求): they group text, not research areas.
const SECTION_TITLE =
  /^(总体目标|总体要求|总体安排|总体思路|重点任务|重点方向|主要任务|领域和方向|领域与方向|组织方式|组织实施|申报要求|申报条件|申报程序|申报方式|申报材料|申报说明|申报时间|有关要求|有关事项|其他事项|其他|工作要求|工作目标|保障措施|实施路径|进度安排|支持方式|评审|具体要求|指南方向|项目指南|联系方式|附件|背景|基本情况|工作安排|时间安排|注意事项)|与重点方向|和技术路径|与技术路径|重点支持方向|具体指南方向/;

const ATTACHMENT = /^附件\s*\d*\s*[：:、.]?/;

/** Title text of a heading block (after its number). */
export function headingTitle(h: Heading): string {
  return h.block.text.slice(h.block.number!.titleStart);
}

/** Build the heading tree: a number style seen before is a sibling of it, a new style nests deeper. */
function buildHeadings(blocks: Block[]): Heading[] {
  const headings: Heading[] = [];
  const stack: Heading[] = [];
  blocks.forEach((block, index) => {
    // 附件：… starts the attachment, a document of its own: its numbering starts afresh.
    if (block.kind === "text" && ATTACHMENT.test(block.text)) stack.length = 0;
    if (block.kind !== "heading" || !block.number) return;
    const last = headings[headings.length - 1];
    // A heading repeated verbatim right after itself (a title printed twice) is not a new one.
    if (last && last.index === index - 1 && last.block.text === block.text) return;
    const at = stack.findIndex((h) => h.block.number!.style === block.number!.style);
    if (at >= 0) stack.length = at;
    const parent = stack[stack.length - 1] ?? null;
    const h: Heading = { index, block, depth: stack.length, parent, children: [], end: blocks.length, ownEnd: blocks.length };
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

function hasDirectionLabel(blocks: Block[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const label = blocks[i].label;
    if (label && isDirectionEvidence(label.kind)) return true;
  }
  return false;
}

/** "先进制程工艺提升：依托…" — a list item whose short title is followed by a colon and its description. */
export function inlineTitleLength(title: string): number | null {
  const m = /^([^：:。；，]{2,40})[：:]/.exec(title);
  return m ? m[1].length : null;
}

/**
 * Is the heading a grouping of the notice's administration, the notice's one title, or a sentence
 * (2.省科技厅会同发榜单位组织专家…。) rather than the name of an area?
 */
function isSectionOrTitle(h: Heading, headings: Heading[]): boolean {
  const title = headingTitle(h).trim();
  if (SECTION_TITLE.test(title)) return true;
  if (title.length > 40 || /[。；]/.test(title)) return true;
  const siblings = headings.filter((x) => x.parent === h.parent && x.block.number!.style === h.block.number!.style);
  return siblings.length === 1 && h.parent === null;
}

/**
 * Find directions and areas. A direction is a heading whose own text carries direction labels
 * (研究内容 / 考核指标 / 榜单金额 …); its subtree is its content. Where a notice has no such labels
 * (work plans, news), the directions are the list items written as "标题：说明". Areas are the
 * headings above directions, except administrative sections and a lone title heading.
 */
export function readOutline(blocks: Block[]): Outline {
  const headings = buildHeadings(blocks);
  let found = headings.filter((h) => hasDirectionLabel(blocks, h.index + 1, h.ownEnd));
  // Only the outermost: numbered items inside a direction are its content.
  found = found.filter((h) => !found.some((o) => o !== h && o.index < h.index && h.index < o.end));
  let inline = false;
  if (found.length === 0) {
    inline = true;
    found = headings.filter((h) => {
      if (h.children.length > 0 || inlineTitleLength(headingTitle(h)) === null) return false;
      const siblings = (h.parent?.children ?? headings.filter((x) => x.parent === null)).filter(
        (x) => x.block.number!.style === h.block.number!.style,
      );
      return siblings.length >= 2 && siblings.filter((x) => inlineTitleLength(headingTitle(x)) !== null).length * 2 >= siblings.length;
    });
  }
  const areaOf = new Map<Heading, OutlineNode>();
  const areas: OutlineNode[] = [];
  // The area of a direction is the heading right above it, when that heading names a grouping: headings
  // further up are the notice's sections (一、征集范围 > 专题一 > 方向1 gives 1.1, not 1.1.1).
  const areaFor = (p: Heading | null): OutlineNode | null => {
    if (!p || isSectionOrTitle(p, headings)) return null;
    let node = areaOf.get(p);
    if (!node) {
      const own = String(p.block.number!.parts[p.block.number!.parts.length - 1]);
      node = { heading: p, id: own, parent: null, inline: false };
      areaOf.set(p, node);
      areas.push(node);
    }
    return node;
  };
  const directions = found.map((h): OutlineNode => {
    const parent = areaFor(h.parent);
    const { style, parts } = h.block.number!;
    const selfDescribing = style === "code" || style === "num-dotted" || style === "num-dotted3";
    const id = selfDescribing ? parts.join(".") : parent ? `${parent.id}.${parts[parts.length - 1]}` : String(parts[parts.length - 1]);
    return { heading: h, id, parent, inline };
  });
  areas.sort((a, b) => a.heading.index - b.heading.index);
  return { headings, areas, directions };
}
