import { DEFAULT_MAX_BYTES } from "../core/read-input.js";
import { formatDirectionTable, listDirections } from "../author/list.js";
import type { Mode } from "../model/guide.js";
import type { Lang } from "../i18n/index.js";
import { loadGuide } from "../batch/guide.js";

/** Options of `guide list` after commander. */
export interface ListOptions {
  keyword?: string;
  mode?: Mode | "none";
  capMin?: number;
  capMax?: number;
  format: "text" | "json";
}

/** What the authoring commands write to and resolve against. */
export interface AuthorIo {
  stdout: { write(chunk: string): unknown };
  cwd: string;
  lang: Lang;
}

/** `guide list GUIDE`: the directions as a table (or JSON rows); exit 0, also when the filters keep none. */
export async function runList(guidePath: string, opts: ListOptions, io: AuthorIo): Promise<number> {
  const guide = await loadGuide(guidePath, io.cwd, DEFAULT_MAX_BYTES);
  const rows = listDirections(guide, { keyword: opts.keyword, mode: opts.mode, capMinWan: opts.capMin, capMaxWan: opts.capMax });
  io.stdout.write(opts.format === "json" ? JSON.stringify(rows, null, 2) + "\n" : formatDirectionTable(rows, io.lang));
  return 0;
}
