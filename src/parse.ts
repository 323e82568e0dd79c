import type { GuideDocument } from "./model/guide.js";

/** Options of parseGuide. */
export interface ParseOptions {
  /** Path of the file the bytes came from (decides the format, and is echoed in `source.path`). */
  path: string;
  /** Refuse inputs larger than this many bytes (default 20 MB). */
  maxBytes?: number;
}

/** Read a funding notice into the guide model. Throws GuideError on unreadable input. */
export async function parseGuide(bytes: Uint8Array, options: ParseOptions): Promise<GuideDocument> {
  throw new Error(`not implemented yet: ${options.path} (${bytes.length} bytes)`);
}
