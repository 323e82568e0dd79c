import { decodeText } from "../normalize/encoding.js";
import type { IngestedText } from "./types.js";

/**
 * Read a plain-text or Markdown notice: encoding detected (UTF-8, UTF-16, GB18030), BOM stripped, line ends
 * unified. The text is otherwise untouched; normalize does the rest.
 */
export function ingestTxt(bytes: Uint8Array, path: string, format: "txt" | "md"): IngestedText {
  const { text, encoding } = decodeText(bytes, path);
  return { format, text, encoding };
}
