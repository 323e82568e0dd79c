import type { Block } from "./blocks.js";
import { smallNumber } from "./heading-numbering.js";

/** A direction named inside a sentence, with its offsets in the block. */
export interface ListedItem {
  title: string;
  block: Block;
  start: number;
  end: number;
}

/** A group of listed directions: "新一代信息技术领域4项，分别是A、B、C、D". */
export interface ListedGroup {
  /** The group's name (新一代信息技术), or null when the sentence names none. */
  title: string | null;
  block: Block;
  start: number;
  end: number;
  items: ListedItem[];
}

// …领域4项，分别是A、B、C。 / 共征集需求三项，分别为：A；B；C。
const LISTING = /([^，。；：,;:]{0,24}?)(\d{1,2}|[一二三四五六七八九十两]{1,3})\s*[项个条](?:[^，。；：]{0,12})?[，,：:]\s*(?:分别是|分别为|包括|即)[：:]?/g;
const ITEM_BREAK = /[、；;，,]|以及|及其/;

/**
 * Directions listed inline in prose, as news about a 榜单 does ("生物医药领域6项，分别是A、B、…").
 * The stated count must match the items found (joining by 和/与 is split only when that makes the
 * count right), so ordinary enumerations are not mistaken for directions.
 */
export function readListedGroups(blocks: Block[]): ListedGroup[] {
  const groups: ListedGroup[] = [];
  for (const block of blocks) {
    const text = block.text;
    for (const m of text.matchAll(LISTING)) {
      const count = smallNumber(m[2].replace("两", "二"));
      if (!count || count < 2) continue;
      const from = m.index + m[0].length;
      let to = text.indexOf("。", from);
      if (to < 0) to = text.length;
      let items = splitItems(block, from, to, ITEM_BREAK);
      if (items.length !== count) {
        const finer = splitItems(block, from, to, new RegExp(`${ITEM_BREAK.source}|[和与]`));
        if (finer.length !== count) continue;
        items = finer;
      }
      // The name as written (traditional kept): cut on the simplified text, sliced from the display.
      const name = m[1].replace(/^.*?(?:其中|包括|涉及|主要)/, "").replace(/(?:领域|方向|专题|产业|行业)$/, "").trim();
      const at = m.index + m[1].indexOf(name);
      groups.push({ title: name ? block.display.slice(at, at + name.length) : null, block, start: m.index, end: to, items });
    }
  }
  return groups;
}

function splitItems(block: Block, from: number, to: number, breaks: RegExp): ListedItem[] {
  const items: ListedItem[] = [];
  const re = new RegExp(breaks.source, "g");
  let start = from;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /[\s“”"]/.test(block.text[a])) a++;
    while (b > a && /[\s“”"]/.test(block.text[b - 1])) b--;
    if (b > a) items.push({ title: block.display.slice(a, b), block, start: a, end: b });
  };
  for (const m of block.text.slice(0, to).matchAll(re)) {
    if (m.index < from) continue;
    push(m.index);
    start = m.index + m[0].length;
  }
  push(to);
  return items;
}
