import { decodeText } from "../normalize/encoding.js";
import { readExplicit, type ExplicitFacts } from "./explicit.js";

/**
 * Read a sidecar NAME.proposal.yaml (any encoding the TXT reader knows). Its facts carry the sidecar's own
 * line numbers and source "sidecar". Never throws: undecodable bytes or bad YAML become an unknownKeys note.
 */
export function readSidecar(bytes: Uint8Array, path = "proposal.yaml"): ExplicitFacts {
  if (bytes.length === 0) return { budget: {}, unknownKeys: [], unfilled: [] };
  let text: string;
  try {
    text = decodeText(bytes, path).text;
  } catch {
    return { budget: {}, unknownKeys: [{ line: 1, source: "sidecar", value: "sidecar", text: "invalid sidecar: not readable as text" }], unfilled: [] };
  }
  return readExplicit(text.replace(/^\uFEFF/, ""), "sidecar", 1);
}
