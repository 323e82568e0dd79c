import { GuideError } from "../core/errors.js";
import { DEFAULT_MAX_BYTES } from "../core/read-input.js";
import { formatDirectionDetail, showDirection } from "../author/show.js";
import type { Lang } from "../i18n/index.js";
import type { GuideDocument } from "../model/guide.js";
import type { AuthorIo } from "./list.js";
import { loadGuide } from "../batch/guide.js";

/** The usage error of an id the guide does not have, naming the guide and a few ids it does have. */
export function unknownDirection(guidePath: string, guide: GuideDocument, id: string, lang: Lang): GuideError {
  const ids = guide.directions.map((d) => d.id);
  const some = ids.slice(0, 8).join(", ") + (ids.length > 8 ? ", …" : "");
  const detail =
    lang === "zh" ? `${guidePath} 中没有方向 ${id}（有：${some || "无"}；guide list 列出全部）` : `${guidePath} has no direction ${id} (it has: ${some || "none"}; guide list shows them all)`;
  return new GuideError("usage", guidePath, { detail });
}

/** `guide show GUIDE ID`: one direction in full; exit 2 when the guide has no such direction. */
export async function runShow(guidePath: string, id: string, opts: { format: "text" | "json" }, io: AuthorIo): Promise<number> {
  const guide = await loadGuide(guidePath, io.cwd, DEFAULT_MAX_BYTES);
  const detail = showDirection(guide, id);
  if (!detail) throw unknownDirection(guidePath, guide, id, io.lang);
  io.stdout.write(opts.format === "json" ? JSON.stringify(detail, null, 2) + "\n" : formatDirectionDetail(detail, io.lang));
  return 0;
}
