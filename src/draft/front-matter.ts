/** YAML front matter at the top of a Markdown or TXT draft: `---` … `---` (or `...`). */
export interface FrontMatter {
  /** The YAML between the fences. */
  yaml: string;
  /** 1-based line of the file where the YAML starts (the line after the opening fence). */
  firstLine: number;
  /** The source with the front matter's lines blanked (line breaks kept, so line numbers stay those of the file). */
  body: string;
}

const OPEN = /^\uFEFF?[ \t]*-{3}[ \t]*\n/;
const CLOSE = /^[ \t]*(?:-{3}|\.{3})[ \t]*$/m;

/**
 * Split YAML front matter from a decoded draft. The fences must open on the first line; a file whose
 * first line is `---` without a closing fence has none (a Markdown rule, not YAML).
 */
export function splitFrontMatter(raw: string): FrontMatter | null {
  const open = OPEN.exec(raw);
  if (!open) return null;
  const rest = raw.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return null;
  const yaml = rest.slice(0, close.index);
  const end = open[0].length + close.index + close[0].length;
  const blanked = raw.slice(0, end).replace(/[^\n]/g, "");
  return { yaml, firstLine: 2, body: blanked + raw.slice(end) };
}
