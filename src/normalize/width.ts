import type { MappedText } from "../core/mapped-text.js";
import { substituteChars } from "./builder.js";

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
};

const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ＋－＝＜＞％．／～＊＆＠＃\u3000]/g;

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
