import type { MappedText } from "../core/mapped-text.js";
import { replaceMapped } from "./builder.js";

// Kangxi radicals, CJK Radicals Supplement, CJK Compatibility Ideographs (and its supplement).
const LOOKALIKE = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]|[\u{2f800}-\u{2fa1f}]/gu;

// Unicode gives the CJK Radicals Supplement no decompositions (NFKC leaves ⺠ alone); these are the forms
// that stand for a whole character, as PDF fonts emit them.
const SUPPLEMENT: Record<string, string> = {
  "⺁": "厂", "⺇": "几", "⺊": "卜", "⺌": "小", "⺎": "兀", "⺐": "尢", "⺒": "巳", "⺓": "幺", "⺖": "忄",
  "⺗": "心", "⺘": "扌", "⺙": "攵", "⺛": "旡", "⺜": "日", "⺝": "月", "⺞": "歺", "⺟": "母", "⺠": "民",
  "⺡": "氵", "⺢": "氺", "⺣": "灬", "⺤": "爫", "⺦": "丬", "⺧": "牛", "⺨": "犭", "⺩": "王", "⺪": "疋",
  "⺫": "罒", "⺬": "示", "⺭": "礻", "⺮": "竹", "⺯": "糹", "⺰": "纟", "⺱": "罓", "⺲": "罒", "⺳": "网",
  "⺶": "羊", "⺷": "羊", "⺹": "耂", "⺺": "聿", "⺻": "聿", "⺼": "肉", "⺽": "臼", "⺾": "艹", "⺿": "艹",
  "⻀": "艹", "⻁": "虎", "⻂": "衤", "⻃": "襾", "⻄": "西", "⻅": "见", "⻆": "角", "⻇": "角", "⻈": "讠",
  "⻉": "贝", "⻊": "足", "⻋": "车", "⻌": "辶", "⻍": "辶", "⻎": "辶", "⻏": "阝", "⻐": "钅", "⻑": "長",
  "⻒": "镸", "⻓": "长", "⻔": "门", "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风",
  "⻜": "飞", "⻝": "食", "⻞": "食", "⻟": "食", "⻠": "饣", "⻡": "首", "⻢": "马", "⻣": "骨", "⻤": "鬼",
  "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻫": "斉", "⻬": "齐", "⻭": "歯",
  "⻮": "齿", "⻯": "竜", "⻰": "龙", "⻱": "龜", "⻲": "亀", "⻳": "龟",
};

/**
 * Kangxi radicals (康熙部首), radical supplement forms and compatibility ideographs that PDF fonts emit
 * instead of ordinary characters (`⼀⼯⼈` for `一工人`, `⺠` for `民`) → the ordinary ideograph. NFKC is
 * applied to these characters only: on the whole text it would also turn `10⁶` into `106` and `①5项`
 * into `15项`.
 */
export function replaceKangxiRadicals(t: MappedText): MappedText {
  return replaceMapped(t, LOOKALIKE, (m) => SUPPLEMENT[m[0]] ?? m[0].normalize("NFKC"));
}
