import { en, type Messages } from "./en.js";
import { zh } from "./zh.js";

/** Languages of guide's messages. */
export type Lang = "zh" | "en";

/** The message set of a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === "en" ? en : zh;
}

/**
 * Fill `{{name}}` placeholders, the one syntax of every message (CLI texts here, rule messages in each
 * rule's meta, as ESLint's); unknown ones become empty and their empty brackets are dropped.
 */
export function fill(template: string, data: Record<string, string | number | undefined>): string {
  return template
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => (data[key] === undefined ? "" : String(data[key])))
    .replace(/（）|\s?\(\)/g, "");
}
