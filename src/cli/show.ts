import { DEFAULT_MAX_BYTES } from "../core/read-input.js";
import { formatDirectionDetail, showDirection } from "../author/show.js";
import type { AuthorIo } from "./list.js";
import { loadGuide, unknownDirection } from "../batch/guide.js";

/** `guide show GUIDE ID`: one direction in full; exit 2 when the guide has no such direction. */
export async function runShow(guidePath: string, id: string, opts: { format: "text" | "json" }, io: AuthorIo): Promise<number> {
  const guide = await loadGuide(guidePath, io.cwd, DEFAULT_MAX_BYTES);
  const detail = showDirection(guide, id);
  if (!detail) throw unknownDirection(guidePath, guide, id, io.lang);
  io.stdout.write(opts.format === "json" ? JSON.stringify(detail, null, 2) + "\n" : formatDirectionDetail(detail, io.lang));
  return 0;
}
