/**
 * Inline waivers of Markdown/TXT drafts, read from the raw text with 1-based line numbers:
 *
 *   <!-- guide-disable rule-a, rule-b -- reason -->      from this line to the end of the file,
 *   <!-- guide-enable rule-a -->                          … or up to this line
 *   <!-- guide-disable-next-line rule-a -- reason -->     the next line only
 *
 * Without rule ids a directive covers every rule (`*`). The reason is the text after ` -- `.
 */

/** What a directive does. */
export type DirectiveKind = "disable" | "disable-next-line" | "enable";

/** One guide-disable / guide-enable comment. */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; ["*"] when none (every rule). */
  rules: string[];
  /** The text after ` -- `, trimmed; null when absent or empty. */
  reason: string | null;
  /** 1-based line and column of the comment. */
  line: number;
  column: number;
}

/** Lines covered by a directive for one rule id (inclusive). */
export interface WaiverRange {
  directive: Directive;
  rule: string;
  from: number;
  to: number;
}

const COMMENT = /<!--\s*guide-(disable-next-line|disable|enable)(?=[\s-]|-->)([\s\S]*?)-->/g;

/** Find the directives of a draft's raw text. Comments spanning lines are read at their first line. */
export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const m of text.matchAll(COMMENT)) {
    const kind = m[1] as DirectiveKind;
    const body = m[2];
    const sepAt = body.search(/(^|\s)--(\s|$)/);
    const idsPart = sepAt < 0 ? body : body.slice(0, sepAt);
    const reasonPart = sepAt < 0 ? "" : body.slice(sepAt).replace(/^\s*--/, "");
    const rules = idsPart.split(/[\s,，]+/).filter(Boolean);
    const idx = lineAt(m.index);
    out.push({
      kind,
      rules: rules.length > 0 ? rules : ["*"],
      reason: reasonPart.trim() || null,
      line: idx + 1,
      column: m.index - lineStarts[idx] + 1,
    });
  }
  return out;
}

/**
 * The line ranges the directives cover, per rule id. A disable runs to the end of the file or to the
 * next enable naming its rule (or enabling every rule); a disable-next-line covers the following line.
 */
export function waiverRanges(directives: readonly Directive[]): WaiverRange[] {
  const ranges: WaiverRange[] = [];
  const open = new Map<string, WaiverRange[]>();
  for (const d of directives) {
    if (d.kind === "disable-next-line") {
      for (const rule of d.rules) ranges.push({ directive: d, rule, from: d.line + 1, to: d.line + 1 });
    } else if (d.kind === "disable") {
      for (const rule of d.rules) {
        const r = { directive: d, rule, from: d.line, to: Number.POSITIVE_INFINITY };
        ranges.push(r);
        open.set(rule, [...(open.get(rule) ?? []), r]);
      }
    } else {
      const closing = d.rules.includes("*") ? [...open.keys()] : d.rules;
      for (const rule of closing) {
        for (const r of open.get(rule) ?? []) r.to = d.line;
        open.delete(rule);
      }
    }
  }
  return ranges;
}

/** Decode a draft's bytes for directive scanning: UTF-8 (BOM dropped), or UTF-16 with a BOM. */
export function decodeForDirectives(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // GB18030 text keeps its ASCII bytes, so the comments and the line breaks survive a lossy UTF-8 decode.
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}
