/** Codes of fatal input errors; each has a zh and en template in src/i18n. */
export type GuideErrorCode =
  | "file-not-found"
  | "file-unreadable"
  | "is-directory"
  | "unsupported-type"
  | "empty-file"
  | "binary-file"
  | "too-large"
  | "bad-encoding"
  | "invalid-guide"
  | "invalid-config"
  | "file-exists"
  | "output-is-input"
  | "output-unwritable"
  | "usage"
  | "encrypted-pdf"
  | "no-text-layer"
  | "corrupt-file"
  | "legacy-renamed"
  | "misnamed-file"
  | "zip-bomb"
  | "timeout"
  | "bad-directions-style";

/**
 * Bad input or bad configuration. The CLI prints it as one line in the user's language,
 * naming the file and what to do; the library never prints.
 */
export class GuideError extends Error {
  constructor(
    readonly code: GuideErrorCode,
    readonly path: string,
    readonly data: Record<string, string | number> = {},
  ) {
    super(`${code}: ${path}`);
    this.name = "GuideError";
  }
}
