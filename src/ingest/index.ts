import { GuideError } from "../core/errors.js";
import { formatOfPath, LEGACY_OFFICE, type InputFormat } from "../core/read-input.js";
import { ingestTxt } from "./txt.js";
import type { IngestedText } from "./types.js";

export type { IngestedText } from "./types.js";

/** Options of ingest. */
export interface IngestOptions {
  /** Stop reading a PDF after this many milliseconds (GuideError "timeout"); default 60 s. */
  pdfTimeoutMs?: number;
  /** The format, where the path does not tell it (standard input); otherwise the path's extension decides. */
  format?: InputFormat;
}


/**
 * Turn a notice's bytes into plain text, choosing the adapter by the file's extension. The PDF, DOCX and
 * HTML adapters (and their libraries: pdf-parse, fflate, node-html-parser) are loaded with import() only
 * when such a file is read, so reading TXT stays within the start-up budget (HOUSE-STYLE 7.8 principle 5).
 *
 * @throws GuideError "unsupported-type" for .doc/.wps and unknown extensions, and the adapters' errors
 *   (corrupt-file, encrypted-pdf, no-text-layer, zip-bomb, timeout, empty-file, binary-file).
 */
export async function ingest(bytes: Uint8Array, path: string, options: IngestOptions = {}): Promise<IngestedText> {
  const format = options.format ?? formatOfPath(path);
  if (bytes.length === 0) throw new GuideError("empty-file", path);
  switch (format) {
    case "txt":
    case "md":
      return ingestTxt(bytes, path, format);
    case "pdf": {
      const { ingestPdf } = await import("./pdf.js");
      return ingestPdf(bytes, path, { timeoutMs: options.pdfTimeoutMs });
    }
    case "docx": {
      const { ingestDocx } = await import("./docx.js");
      return ingestDocx(bytes, path);
    }
    case "html": {
      const { ingestHtml } = await import("./html.js");
      return ingestHtml(bytes, path);
    }
  }
  const ext = /\.[A-Za-z0-9]+$/.exec(path)?.[0].toLowerCase() ?? "";
  throw new GuideError("unsupported-type", path, { ext, kind: LEGACY_OFFICE.has(ext) ? "legacy-office" : "other" });
}
