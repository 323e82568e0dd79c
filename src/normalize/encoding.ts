import { GuideError } from "../core/errors.js";

/** Share of control or U+FFFD characters above which decoded text is taken for binary junk. */
const JUNK_SHARE = 0.05;
/** How many leading bytes the UTF-16 sniffer and the junk counter look at. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Decode a text file's bytes, detecting the encoding instead of assuming UTF-8: notices arrive as UTF-8
 * (with or without BOM), UTF-16 from Windows tools, and GBK/GB18030 (国标码) from older government sites.
 *
 * The BOM is stripped and CRLF/CR become LF, so the returned text is the "raw" text every span refers to:
 * line numbers count lines of this decoded text, which are the lines the user sees in an editor.
 *
 * @throws GuideError "empty-file" for 0 bytes or only whitespace/BOM; "binary-file" for NUL bytes outside
 *   UTF-16 or a high share of control/replacement characters; "bad-encoding" for UTF-8 and another
 *   encoding mixed in one file.
 */
export function decodeText(bytes: Uint8Array, path: string): { text: string; encoding: string } {
  if (bytes.length === 0) throw new GuideError("empty-file", path);
  const { text: decoded, encoding } = decodeBytes(bytes, path);
  const text = decoded.replace(/\r\n?/g, "\n");
  if (!/[^\s\uFEFF]/.test(text)) throw new GuideError("empty-file", path);
  if (looksBinary(text)) throw new GuideError("binary-file", path);
  return { text, encoding };
}

function decodeBytes(bytes: Uint8Array, path: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (bytes.indexOf(0) !== -1) throw new GuideError("binary-file", path);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const mixed = mixedUtf8Lines(bytes);
    if (mixed) throw new GuideError("bad-encoding", path, { detail: mixed });
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/**
 * A file that is not UTF-8 as a whole but holds whole lines of UTF-8 Chinese mixes encodings (a GBK page
 * pasted into a UTF-8 notice, fixtures/bad/mixed-encoding.txt): decoding it all as GB18030 would silently
 * garble the UTF-8 part, so it is refused, naming a line of each kind. GB18030 text alone almost never
 * forms a valid UTF-8 line (at most 4 non-ASCII bytes over all the seeds re-encoded), hence the thresholds.
 */
function mixedUtf8Lines(bytes: Uint8Array): string | undefined {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let utf8Bytes = 0;
  let otherBytes = 0;
  let firstUtf8 = 0;
  let firstOther = 0;
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    line++;
    let high = 0;
    for (let i = start; i < end; i++) if (bytes[i] >= 0x80) high++;
    if (high > 0) {
      let valid = true;
      try {
        utf8.decode(bytes.subarray(start, end));
      } catch {
        valid = false;
      }
      if (valid) {
        utf8Bytes += high;
        firstUtf8 ||= line;
      } else {
        otherBytes += high;
        firstOther ||= line;
      }
    }
    start = end + 1;
  }
  if (utf8Bytes < 48 || utf8Bytes < (utf8Bytes + otherBytes) * 0.05) return undefined;
  return `mixed encodings: line ${firstUtf8} is UTF-8, line ${firstOther} is not`;
}

/**
 * UTF-16 without BOM: ASCII characters (newlines, digits, spaces) leave a NUL in every other byte, all on
 * the same parity, which random binary data does not.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2) return undefined;
  // Most files hold no NUL at all: one native search instead of a loop over 64 KB (issue 14).
  const nul = bytes.indexOf(0);
  if (nul === -1 || nul >= n) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.1 && even <= odd * 0.02) return "utf-16le";
  if (even >= pairs * 0.1 && odd <= even * 0.02) return "utf-16be";
  return undefined;
}

// Control characters but tab, LF, VT and form feed (ordinary in extracted text; form feeds mark PDF pages), DEL, U+FFFD.
const JUNK = /[\x00-\x08\x0d-\x1f\x7f\ufffd]/g;

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  const junk = (n < text.length ? text.slice(0, n) : text).match(JUNK)?.length ?? 0;
  return junk > n * JUNK_SHARE;
}
