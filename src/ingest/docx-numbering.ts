import { child, childElements, type XmlElement } from "./xml.js";

/**
 * Word automatic numbering (numbering.xml): the visible numbers of numbered paragraphs are not in the
 * text runs, so they are rebuilt here from the level definitions (numFmt, lvlText, start, restarts) and
 * counters kept in document order, as Word does when it lays the document out.
 */

/** One level of a list definition (w:lvl). */
interface Level {
  start: number;
  numFmt: string;
  /** Custom format of numFmt="custom" (w:format, e.g. "001, 002, 003, ..."). */
  format?: string;
  lvlText: string | null;
  /** w:lvlRestart: restart after this 1-based level is used; 0 = never; absent = after any higher level. */
  restart?: number;
  isLgl: boolean;
  suff: "tab" | "space" | "nothing";
  pStyle?: string;
}

interface AbstractNum {
  levels: Level[];
  numStyleLink?: string;
  styleLink?: string;
}

interface NumInstance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** Paragraph style facts needed for numbering and superscripts (styles.xml). */
export interface StyleInfo {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
  superscript?: boolean;
}

const W = (el: XmlElement | undefined, attr = "w:val"): string | undefined => el?.attrs[attr];

function readLevel(lvl: XmlElement): Level {
  let fmtEl = child(lvl, "w:numFmt");
  if (!fmtEl) {
    // Newer formats (custom "001, 002, …") hide in mc:AlternateContent; its Choice carries them.
    const alt = child(lvl, "mc:AlternateContent");
    fmtEl = child(child(alt, "mc:Choice"), "w:numFmt") ?? child(child(alt, "mc:Fallback"), "w:numFmt");
  }
  const restart = W(child(lvl, "w:lvlRestart"));
  const suff = W(child(lvl, "w:suff"));
  const isLgl = child(lvl, "w:isLgl");
  return {
    start: Number(W(child(lvl, "w:start")) ?? 1) || 0,
    numFmt: W(fmtEl) ?? "decimal",
    format: W(fmtEl, "w:format"),
    lvlText: W(child(lvl, "w:lvlText")) ?? null,
    restart: restart === undefined ? undefined : Number(restart),
    isLgl: !!isLgl && W(isLgl) !== "0" && W(isLgl) !== "false",
    suff: suff === "space" || suff === "nothing" ? suff : "tab",
    pStyle: W(child(lvl, "w:pStyle")),
  };
}

/** Read styles.xml into paragraph/character style facts by style id. */
export function readStyles(styles: XmlElement | null): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  if (!styles) return out;
  for (const st of childElements(styles, "w:style")) {
    const id = st.attrs["w:styleId"];
    if (!id) continue;
    const numPr = child(child(st, "w:pPr"), "w:numPr");
    const ilvl = W(child(numPr, "w:ilvl"));
    const va = W(child(child(st, "w:rPr"), "w:vertAlign"));
    out.set(id, {
      numId: W(child(numPr, "w:numId")),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: W(child(st, "w:basedOn")),
      superscript: va === undefined ? undefined : va === "superscript",
    });
  }
  return out;
}

/** Follow basedOn links (bounded, styles may loop) and return the first defined value of `key`. */
export function styleValue<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K): StyleInfo[K] {
  for (let i = 0; id && i < 16; i++) {
    const s = styles.get(id);
    if (!s) return undefined;
    if (s[key] !== undefined) return s[key];
    id = s.basedOn;
  }
  return undefined;
}

/** Counters of the lists of one document; call `label` for each paragraph in document order. */
export class Numbering {
  private abstracts = new Map<string, AbstractNum>();
  private nums = new Map<string, NumInstance>();
  /** Current value per level, per list instance. */
  private counters = new Map<string, (number | undefined)[]>();

  constructor(
    numbering: XmlElement | null,
    private styles: Map<string, StyleInfo>,
  ) {
    if (!numbering) return;
    for (const a of childElements(numbering, "w:abstractNum")) {
      const levels: Level[] = [];
      for (const l of childElements(a, "w:lvl")) levels[Number(l.attrs["w:ilvl"] ?? 0)] = readLevel(l);
      this.abstracts.set(a.attrs["w:abstractNumId"], {
        levels,
        numStyleLink: W(child(a, "w:numStyleLink")),
        styleLink: W(child(a, "w:styleLink")),
      });
    }
    for (const n of childElements(numbering, "w:num")) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of childElements(n, "w:lvlOverride")) {
        const so = W(child(o, "w:startOverride"));
        const lvl = child(o, "w:lvl");
        overrides.set(Number(o.attrs["w:ilvl"] ?? 0), {
          start: so === undefined ? undefined : Number(so),
          level: lvl ? readLevel(lvl) : undefined,
        });
      }
      this.nums.set(n.attrs["w:numId"], { abstractId: W(child(n, "w:abstractNumId")) ?? "", overrides });
    }
  }

  /** The abstract list of a num, following numStyleLink → style → numId once or twice. */
  private abstractOf(numId: string): { id: string; def: AbstractNum } | undefined {
    let num = this.nums.get(numId);
    for (let hop = 0; num && hop < 4; hop++) {
      const def = this.abstracts.get(num.abstractId);
      if (!def) return undefined;
      if (def.numStyleLink && !def.levels.length) {
        const linked = styleValue(this.styles, def.numStyleLink, "numId");
        num = linked ? this.nums.get(linked) : undefined;
        continue;
      }
      return { id: num.abstractId, def };
    }
    return undefined;
  }

  private level(numId: string, ilvl: number): Level | undefined {
    const num = this.nums.get(numId);
    return num?.overrides.get(ilvl)?.level ?? this.abstractOf(numId)?.def.levels[ilvl];
  }

  /**
   * The visible number of a paragraph with direct numbering `numPr` (may be absent) and style `styleId`,
   * advancing the counters; null when the paragraph is not numbered or is a bullet.
   * `suffix` is what Word puts between number and text.
   */
  label(numPr: XmlElement | undefined, styleId: string | undefined): { text: string; suff: Level["suff"] } | null {
    let numId = W(child(numPr, "w:numId"));
    const ilvlRaw = W(child(numPr, "w:ilvl"));
    if (numId === undefined) numId = styleValue(this.styles, styleId, "numId");
    if (numId === undefined || numId === "0") return null;
    let ilvl = ilvlRaw !== undefined ? Number(ilvlRaw) : styleValue(this.styles, styleId, "ilvl");
    const abs = this.abstractOf(numId);
    if (!abs) return null;
    if (ilvl === undefined) {
      // A style linked to a level by w:pStyle in the level definition.
      const byStyle = styleId ? abs.def.levels.findIndex((l) => l?.pStyle === styleId) : -1;
      ilvl = byStyle >= 0 ? byStyle : 0;
    }
    if (!Number.isFinite(ilvl) || ilvl < 0 || ilvl > 8) return null;
    const lvl = this.level(numId, ilvl);
    if (!lvl) return null;

    const num = this.nums.get(numId)!;
    // Word keeps one set of counters per list instance: a w:num with overrides ("restart numbering")
    // is its own instance; plain w:num elements on one abstractNum continue the same list.
    const key = num.overrides.size ? `num:${numId}` : `abs:${abs.id}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    const startOf = (l: number): number => num.overrides.get(l)?.start ?? this.level(numId!, l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let j = ilvl + 1; j < 9; j++) {
      const lj = this.level(numId, j);
      const r = lj?.restart ?? j; // absent: restart after any higher level
      if (r !== 0 && ilvl < r) counts[j] = undefined;
    }
    if (lvl.numFmt === "bullet" || lvl.lvlText === null) return null;
    const text = lvl.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counts![l] ?? startOf(l);
      const fmtLevel = this.level(numId!, l);
      if (!fmtLevel) return "";
      return formatNumber(value, lvl.isLgl ? "decimal" : fmtLevel.numFmt, fmtLevel.format);
    });
    return { text, suff: lvl.suff };
  }
}

const CN_DIGITS = "零一二三四五六七八九";
const CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";

function chinese(n: number, digits: string, ten: string, hundred: string, thousand: string): string {
  if (n <= 0 || n >= 10000) return String(n);
  const th = Math.floor(n / 1000);
  const h = Math.floor((n % 1000) / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = "";
  if (th) s += digits[th] + thousand;
  if (h) s += digits[h] + hundred;
  else if (th && (t || u)) s += digits[0];
  if (t) s += (t === 1 && !th && !h ? "" : digits[t]) + ten;
  else if ((th || h) && u) s += s.endsWith(digits[0]) ? "" : digits[0];
  if (u) s += digits[u];
  return s;
}

function letters(n: number, base: string): string {
  if (n <= 0) return String(n);
  // Word repeats the letter: a, …, z, aa, bb, …
  const ch = base[(n - 1) % 26];
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let s = "";
  for (const [v, r] of table) while (n >= v) (s += r), (n -= v);
  return s;
}

function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}

/** Render a counter value in a Word number format (ST_NumberFormat). */
export function formatNumber(n: number, numFmt: string, custom?: string): string {
  switch (numFmt) {
    case "decimal":
    case "decimalHalfWidth":
      return String(n);
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "ideographDigital":
      return numFmt === "ideographDigital"
        ? String(n).replace(/[0-9]/g, (d) => "〇一二三四五六七八九"[Number(d)])
        : chinese(n, CN_DIGITS, "十", "百", "千");
    case "chineseLegalSimplified":
    case "japaneseLegal":
    case "taiwaneseDigital":
      return chinese(n, CN_LEGAL, "拾", "佰", "仟");
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? "甲乙丙丁戊己庚辛壬癸"[n - 1] : String(n);
    case "ideographZodiac":
      return n >= 1 && n <= 12 ? "子丑寅卯辰巳午未申酉戌亥"[n - 1] : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return numFmt === "ideographEnclosedCircle" && n >= 1 && n <= 10
        ? String.fromCodePoint(0x3280 + n - 1)
        : enclosedCircle(n);
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "none":
      return "";
    case "custom": {
      // "001, 002, 003, ..." → zero-padded to the width of the first sample.
      const first = custom?.split(",")[0]?.trim() ?? "";
      if (/^0+1$/.test(first)) return String(n).padStart(first.length, "0");
      return String(n);
    }
    default:
      return String(n);
  }
}
