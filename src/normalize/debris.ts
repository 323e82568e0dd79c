import type { MappedText } from "../core/mapped-text.js";
import { dropLines, replaceMapped } from "./builder.js";

// Tone-marked pinyin that a converter appended to characters it "annotated": 關(guān), 體(tǐ) (seed 004).
// A tone mark is required, so real parentheses after CJK text (`IPC(網絡攝像機)`, `(記者 于立霄)`) stay.
const PINYIN_DEBRIS =
  /(?<=[\u3400-\u9fff\uf900-\ufaff])\((?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,6}\)/g;

/** Debris lines longer than this are never removed: real notice sentences are long. */
const MAX_DEBRIS_LINE = 80;

/**
 * Web-page and document-site debris, each anchored to a whole (trimmed) line. Seeds 000 (原创力文档 page
 * chrome) and 004 (news portal footer) show the kinds; every pattern names something a notice never says
 * as a line of its own.
 */
const DEBRIS_LINES: RegExp[] = [
  /^[-•·]?\s*(举报|舉報|收藏|分享|分享到[:：]?.*|打印本页|打印本頁|关闭窗口|關閉窗口|【打印】\s*【关闭】|返回顶部|返回頂部)$/,
  /^[-•·]?\s*(文档评论|文檔評論|评论|評論)\s*[(（]\d+[)）]$/,
  /^[-•·]?\s*(原创力文档|原創力文檔|道客巴巴|豆丁网|百度文库|人人文库|金锄头文库|淘豆网)$/,
  /^-\s*\d+$/,
  /^-?\s*约\s*[\d.]+\s*(千字|万字|字|页|頁)$/,
  /^-?\s*約\s*[\d.]+\s*(千字|萬字|字|頁)$/,
  /^-?\s*\d{4}-\d{1,2}-\d{1,2}\s*(发布于|發布於|發佈於|上传于|上傳於)\s*\S{1,10}$/,
  /^(首页|首頁|当前位置|當前位置|您的位置|您现在的位置)[:：]?\s*\S*(\s*>\s*\S+)+.*$/,
  /^(首页|首頁)(\s+\S{1,6}){1,8}$/,
  /^(最近更新|热门推荐|熱門推薦|相关文档|相關文檔|相关阅读|相關閱讀|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|热门文章|熱門文章)$/,
  /^(上一篇|下一篇)[:：].*$/,
  /^[关關][于於](本站|我[们們])(\s+\S{2,8}){2,}$/,
  /^(Copyright|COPYRIGHT|版权所有|版權所有)\b.*$|^Copyright\s*©.*$|^©\s*\d{4}.*$/,
  /^.*(ICP[备備证證]|公网安备|公網安備).*\d+.*号?.*$/,
  /^[联聯][系繫]我[们們]\s*[:：].*$/,
  /^(扫一扫|掃一掃|扫描二维码|掃描二維碼).{0,20}$/,
  /^(字号|字號|字体|字體)[:：]?\s*[大中小](\s*[大中小]){2}$/,
  /^(浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數)[:：]\s*\d+$/,
];

// One alternation instead of a loop over the lexicon: a single regex run per short line.
const DEBRIS_LINE = new RegExp(DEBRIS_LINES.map((re) => `(?:${re.source})`).join("|"));

/** Whether a whole line is web-page or document-site debris (举报, 文档评论(0), ICP备…号 …). */
export function isDebrisLine(line: string): boolean {
  if (!line || line.length > MAX_DEBRIS_LINE * 2) return false;
  // Debris lines carry the same pinyin annotations as the text around them (`關(guān)於本站`, seed 004).
  const s = (line.includes("(") ? line.replace(PINYIN_DEBRIS, "") : line).trim();
  if (!s || s.length > MAX_DEBRIS_LINE) return false;
  return DEBRIS_LINE.test(s);
}

/**
 * Remove converter and web-page debris lines (whole line with its newline): the page chrome of document
 * sites (`举报`, `文档评论(0)`, `约 10页`) and portal footers (`Copyright © …`, `…ICP备…号`).
 */
export function removeDebrisLines(t: MappedText): MappedText {
  return dropLines(t, isDebrisLine);
}

/** Remove tone-marked pinyin a converter put in parentheses after a character: `中關(guān)村` → `中關村`. */
export function removePinyinDebris(t: MappedText): MappedText {
  return replaceMapped(t, PINYIN_DEBRIS, () => "");
}
