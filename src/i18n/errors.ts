import { GuideError } from "../core/errors.js";
import { NOTICE_EXTENSIONS } from "../core/read-input.js";
import type { UnsupportedKind, UsageProblem } from "./en.js";
import { fill, messagesFor, type Lang } from "./index.js";

/** The one-line message of a GuideError in `lang`: names the file and says what to do. */
export function formatGuideError(err: GuideError, lang: Lang): string {
  const m = messagesFor(lang);
  const data: Record<string, string | number | undefined> = { ...err.data, path: err.path, code: err.code };
  if (err.code === "unsupported-type") {
    data.ext = err.data.ext ? String(err.data.ext) : m.cli.noExt;
    if (data.hint === undefined) {
      const named = String(err.data.kind ?? "other");
      const kind: UnsupportedKind = named in m.hints ? (named as UnsupportedKind) : "other";
      data.hint = fill(m.hints[kind], { allowed: String(err.data.allowed ?? NOTICE_EXTENSIONS.join(" ")) });
    }
  }
  if (err.code === "usage" && typeof err.data.problem === "string" && err.data.problem in m.usage) {
    const suggestion = err.data.suggestion ? fill(m.cli.didYouMean, { id: String(err.data.suggestion) }) : "";
    data.detail = fill(m.usage[err.data.problem as UsageProblem], { ...data, suggestion });
  }
  // A code added to GuideErrorCode after this build still gets a line that names the file.
  const template = (m.errors as Record<string, string | undefined>)[err.code] ?? m.cli.unknownError;
  // a detail that ends in a question (did you mean …?) takes no full stop after it
  return oneLine(fill(template, data)).replace(/([？?])[。.]/g, "$1");
}

/** The one-line message of an unexpected error, asking for a rerun with --debug. */
export function formatInternalError(err: unknown, lang: Lang): string {
  const detail = err instanceof Error ? `${err.name === "Error" ? "" : err.name + ": "}${err.message}` : String(err);
  return oneLine(fill(messagesFor(lang).cli.internal, { detail }));
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
