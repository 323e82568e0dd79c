import type { MappedText } from "../core/mapped-text.js";

// Frequent characters that exist only in traditional script: one of them is enough to pay for opencc.
const TRADITIONAL_ONLY = /[們這國來時會學對發關經業實開說現過還點種動後體進與區東長問產為應頭處辦項術劃聯網際據計電車書從麼將當總報當條團標準創鏈]/;

type Convert = (s: string) => string;
let converter: Promise<Convert> | undefined;

function loadConverter(): Promise<Convert> {
  // opencc-js's t2cn bundle is ~100 KB; loaded only for traditional input to keep CLI start-up in budget.
  converter ??= import("opencc-js/t2cn").then((OpenCC) => OpenCC.Converter({ from: "hk", to: "cn" }));
  return converter;
}

/**
 * Traditional → simplified Chinese (繁体 → 简体), so 中關村 matches 中关村 in extraction. Converted character
 * by character, never by phrase, so the length and every offset stay the same and the pipeline can show
 * the traditional original at the same offsets. opencc-js is imported only when the text holds frequent
 * traditional-only characters.
 */
export async function simplify(t: MappedText): Promise<MappedText> {
  if (!TRADITIONAL_ONLY.test(t.text)) return t;
  const convert = await loadConverter();
  const cache = new Map<string, string>();
  return t.mapChars((ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x3400 || (c > 0x9fff && (c < 0xf900 || c > 0xfaff))) return undefined;
    let r = cache.get(ch);
    if (r === undefined) {
      r = convert(ch);
      cache.set(ch, r);
    }
    return r;
  });
}
