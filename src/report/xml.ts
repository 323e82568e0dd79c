/** XML 1.0 forbids these code points even when escaped: C0 controls other than tab, LF and CR, lone surrogates, U+FFFE/U+FFFF. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escape text for XML content and attribute values (textlint's junit formatter builds XML as strings
 * the same way): & < > " ' become entities, characters XML cannot carry at all are dropped.
 */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ENTITY[c]);
}

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escape text for an attribute value: also keeps line breaks and tabs, which parsers would turn into spaces. */
export function escapeXmlAttr(text: string): string {
  return escapeXml(text).replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}
