import type { Doc } from "../core/doc.js";
import type { Block } from "../structure/blocks.js";
import { bareDirection } from "../model/bare-direction.js";
import type { Direction } from "../model/guide.js";
import { readSegmentKpis, type Segment } from "./direction.js";

// "2026年…总体目标为：突破30项以上关键核心技术" — the notice's own targets, outside every direction.
const TARGET_SENTENCE = /(总体目标|工作目标|主要目标|发展目标|总目标)(?:为|是)?[：:]?/;

/**
 * The notice's overall targets (总体目标) as a pseudo-direction with id "0", when they carry numeric
 * KPIs outside every direction — work plans state them once for the whole programme.
 * `loose` are the blocks that belong to no direction or area.
 */
export function readDocumentTargets(doc: Doc, loose: Block[]): Direction | null {
  const segments: Segment[] = [];
  let label = "总体目标";
  for (const block of loose) {
    if (block.kind === "heading") continue;
    const m = TARGET_SENTENCE.exec(block.text);
    if (!m) continue;
    if (!segments.length) label = m[1];
    segments.push({ block, from: m.index + m[0].length, to: block.text.length, kind: "goal" });
  }
  if (!segments.length) return null;
  const kpis = readSegmentKpis(doc, segments);
  if (!kpis.length) return null;
  const first = segments[0].block;
  const last = segments[segments.length - 1].block;
  return { ...bareDirection("0", null, label, doc.spanOf(first.start, last.end)), kpis };
}
