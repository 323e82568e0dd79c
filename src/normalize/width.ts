import type { MappedText } from "../core/mapped-text.js";
import { replaceMapped, substituteChars } from "./builder.js";

const OPERATORS: Record<string, string> = {
  "＋": "+",
  "－": "-",
  "＝": "=",
  "＜": "<",
  "＞": ">",
  "％": "%",
  "．": ".",
  "／": "/",
  "～": "~",
  "＊": "*",
  "＆": "&",
  "＠": "@",
  "＃": "#",
  "\u3000": " ",
  "，": ",",
};

// (２，０００万元: between figures typed full width, a comma before three of them groups thousands; any other ，
// is the clause comma)
const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＋－＝＜＞％．／～＊＆＠＃\u3000]|(?<=[０-９])，(?=[０-９]{3}(?![０-９]))/g;

function toHalfWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  // ０-９, Ａ-Ｚ, ａ-ｚ: full-width forms sit exactly 0xFEE0 above ASCII.
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
    return String.fromCharCode(c - 0xfee0);
  return OPERATORS[ch] ?? ch;
}

/**
 * Full-width (全角) digits, Latin letters, arithmetic operators and the ideographic space → ASCII, so
 * `不低于８０％` reads as `不低于80%`. CJK punctuation （）：；，。、“” stays: structure detection relies
 * on `（一）`, and it carries no number.
 */
export function toHalfWidthForms(t: MappedText): MappedText {
  return substituteChars(t, FULL_WIDTH, toHalfWidth);
}

// 1️⃣ 2️⃣ … 🔟: keycap emoji, as social-media reposts number their lists
const KEYCAP = /([0-9])\uFE0F?\u20E3|\u{1F51F}/gu;

/** Keycap digits (1️⃣, 🔟) → the list number they stand for ("1.", "10."), so they number headings as 1. does. */
export function readKeycapNumbers(t: MappedText): MappedText {
  if (!t.text.includes("\u20E3") && !t.text.includes("\u{1F51F}")) return t;
  return replaceMapped(t, KEYCAP, (m) => `${m[1] ?? "10"}.`);
}
