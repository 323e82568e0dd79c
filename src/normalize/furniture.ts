import type { MappedText } from "../core/mapped-text.js";
import { MappedTextBuilder } from "./builder.js";
import { wrapSeparator } from "./wraps.js";

const D = "[0-9０-９]";
// `— 58 —`, `- 3 -`, `—3—`, `第 3 页`, `第3页 共10页`, `· 12 ·`, `Page 3 of 10` (seed 002 uses `— 58 —`).
const PAGE_NUMBER = new RegExp(
  [
    `^[—–－\\-·•]+\\s*${D}{1,4}\\s*[—–－\\-·•]+$`,
    `^第\\s*${D}{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*${D}{1,4}\\s*页)?$`,
    `^共\\s*${D}{1,4}\\s*页\\s*第\\s*${D}{1,4}\\s*页$`,
    `^[Pp]age\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$`,
  ].join("|"),
);
const PAGE_OF = new RegExp(`^(${D}{1,4})\\s*[/／]\\s*(${D}{1,4})$`);
const BARE_NUMBER = new RegExp(`^${D}{1,4}$`);
const MAX_HEADER = 30;
const SINGLE_CJK = /^[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]$/;

function toAscii(s: string): number {
  return Number(s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || /^[\s\f]*$/.test(line);
}

function pageNumberAt(lines: string[], i: number): boolean {
  const s = lines[i].replace(/\f/g, "").trim();
  if (!s) return false;
  if (PAGE_NUMBER.test(s)) return true;
  const of = PAGE_OF.exec(s);
  if (of) return toAscii(of[1]) <= toAscii(of[2]) && toAscii(of[1]) > 0;
  // A bare number is a page number only when it stands apart, as page footers do.
  return BARE_NUMBER.test(s) && (isBlank(lines[i - 1]) || isBlank(lines[i + 1]));
}

/** Index of the nearest non-blank line from i in direction step (form feeds count as a page break). */
function nearestText(lines: string[], i: number, step: number): { index: number; pageBreak: boolean } {
  let pageBreak = false;
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    if (lines[j].includes("\f")) pageBreak = true;
    if (!isBlank(lines[j])) return { index: j, pageBreak };
  }
  return { index: -1, pageBreak: true };
}

/**
 * Remove page furniture lines (版面元素): page numbers (`— 58 —`, `第3页 共10页`, `3 / 10`, a lone number
 * beside a blank line) and running headers — a short line repeated at least 3 times that mostly sits next
 * to a page number or a form feed. Blank lines stay: structure detection reads them.
 */
export function removePageFurniture(t: MappedText): MappedText {
  const lines = t.text.split("\n");
  // Only short lines can be furniture; most lines of a notice are long, so test length before any regex.
  const short = lines.map((line) => line.length <= MAX_HEADER + 8 && line.trim() !== "");
  const page = lines.map((_, i) => short[i] && pageNumberAt(lines, i));
  if (!page.includes(true) && !t.text.includes("\f")) return t;
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++)
    if (short[i] && !page[i]) {
      const s = lines[i].replace(/\f/g, "").trim();
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  const byText = new Map<string, { total: number; beside: number }>();
  const beside: boolean[] = lines.map((line, i) => {
    if (!short[i] || page[i]) return false;
    const s = line.replace(/\f/g, "").trim();
    if (!s || s.length > MAX_HEADER || (counts.get(s) ?? 0) < 3) return false;
    const before = nearestText(lines, i, -1);
    const after = nearestText(lines, i, 1);
    const near =
      line.includes("\f") ||
      before.pageBreak ||
      after.pageBreak ||
      (before.index >= 0 && page[before.index]) ||
      (after.index >= 0 && page[after.index]);
    const e = byText.get(s) ?? { total: 0, beside: 0 };
    e.total++;
    if (near) e.beside++;
    byText.set(s, e);
    return near;
  });
  const header = (s: string): boolean => {
    const e = byText.get(s);
    return !!e && e.total >= 3 && e.beside >= Math.max(2, e.total / 2);
  };
  const drop = lines.map((line, i) => page[i] || (beside[i] && header(line.replace(/\f/g, "").trim())));
  if (!drop.includes(true)) return t;
  const b = new MappedTextBuilder(t);
  let pos = 0;
  let kept = 0;
  for (let i = 0; i < lines.length; i++) {
    const next = pos + lines[i].length + (i < lines.length - 1 ? 1 : 0);
    if (drop[i]) {
      b.copy(kept, pos);
      // A header glued to a form feed loses its text, not the page break.
      const ff = lines[i].indexOf("\f");
      if (ff !== -1) b.copy(pos + ff, pos + ff + 1);
      kept = next;
    }
    pos = next;
  }
  b.copy(kept, t.text.length);
  return b.build();
}

/**
 * Join letter-spaced lines (字间距): headings and mastheads spread as `考 核 指 标 ：` or
 * `江 苏 省 科 学 技 术 厅` (seed 002) become `考核指标：` and `江苏省科学技术厅`. A line qualifies when most of its
 * space-separated tokens are single CJK characters; a space survives only between two Latin words.
 */
export function joinLetterSpacing(t: MappedText): MappedText {
  const src = t.text;
  let b: MappedTextBuilder | undefined;
  let last = 0;
  let pos = 0;
  for (const line of src.split("\n")) {
    const end = pos + line.length;
    const tokens = line.trim().split(/ +/);
    if (tokens.length >= 4) {
      const single = tokens.filter((tok) => SINGLE_CJK.test(tok)).length;
      if (single >= 3 && single >= tokens.length * 0.6) {
        b ??= new MappedTextBuilder(t);
        for (let i = pos; i < end; i++) {
          if (src[i] !== " ") continue;
          let j = i;
          while (j < end && src[j] === " ") j++;
          const inside = i > pos && j < end;
          if (inside && wrapSeparator(src.slice(pos, i), src.slice(j, end)) === " ") {
            i = j - 1;
            continue;
          }
          b.copy(last, i);
          last = j;
          i = j - 1;
        }
      }
    }
    pos = end + 1;
  }
  if (!b) return t;
  b.copy(last, src.length);
  return b.build();
}
