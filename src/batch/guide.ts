import { extname } from "node:path";
import { GuideError } from "../core/errors.js";
import { GUIDE_EXTENSIONS, NOTICE_EXTENSIONS, readInput } from "../core/read-input.js";
import { fill, messagesFor, type Lang } from "../i18n/index.js";
import type { GuideDocument } from "../model/guide.js";

/**
 * The guide: a parsed guide (.yaml/.yml/.json) validated against schemas/guide.schema.json (a violation
 * is `invalid-guide` naming the ajv path of the first error), or a notice parsed on the fly. With `cacheDir`
 * (guide check) both go through the on-disk cache of cache.ts, keyed by content: a notice is
 * parsed, and a guide file read and validated, once per content, and later runs read the JSON entry (a
 * YAML guide costs far more to read than JSON). cacheDir null (--no-cache, and the default) reads every time.
 */
export async function loadGuide(path: string, cwd: string, maxBytes: number, cacheDir: string | null = null, directions?: string): Promise<GuideDocument> {
  if (!(GUIDE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase())) {
    const { loadGuideCached } = await import("./cache.js");
    return loadGuideCached(path, { cwd, cacheDir, maxBytes, extensions: [...GUIDE_EXTENSIONS, ...NOTICE_EXTENSIONS], directions });
  }
  const input = await readInput(path, { cwd, maxBytes, extensions: [...GUIDE_EXTENSIONS, ...NOTICE_EXTENSIONS] });
  const read = () => readGuideFile(input.bytes, path);
  if (cacheDir === null) return read();
  const { cachedGuide } = await import("./cache.js");
  return cachedGuide(input.bytes, extname(path), { cwd, cacheDir }, read);
}

/** A guide file's bytes, decoded, parsed and validated; `invalid-guide` when any step fails. */
async function readGuideFile(bytes: Uint8Array, path: string): Promise<GuideDocument> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new GuideError("invalid-guide", path, { detail: "not UTF-8" });
  }
  const { loadGuideText, validateGuideValue } = await import("../core/guide-file.js");
  const value = await loadGuideText(text, path);
  const issues = await validateGuideValue(value);
  if (issues.length > 0) {
    const more = issues.length > 1 ? ` (+${issues.length - 1})` : "";
    throw new GuideError("invalid-guide", path, { detail: `${issues[0].path || "(root)"}: ${issues[0].message}${more}` });
  }
  return value as GuideDocument;
}

/**
 * Whether the guide has the direction `id` as `guide check --direction` names it: the id as written or in
 * the model's form ("（一）" → "1"), as src/check/index.ts resolveDirection reads it.
 */
export async function hasDirection(guide: GuideDocument, id: string): Promise<boolean> {
  const { normalizeDirectionId } = await import("../structure/heading-numbering.js");
  const ids = new Set(guide.directions.map((d) => d.id));
  return ids.has(normalizeDirectionId(id)) || ids.has(id.trim());
}

/** The usage error of an id the guide does not have (show, template, check --direction), naming a few ids it has. */
export function unknownDirection(guidePath: string, guide: GuideDocument, id: string, lang: Lang): GuideError {
  const ids = guide.directions.map((d) => d.id);
  const some = ids.slice(0, 8).join(", ") + (ids.length > 8 ? ", …" : "");
  return new GuideError("usage", guidePath, { detail: fill(messagesFor(lang).cli.unknownDirection, { guide: guidePath, id, ids: some || "—" }) });
}
