import { createHash } from "node:crypto";
import { Doc } from "./core/doc.js";
import { GuideError } from "./core/errors.js";
import { DEFAULT_MAX_BYTES, type InputFormat } from "./core/read-input.js";
import { stripCodeSuffix, readDirection, readInherited, readSegmentConstraints, type Inherited, type Segment } from "./extract/direction.js";
import { readMeta } from "./extract/meta.js";
import { readTotalBudget } from "./extract/money.js";
import { readDocumentTargets } from "./extract/targets.js";
import { readMode, type ModeFact } from "./extract/mode.js";
import { bareDirection } from "./model/bare-direction.js";
import type { Area, Direction, GuideDocument } from "./model/guide.js";
import { ingest } from "./ingest/index.js";
import { normalizeNotice } from "./normalize/index.js";
import { readBlocks, type Block } from "./structure/blocks.js";
import { readListedGroups, type ListedGroup } from "./structure/listed.js";
import { headingTitle, readOutline, styleOfExample, type Heading, type HeadingRole, type OutlineNode, type OutlineWarning } from "./structure/outline.js";
import { fill, messagesFor } from "./i18n/index.js";
import { LIST_MODE_CUES, alternation } from "./lexicon/index.js";

/** Options of parseGuide. */
export interface ParseOptions {
  /** Path of the file the bytes came from (decides the format, and is echoed in `source.path`). */
  path: string;
  /** Refuse inputs larger than this many bytes. */
  maxBytes?: number;
  /** Stop reading a PDF after this many milliseconds (GuideError "timeout"); default 60 000 (`--timeout`). */
  timeoutMs?: number;
  /** The numbering of the direction headings as written ("（一）", "1.", "方向1"), when the reader's choice is wrong (`--directions`). */
  directions?: string;
  /** The format, where `path` does not tell it (standard input: `guide parse -`). */
  format?: InputFormat;
}

const NO_FACTS: Inherited = { mode: null, entrustedTo: null, fundingCap: null, durationMaxYears: null, matchingRatioMin: null };

function merge(outer: Inherited, inner: Inherited): Inherited {
  const mode = inner.mode ?? outer.mode;
  return {
    mode,
    entrustedTo: inner.mode ? inner.entrustedTo : outer.entrustedTo,
    fundingCap: inner.fundingCap ?? outer.fundingCap,
    durationMaxYears: inner.durationMaxYears ?? outer.durationMaxYears,
    matchingRatioMin: inner.matchingRatioMin ?? outer.matchingRatioMin,
  };
}

/** Text a heading states about itself: its title and the blocks before its first child. */
function ownText(blocks: Block[], h: Heading): string {
  return [headingTitle(h), ...blocks.slice(h.index + 1, h.ownEnd).map((b) => b.text)].join("\n");
}

/**
 * What holds for a direction because of where it stands: the mode of a title heading above it
 * (“揭榜挂帅”项目榜单), and the mode, cap, duration and ratio its areas state (定向委托紫金山实验室组织实施).
 */
function inheritedFor(
  blocks: Block[],
  node: OutlineNode,
  areaFacts: Map<Heading, Inherited>,
  documentMode: Inherited,
): Inherited {
  const chain: Heading[] = [];
  for (let p = node.heading.parent; p; p = p.parent) chain.unshift(p);
  let facts = documentMode;
  for (const p of chain) {
    const area = areaFacts.get(p);
    if (area) facts = merge(facts, area);
    else {
      const mode = readMode(headingTitle(p));
      if (mode) facts = merge(facts, { ...NO_FACTS, mode: mode.mode, entrustedTo: mode.entrustedTo });
    }
  }
  return facts;
}

/**
 * Directions that news about a 榜单 lists in prose (生物医药领域6项，分别是A、B…): each named group
 * becomes an area, numbered in order, and its items directions under it.
 */
function addListedDirections(doc: Doc, groups: ListedGroup[], areas: Area[], directions: Direction[]): void {
  const named = groups.filter((g) => g.title);
  groups.forEach((g) => {
    const areaId = g.title && named.length > 1 ? String(named.indexOf(g) + 1) : null;
    if (areaId)
      areas.push({
        id: areaId,
        parentId: null,
        title: g.title!,
        description: null,
        span: doc.spanOf(g.block.pos[g.start], g.block.pos[g.end]),
      });
    g.items.forEach((item, k) => {
      const own = areaId ? `${areaId}.${k + 1}` : String(directions.length + 1);
      directions.push(bareDirection(own, areaId, item.title, doc.spanOf(item.block.pos[item.start], item.block.pos[item.end])));
    });
  });
}

const LIST_MODE = new RegExp(alternation(LIST_MODE_CUES));

/**
 * The 组织方式 of the whole list: named in the notice's title (“揭榜挂帅”项目榜单) or stated once for all
 * projects in its general part (项目实行“揭榜挂帅”组织方式). A mode named beside other mechanisms
 * (采用揭榜挂帅、小范围邀标等新机制) is a description, not the list's mode.
 */
function readListMode(title: string | null, general: Block[]): ModeFact | null {
  const fromTitle = title ? readMode(title) : null;
  if (fromTitle) return fromTitle;
  for (const block of general) {
    const m = readMode(block.text);
    if (!m) continue;
    const around = block.text.slice(Math.max(0, m.start - 2), m.end + 2);
    if (/[、等]/.test(around)) continue;
    if (LIST_MODE.test(block.text.slice(Math.max(0, m.start - 16), m.end + 16))) return m;
  }
  return null;
}

/** Record a doubt of the outline reader on the document, in the words of the model (Chinese). */
function warnOf(doc: Doc, w: OutlineWarning): void {
  doc.warn(w.code, fill(messagesFor("zh").cli.warnings[w.code], w.data), w.data, w.block ?? undefined);
}

/** A heading of the notice as the outline reader sees it (`guide parse --outline`). */
export interface OutlineEntry {
  depth: number;
  /** The number as written ("（一）", "1.1"), empty for unnumbered headings. */
  number: string;
  /** Its numbering style (cn-paren for （一）, num-dotted for 1.1, md-3 for an unnumbered ### heading). */
  style: string;
  title: string;
  role: HeadingRole;
  evidence: string[];
  line: number;
}

/** The stages every reading of a notice shares: ingest, normalize, blocks and outline. */
async function readStructure(bytes: Uint8Array, options: ParseOptions) {
  const { path } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw new GuideError("too-large", path, { size: bytes.length, limit: maxBytes });
  const ingested = await ingest(bytes, path, { pdfTimeoutMs: options.timeoutMs, format: options.format });
  const { text, display } = await normalizeNotice(ingested.text, { format: ingested.format });
  const doc = new Doc(path, ingested.text, text, display, ingested.pageStarts);
  const blocks = readBlocks(doc);
  const directionStyle = options.directions === undefined ? undefined : styleOfExample(options.directions);
  if (directionStyle === null) throw new GuideError("bad-directions-style", path, { value: options.directions! });
  const outline = readOutline(blocks, { directionStyle });
  return { ingested, doc, blocks, outline };
}

/** The heading tree of a notice with the role the reader gave each heading and why (`guide parse --outline`). */
export async function readNoticeOutline(bytes: Uint8Array, options: ParseOptions): Promise<OutlineEntry[]> {
  const { doc, outline } = await readStructure(bytes, options);
  return [...outline.headings, ...(outline.labels ?? [])]
    .sort((a, b) => a.index - b.index)
    .map((h) => ({
      depth: h.depth,
      number: h.block.number!.raw,
      style: h.block.number!.style,
      title: h.block.display.slice(h.block.number!.titleStart).trim(),
      role: h.role,
      evidence: h.evidence,
      line: doc.lineAt(h.block.start),
    }));
}

/** Read a funding notice into the guide model. Throws GuideError on unreadable input. */
export async function parseGuide(bytes: Uint8Array, options: ParseOptions): Promise<GuideDocument> {
  const { path } = options;
  const { ingested, doc, blocks, outline } = await readStructure(bytes, options);
  const { format, pageStarts, encoding } = ingested;
  const meta = readMeta(blocks.map((b) => b.display));

  // Blocks outside every direction and every area's own text: the notice's general part.
  const covered = new Uint8Array(blocks.length);
  for (const d of outline.directions) covered.fill(1, d.heading.index, d.heading.end);
  for (const a of outline.areas) covered.fill(1, a.heading.index, a.heading.ownEnd);
  const looseBlocks = blocks.filter((_, i) => !covered[i]);

  const listMode = readListMode(meta.title, looseBlocks);
  const documentMode: Inherited = listMode ? { ...NO_FACTS, mode: listMode.mode, entrustedTo: listMode.entrustedTo } : NO_FACTS;
  const areaFacts = new Map(outline.areas.map((a) => [a.heading, readInherited(ownText(blocks, a.heading))]));
  const directions = outline.directions.map((node) =>
    readDirection(doc, blocks, node, inheritedFor(blocks, node, areaFacts, documentMode)),
  );
  const areas: Area[] = outline.areas.map((a) => {
    const h = a.heading;
    const description = blocks
      .slice(h.index + 1, h.ownEnd)
      .map((b) => b.display.slice(b.label?.contentStart ?? 0))
      .join("")
      .trim();
    return {
      id: a.id,
      parentId: a.parent?.id ?? null,
      title: stripCodeSuffix(h.block.display.slice(h.block.number!.titleStart).trim()),
      description: description || null,
      span: doc.spanOf(h.block.start, h.block.end),
    };
  });

  // Document-wide rules: what is stated outside every direction and every area's own description.
  const loose: Segment[] = looseBlocks.map((block) => ({ block, from: 0, to: block.text.length, kind: null }));
  const rules = readSegmentConstraints(doc, loose);
  const totalBudget = looseBlocks.map((b) => readTotalBudget(b.text)).find((m) => m !== null)?.value;
  const targets = readDocumentTargets(doc, looseBlocks);
  if (targets) directions.unshift(targets);
  if (directions.length === 0) addListedDirections(doc, readListedGroups(blocks), areas, directions);
  for (const w of outline.warnings) if (w.code !== "no-direction" || directions.length === 0) warnOf(doc, w);
  const warnings = doc.warnings;

  const model: GuideDocument = {
    schemaVersion: 1,
    source: {
      path,
      format,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      ...(pageStarts ? { pages: pageStarts.length } : {}),
    },
    meta: { ...meta, ...(totalBudget ? { totalBudget } : {}), ...(encoding ? { encoding } : {}) },
    rules,
    areas,
    directions,
    warnings,
  };
  return model;
}
