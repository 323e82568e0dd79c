import { DEFAULT_MAX_BYTES } from "../core/read-input.js";
import { diffGuides, formatGuideDiff } from "../author/diff.js";
import type { AuthorIo } from "./list.js";
import { loadGuide } from "../batch/guide.js";

/** `guide diff OLD NEW`: the changes as text or JSON; exit 0 when there are none, 1 when there are (as diff(1)). */
export async function runDiff(oldPath: string, newPath: string, opts: { format: "text" | "json" }, io: AuthorIo): Promise<number> {
  const [before, after] = await Promise.all([loadGuide(oldPath, io.cwd, DEFAULT_MAX_BYTES), loadGuide(newPath, io.cwd, DEFAULT_MAX_BYTES)]);
  const diff = diffGuides(before, after);
  io.stdout.write(opts.format === "json" ? JSON.stringify(diff, null, 2) + "\n" : formatGuideDiff(diff, io.lang));
  return diff.changes.length === 0 ? 0 : 1;
}
