import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/ingest/docx.ts
import { extname } from "node:path";
import { GuideError as GuideError2 } from "./core-errors.js";

// src/ingest/xml.ts
var NAMED = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
  le: "\u2264",
  ge: "\u2265",
  ne: "\u2260",
  plusmn: "\xB1",
  times: "\xD7",
  divide: "\xF7",
  deg: "\xB0",
  micro: "\xB5",
  middot: "\xB7",
  nbsp: "\xA0",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  permil: "\u2030",
  sup2: "\xB2",
  sup3: "\xB3",
  frac12: "\xBD",
  asymp: "\u2248",
  sim: "\u223C",
  larr: "\u2190",
  rarr: "\u2192",
  laquo: "\xAB",
  raquo: "\xBB",
  ldquo: "\u201C",
  rdquo: "\u201D",
  lsquo: "\u2018",
  rsquo: "\u2019",
  alpha: "\u03B1",
  beta: "\u03B2",
  gamma: "\u03B3",
  delta: "\u03B4",
  mu: "\u03BC",
  Omega: "\u03A9"
};
function decodeEntities(s) {
  if (s.indexOf("&") === -1) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (m, ref) => {
    if (ref[0] === "#") {
      const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(cp) && cp >= 0 && cp <= 1114111 ? String.fromCodePoint(cp) : m;
    }
    return NAMED[ref] ?? m;
  });
}
var MAX_MARKUP_DEPTH = 1e3;
var ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
function parseXml(xml2) {
  const root = { name: "#document", attrs: {}, children: [] };
  const stack = [root];
  let i = 0;
  const n = xml2.length;
  while (i < n) {
    const lt = xml2.indexOf("<", i);
    const top = stack[stack.length - 1];
    if (lt === -1) {
      if (xml2.slice(i).trim()) top.children.push(decodeEntities(xml2.slice(i)));
      break;
    }
    if (lt > i) top.children.push(decodeEntities(xml2.slice(i, lt)));
    const c = xml2[lt + 1];
    if (c === "?") {
      const end = xml2.indexOf("?>", lt + 2);
      if (end === -1) throw new Error("unterminated processing instruction");
      i = end + 2;
    } else if (c === "!") {
      if (xml2.startsWith("<!--", lt)) {
        const end = xml2.indexOf("-->", lt + 4);
        if (end === -1) throw new Error("unterminated comment");
        i = end + 3;
      } else if (xml2.startsWith("<![CDATA[", lt)) {
        const end = xml2.indexOf("]]>", lt + 9);
        if (end === -1) throw new Error("unterminated CDATA");
        top.children.push(xml2.slice(lt + 9, end));
        i = end + 3;
      } else {
        let depth = 0;
        let j = lt + 2;
        for (; j < n; j++) {
          const ch = xml2[j];
          if (ch === "[") depth++;
          else if (ch === "]") depth--;
          else if (ch === ">" && depth <= 0) break;
        }
        i = j + 1;
      }
    } else if (c === "/") {
      const end = xml2.indexOf(">", lt + 2);
      if (end === -1) throw new Error("unterminated end tag");
      const name = xml2.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name || stack.length === 0) throw new Error(`mismatched end tag </${name}>`);
      i = end + 1;
    } else {
      let j = lt + 1;
      let quote = "";
      for (; j < n; j++) {
        const ch = xml2[j];
        if (quote) {
          if (ch === quote) quote = "";
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === ">") break;
      }
      if (j >= n) throw new Error("unterminated start tag");
      const selfClosing = xml2[j - 1] === "/";
      const body = xml2.slice(lt + 1, selfClosing ? j - 1 : j);
      const ws = body.search(/[\s]/);
      const name = ws === -1 ? body : body.slice(0, ws);
      const attrs = {};
      if (ws !== -1) {
        ATTR.lastIndex = 0;
        for (let m = ATTR.exec(body); m; m = ATTR.exec(body)) attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? "");
      }
      const el = { name, attrs, children: [] };
      top.children.push(el);
      if (!selfClosing) {
        if (stack.length > MAX_MARKUP_DEPTH) throw new Error(`elements nested more than ${MAX_MARKUP_DEPTH} deep`);
        stack.push(el);
      }
      i = j + 1;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed element <${stack[stack.length - 1].name}>`);
  const first = root.children.find((ch) => typeof ch !== "string");
  if (!first) throw new Error("no root element");
  return first;
}
function childElements(el, name) {
  const out = [];
  for (const ch of el.children) if (typeof ch !== "string" && (name === void 0 || ch.name === name)) out.push(ch);
  return out;
}
function child(el, name) {
  if (!el) return void 0;
  for (const ch of el.children) if (typeof ch !== "string" && ch.name === name) return ch;
  return void 0;
}

// src/ingest/docx-numbering.ts
var W = (el, attr = "w:val") => el?.attrs[attr];
function readLevel(lvl) {
  let fmtEl = child(lvl, "w:numFmt");
  if (!fmtEl) {
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
    restart: restart === void 0 ? void 0 : Number(restart),
    isLgl: !!isLgl && W(isLgl) !== "0" && W(isLgl) !== "false",
    suff: suff === "space" || suff === "nothing" ? suff : "tab",
    pStyle: W(child(lvl, "w:pStyle"))
  };
}
function readStyles(styles) {
  const out = /* @__PURE__ */ new Map();
  if (!styles) return out;
  for (const st of childElements(styles, "w:style")) {
    const id = st.attrs["w:styleId"];
    if (!id) continue;
    const numPr = child(child(st, "w:pPr"), "w:numPr");
    const ilvl = W(child(numPr, "w:ilvl"));
    const va = W(child(child(st, "w:rPr"), "w:vertAlign"));
    out.set(id, {
      numId: W(child(numPr, "w:numId")),
      ilvl: ilvl === void 0 ? void 0 : Number(ilvl),
      basedOn: W(child(st, "w:basedOn")),
      superscript: va === void 0 ? void 0 : va === "superscript"
    });
  }
  return out;
}
function styleValue(styles, id, key) {
  for (let i = 0; id && i < 16; i++) {
    const s = styles.get(id);
    if (!s) return void 0;
    if (s[key] !== void 0) return s[key];
    id = s.basedOn;
  }
  return void 0;
}
var Numbering = class {
  constructor(numbering, styles) {
    this.styles = styles;
    if (!numbering) return;
    for (const a of childElements(numbering, "w:abstractNum")) {
      const levels = [];
      for (const l of childElements(a, "w:lvl")) levels[Number(l.attrs["w:ilvl"] ?? 0)] = readLevel(l);
      this.abstracts.set(a.attrs["w:abstractNumId"], {
        levels,
        numStyleLink: W(child(a, "w:numStyleLink")),
        styleLink: W(child(a, "w:styleLink"))
      });
    }
    for (const n of childElements(numbering, "w:num")) {
      const overrides = /* @__PURE__ */ new Map();
      for (const o of childElements(n, "w:lvlOverride")) {
        const so = W(child(o, "w:startOverride"));
        const lvl = child(o, "w:lvl");
        overrides.set(Number(o.attrs["w:ilvl"] ?? 0), {
          start: so === void 0 ? void 0 : Number(so),
          level: lvl ? readLevel(lvl) : void 0
        });
      }
      this.nums.set(n.attrs["w:numId"], { abstractId: W(child(n, "w:abstractNumId")) ?? "", overrides });
    }
  }
  styles;
  abstracts = /* @__PURE__ */ new Map();
  nums = /* @__PURE__ */ new Map();
  /** Current value per level, per list instance. */
  counters = /* @__PURE__ */ new Map();
  /** The abstract list of a num, following numStyleLink → style → numId once or twice. */
  abstractOf(numId) {
    let num = this.nums.get(numId);
    for (let hop = 0; num && hop < 4; hop++) {
      const def = this.abstracts.get(num.abstractId);
      if (!def) return void 0;
      if (def.numStyleLink && !def.levels.length) {
        const linked = styleValue(this.styles, def.numStyleLink, "numId");
        num = linked ? this.nums.get(linked) : void 0;
        continue;
      }
      return { id: num.abstractId, def };
    }
    return void 0;
  }
  level(numId, ilvl) {
    const num = this.nums.get(numId);
    return num?.overrides.get(ilvl)?.level ?? this.abstractOf(numId)?.def.levels[ilvl];
  }
  /**
   * The visible number of a paragraph with direct numbering `numPr` (may be absent) and style `styleId`,
   * advancing the counters; null when the paragraph is not numbered or is a bullet.
   * `suffix` is what Word puts between number and text.
   */
  label(numPr, styleId) {
    let numId = W(child(numPr, "w:numId"));
    const ilvlRaw = W(child(numPr, "w:ilvl"));
    if (numId === void 0) numId = styleValue(this.styles, styleId, "numId");
    if (numId === void 0 || numId === "0") return null;
    let ilvl = ilvlRaw !== void 0 ? Number(ilvlRaw) : styleValue(this.styles, styleId, "ilvl");
    const abs = this.abstractOf(numId);
    if (!abs) return null;
    if (ilvl === void 0) {
      const byStyle = styleId ? abs.def.levels.findIndex((l) => l?.pStyle === styleId) : -1;
      ilvl = byStyle >= 0 ? byStyle : 0;
    }
    if (!Number.isFinite(ilvl) || ilvl < 0 || ilvl > 8) return null;
    const lvl = this.level(numId, ilvl);
    if (!lvl) return null;
    const num = this.nums.get(numId);
    const key = num.overrides.size ? `num:${numId}` : `abs:${abs.id}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, counts = []);
    const startOf = (l) => num.overrides.get(l)?.start ?? this.level(numId, l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === void 0 ? startOf(ilvl) : counts[ilvl] + 1;
    for (let j = ilvl + 1; j < 9; j++) {
      const lj = this.level(numId, j);
      const r = lj?.restart ?? j;
      if (r !== 0 && ilvl < r) counts[j] = void 0;
    }
    if (lvl.numFmt === "bullet" || lvl.lvlText === null) return null;
    const text = lvl.lvlText.replace(/%([1-9])/g, (_, d) => {
      const l = Number(d) - 1;
      const value = counts[l] ?? startOf(l);
      const fmtLevel = this.level(numId, l);
      if (!fmtLevel) return "";
      return formatNumber(value, lvl.isLgl ? "decimal" : fmtLevel.numFmt, fmtLevel.format);
    });
    return { text, suff: lvl.suff };
  }
};
var CN_DIGITS = "\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D";
var CN_LEGAL = "\u96F6\u58F9\u8D30\u53C1\u8086\u4F0D\u9646\u67D2\u634C\u7396";
function chinese(n, digits, ten, hundred, thousand) {
  if (n <= 0 || n >= 1e4) return String(n);
  const th = Math.floor(n / 1e3);
  const h = Math.floor(n % 1e3 / 100);
  const t = Math.floor(n % 100 / 10);
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
function letters(n, base) {
  if (n <= 0) return String(n);
  const ch = base[(n - 1) % 26];
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}
function roman(n) {
  if (n <= 0 || n >= 4e3) return String(n);
  const table = [
    [1e3, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"]
  ];
  let s = "";
  for (const [v, r] of table) while (n >= v) s += r, n -= v;
  return s;
}
function enclosedCircle(n) {
  if (n >= 1 && n <= 20) return String.fromCodePoint(9312 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(12881 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(12977 + n - 36);
  return `(${n})`;
}
function formatNumber(n, numFmt, custom) {
  switch (numFmt) {
    case "decimal":
    case "decimalHalfWidth":
      return String(n);
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 65248));
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "ideographDigital":
      return numFmt === "ideographDigital" ? String(n).replace(/[0-9]/g, (d) => "\u3007\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D"[Number(d)]) : chinese(n, CN_DIGITS, "\u5341", "\u767E", "\u5343");
    case "chineseLegalSimplified":
    case "japaneseLegal":
    case "taiwaneseDigital":
      return chinese(n, CN_LEGAL, "\u62FE", "\u4F70", "\u4EDF");
    case "ideographTraditional":
      return n >= 1 && n <= 10 ? "\u7532\u4E59\u4E19\u4E01\u620A\u5DF1\u5E9A\u8F9B\u58EC\u7678"[n - 1] : String(n);
    case "ideographZodiac":
      return n >= 1 && n <= 12 ? "\u5B50\u4E11\u5BC5\u536F\u8FB0\u5DF3\u5348\u672A\u7533\u9149\u620C\u4EA5"[n - 1] : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return numFmt === "ideographEnclosedCircle" && n >= 1 && n <= 10 ? String.fromCodePoint(12928 + n - 1) : enclosedCircle(n);
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCodePoint(9352 + n - 1) : `${n}.`;
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCodePoint(9332 + n - 1) : `(${n})`;
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
      const first = custom?.split(",")[0]?.trim() ?? "";
      if (/^0+1$/.test(first)) return String(n).padStart(first.length, "0");
      return String(n);
    }
    default:
      return String(n);
  }
}

// src/ingest/zip.ts
import { GuideError } from "./core-errors.js";
var DEFAULT_ZIP_LIMITS = { maxTotalBytes: 96 * 1024 * 1024, maxRatio: 100, ratioFloorBytes: 4 * 1024 * 1024 };
var CHUNK = 16 * 1024;
function openZip(bytes, path, limits = DEFAULT_ZIP_LIMITS) {
  const entries = readCentralDirectory(bytes, path);
  const byName = new Map(entries.map((e) => [e.name, e]));
  let total = 0;
  return {
    names: entries.map((e) => e.name),
    async read(name) {
      const e = byName.get(name);
      if (!e) return null;
      const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const lo = e.localOffset;
      if (lo + 30 > bytes.length || dv.getUint32(lo, true) !== 67324752) throw corrupt(path, `bad local header of ${name}`);
      const start = lo + 30 + dv.getUint16(lo + 26, true) + dv.getUint16(lo + 28, true);
      const end = start + e.compressedSize;
      if (end > bytes.length) throw corrupt(path, `truncated entry ${name}`);
      const data = bytes.subarray(start, end);
      if (e.flags & 1) throw corrupt(path, `encrypted entry ${name}`);
      if (e.method === 0) {
        total += data.length;
        if (total > limits.maxTotalBytes) throw new GuideError("zip-bomb", path, { limit: limits.maxTotalBytes });
        return data;
      }
      if (e.method !== 8) throw corrupt(path, `unsupported compression ${e.method} in ${name}`);
      const { Inflate } = await import("fflate");
      const parts = [];
      let size = 0;
      let bomb = false;
      const inflater = new Inflate((chunk) => {
        if (bomb) return;
        size += chunk.length;
        if (total + size > limits.maxTotalBytes || size > limits.ratioFloorBytes && size > limits.maxRatio * Math.max(1, data.length)) {
          bomb = true;
          parts.length = 0;
          return;
        }
        parts.push(chunk);
      });
      try {
        for (let off = 0; off < data.length && !bomb; off += CHUNK) {
          const last = off + CHUNK >= data.length;
          inflater.push(data.subarray(off, Math.min(off + CHUNK, data.length)), last);
        }
      } catch (err) {
        throw corrupt(path, `${name}: ${err.message}`);
      }
      if (bomb) throw new GuideError("zip-bomb", path, { limit: limits.maxTotalBytes });
      total += size;
      const out = new Uint8Array(size);
      let o = 0;
      for (const p of parts) {
        out.set(p, o);
        o += p.length;
      }
      return out;
    }
  };
}
function corrupt(path, detail) {
  return new GuideError("corrupt-file", path, { detail });
}
function readCentralDirectory(bytes, path) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || dv.getUint32(0, true) !== 67324752) throw corrupt(path, "not a zip archive");
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 101010256) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw corrupt(path, "no end of central directory (truncated?)");
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const entries = [];
  const decoder = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 33639248) throw corrupt(path, "bad central directory");
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const compressedSize = dv.getUint32(p + 20, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const localOffset = dv.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, method, compressedSize, localOffset, flags });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

// src/ingest/docx.ts
var WORD_DOCUMENT_STREAM = Buffer.from("WordDocument", "utf16le");
async function ingestDocx(bytes, path, options = {}) {
  if (bytes[0] === 208 && bytes[1] === 207 && bytes[2] === 17 && bytes[3] === 224) {
    if (Buffer.from(bytes).includes(WORD_DOCUMENT_STREAM))
      throw extname(path) ? new GuideError2("legacy-renamed", path, { ext: extname(path) }) : new GuideError2("unsupported-type", path, { ext: "", kind: "legacy-office" });
    throw new GuideError2("corrupt-file", path, { detail: "an OLE container, not a DOCX package (a password-protected DOCX?)" });
  }
  const zip = openZip(bytes, path, options.zipLimits);
  const mainPart = await mainDocumentPart(zip, path);
  const docXml = await zip.read(mainPart);
  if (!docXml) throw new GuideError2("corrupt-file", path, { detail: `no ${mainPart}` });
  const dir = mainPart.includes("/") ? mainPart.slice(0, mainPart.lastIndexOf("/") + 1) : "";
  const part = async (name) => {
    const b = await zip.read(dir + name);
    return b ? xml(b, path, dir + name) : null;
  };
  const document = xml(docXml, path, mainPart);
  const styles = readStyles(await part("styles.xml"));
  const numbering = new Numbering(await part("numbering.xml"), styles);
  const reader = new DocxReader(numbering, styles);
  const body = child(document, "w:body");
  if (!body) throw new GuideError2("corrupt-file", path, { detail: "no w:body" });
  reader.block(body);
  const notes = [];
  for (const [kind, file] of [["footnote", "footnotes.xml"], ["endnote", "endnotes.xml"]]) {
    const ids = kind === "footnote" ? reader.footnoteRefs : reader.endnoteRefs;
    if (!ids.length) continue;
    const root = await part(file);
    if (!root) continue;
    const byId = new Map(childElements(root, `w:${kind}`).map((n) => [n.attrs["w:id"], n]));
    for (const id of new Set(ids)) {
      const note = byId.get(id);
      if (!note) continue;
      const noteReader = new DocxReader(numbering, styles);
      noteReader.block(note);
      const text = noteReader.lines.join(" ").trim();
      if (text) notes.push(`\u6CE8${notes.length + 1}\uFF1A${text}`);
    }
  }
  const lines = [...reader.lines, ...notes];
  return { format: "docx", text: lines.join("\n") + "\n", wordPlaces: [...reader.places, ...notes.map(() => null)] };
}
async function mainDocumentPart(zip, path) {
  if (zip.names.includes("word/document.xml")) return "word/document.xml";
  const rels = await zip.read("_rels/.rels");
  if (rels) {
    const root = xml(rels, path, "_rels/.rels");
    for (const r of childElements(root, "Relationship"))
      if (/officeDocument$/.test(r.attrs.Type ?? "")) return (r.attrs.Target ?? "").replace(/^\//, "");
  }
  throw new GuideError2("corrupt-file", path, { detail: "no word/document.xml" });
}
function xml(bytes, path, name) {
  let text;
  if (bytes[0] === 255 && bytes[1] === 254) text = new TextDecoder("utf-16le").decode(bytes);
  else if (bytes[0] === 254 && bytes[1] === 255) text = new TextDecoder("utf-16be").decode(bytes);
  else text = new TextDecoder("utf-8").decode(bytes);
  try {
    return parseXml(text);
  } catch (err) {
    throw new GuideError2("corrupt-file", path, { detail: `${name}: ${err.message}` });
  }
}
var SYMBOL = {
  34: "\u2200",
  36: "\u2203",
  39: "\u220B",
  42: "\u2217",
  43: "+",
  45: "\u2212",
  60: "<",
  61: "=",
  62: ">",
  64: "\u2245",
  94: "\u22A5",
  96: "\u203E",
  126: "\u223C",
  162: "\u2032",
  163: "\u2264",
  165: "\u221E",
  167: "\u2663",
  176: "\xB0",
  177: "\xB1",
  178: "\u2033",
  179: "\u2265",
  180: "\xD7",
  181: "\u221D",
  182: "\u2202",
  183: "\u2022",
  184: "\xF7",
  185: "\u2260",
  186: "\u2261",
  187: "\u2248",
  188: "\u2026",
  174: "\u2192",
  172: "\u2190",
  173: "\u2191",
  175: "\u2193",
  171: "\u2194",
  197: "\u2295",
  198: "\u2205",
  199: "\u2229",
  200: "\u222A",
  206: "\u2208",
  207: "\u2209",
  208: "\u2220",
  209: "\u2207",
  214: "\u221A",
  215: "\u22C5",
  217: "\u2227",
  218: "\u2228",
  229: "\u2211",
  242: "\u222B"
};
var SYMBOL_GREEK_UPPER = "\u0391\u0392\u03A7\u0394\u0395\u03A6\u0393\u0397\u0399\u03D1\u039A\u039B\u039C\u039D\u039F\u03A0\u0398\u03A1\u03A3\u03A4\u03A5\u03C2\u03A9\u039E\u03A8\u0396";
var SYMBOL_GREEK_LOWER = "\u03B1\u03B2\u03C7\u03B4\u03B5\u03C6\u03B3\u03B7\u03B9\u03D5\u03BA\u03BB\u03BC\u03BD\u03BF\u03C0\u03B8\u03C1\u03C3\u03C4\u03C5\u03D6\u03C9\u03BE\u03C8\u03B6";
var WINGDINGS = { 168: "\u25A1", 111: "\u25A1", 254: "\u2611", 253: "\u2612", 252: "\u2713", 251: "\u2717", 108: "\u25CF", 159: "\u2022", 167: "\u25AA", 216: "\u27A2" };
function symbolChar(font, code) {
  if (!code) return "";
  let c = parseInt(code, 16);
  if (!Number.isFinite(c)) return "";
  const f = (font ?? "").toLowerCase();
  if (c >= 61440 && c <= 61695) c -= 61440;
  else if (!f.includes("symbol") && !f.includes("wingdings")) return String.fromCodePoint(c);
  if (f.includes("wingdings")) return WINGDINGS[c] ?? "";
  if (c >= 65 && c <= 90) return SYMBOL_GREEK_UPPER[c - 65];
  if (c >= 97 && c <= 122) return SYMBOL_GREEK_LOWER[c - 97];
  if (SYMBOL[c]) return SYMBOL[c];
  if (c >= 32 && c < 127) return String.fromCharCode(c);
  return "";
}
var RECURSE = /* @__PURE__ */ new Set([
  "w:hyperlink",
  "w:smartTag",
  "w:ins",
  "w:customXml",
  "w:fldSimple",
  "w:moveTo",
  "w:dir",
  "w:bdo",
  "w:sdtContent",
  "w:sdt"
]);
var SKIP = /* @__PURE__ */ new Set(["w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr", "w:proofErr", "w:bookmarkStart", "w:bookmarkEnd"]);
var DocxReader = class _DocxReader {
  constructor(numbering, styles, inCell = false) {
    this.numbering = numbering;
    this.styles = styles;
    this.inCell = inCell;
  }
  numbering;
  styles;
  inCell;
  lines = [];
  /** The Word place of each line (body readers only; cells and notes leave it to their owner). */
  places = [];
  paragraphs = 0;
  tables = 0;
  footnoteRefs = [];
  endnoteRefs = [];
  /** Text boxes met inside a paragraph, written after it. */
  pending = [];
  inSuper = false;
  /** A container of block content (body, cell, footnote, text box, content control). */
  block(el) {
    for (const ch of el.children) {
      if (typeof ch === "string") continue;
      if (ch.name === "w:p") {
        const line = this.paragraph(ch, this.inCell);
        if (line) this.push(line, { paragraph: ++this.paragraphs });
        for (const l of this.pending.splice(0)) this.push(l, line ? { paragraph: this.paragraphs } : null);
      } else if (ch.name === "w:tbl") this.table(ch);
      else if (ch.name === "w:sdt") this.block(child(ch, "w:sdtContent") ?? ch);
      else if (ch.name === "w:customXml" || ch.name === "w:sdtContent" || ch.name === "w:ins" || ch.name === "w:moveTo")
        this.block(ch);
    }
  }
  push(line, place) {
    this.lines.push(line);
    this.places.push(place);
  }
  /**
   * Table → one line per row, cells joined by " | "; vertically merged continuation cells omitted. A table of one
   * column frames text rather than tabulating it (a 红头 template whose whole body sits in one bordered cell, a
   * boxed note): its cells are read as the body is, paragraph by paragraph, nested tables as tables.
   */
  table(tbl) {
    const rows = childElements(tbl, "w:tr");
    if (rows.length && rows.every((tr) => cellsOf(tr).length === 1)) {
      for (const tr of rows) if (!child(child(tr, "w:trPr"), "w:del")) this.block(cellsOf(tr)[0]);
      return;
    }
    const table = ++this.tables;
    let row = 0;
    for (const tr of rows) {
      row++;
      if (child(child(tr, "w:trPr"), "w:del")) continue;
      const tcs = cellsOf(tr);
      const framing = tcs.filter(holdsTable);
      if (framing.length) {
        const line = tcs.filter((tc) => !framing.includes(tc)).map((tc) => this.cellText(tc)).filter((c) => c !== "").join(" | ");
        if (line) this.push(line, { table, row });
        for (const tc of framing) this.block(tc);
        continue;
      }
      const cells = [];
      for (const tc of tcs) {
        const vMerge = child(child(tc, "w:tcPr"), "w:vMerge");
        const text = this.cellText(tc);
        if (vMerge && (vMerge.attrs["w:val"] ?? "continue") === "continue") continue;
        cells.push(text);
      }
      while (cells.length && cells[cells.length - 1] === "") cells.pop();
      if (cells.some((c) => c !== "")) this.push(cells.join(" | "), { table, row });
    }
  }
  /** A cell's paragraphs as one line of text (no " | " of its own: that parts the cells). */
  cellText(tc) {
    const cell = new _DocxReader(this.numbering, this.styles, true);
    cell.block(tc);
    this.footnoteRefs.push(...cell.footnoteRefs);
    this.endnoteRefs.push(...cell.endnoteRefs);
    return cell.lines.join(" ").replace(/\s*\|\s*/g, " ").trim();
  }
  /** One paragraph's text, with its automatic number in front. */
  paragraph(p, inCell) {
    const pPr = child(p, "w:pPr");
    const styleId = child(pPr, "w:pStyle")?.attrs["w:val"];
    const label = this.numbering.label(child(pPr, "w:numPr"), styleId);
    this.inSuper = false;
    const text = this.inline(p, inCell).replace(/[ \t\u00a0\u3000]+$/g, "").replace(/^[ \t\u00a0]+/, "");
    if (!text.trim()) return "";
    if (!label || !label.text) return text;
    const sep = label.suff === "nothing" ? "" : /^[A-Za-z0-9]/.test(text) ? " " : "";
    return label.text + sep + text;
  }
  inline(el, inCell) {
    let s = "";
    for (const ch of el.children) {
      if (typeof ch === "string") continue;
      const name = ch.name;
      if (name === "w:r") s += this.run(ch, inCell);
      else if (RECURSE.has(name)) s += this.inline(name === "w:sdt" ? child(ch, "w:sdtContent") ?? ch : ch, inCell);
      else if (name === "m:oMath" || name === "m:oMathPara") s += math(ch);
      else if (SKIP.has(name)) continue;
    }
    return s;
  }
  run(r, inCell) {
    const rPr = child(r, "w:rPr");
    if (child(rPr, "w:vanish") && !child(rPr, "w:webHidden")) return "";
    const va = child(rPr, "w:vertAlign")?.attrs["w:val"];
    const rStyle = child(rPr, "w:rStyle")?.attrs["w:val"];
    const superscript = va !== void 0 ? va === "superscript" : !!styleValue(this.styles, rStyle, "superscript");
    let s = "";
    for (const ch of r.children) {
      if (typeof ch === "string") continue;
      switch (ch.name) {
        case "w:t":
          s += ch.children.filter((c) => typeof c === "string").join("");
          break;
        case "w:tab":
        case "w:ptab":
          s += " ";
          break;
        case "w:br":
        case "w:cr": {
          const type = ch.attrs["w:type"];
          if (type !== "page" && type !== "column") s += inCell ? " " : "\n";
          break;
        }
        case "w:noBreakHyphen":
          s += "-";
          break;
        case "w:sym":
          s += symbolChar(ch.attrs["w:font"], ch.attrs["w:char"]);
          break;
        case "w:footnoteReference":
          if (ch.attrs["w:id"]) this.footnoteRefs.push(ch.attrs["w:id"]);
          return "";
        case "w:endnoteReference":
          if (ch.attrs["w:id"]) this.endnoteRefs.push(ch.attrs["w:id"]);
          return "";
        case "w:drawing":
        case "w:pict":
        case "mc:AlternateContent":
          this.textBoxes(ch);
          break;
        default:
          break;
      }
    }
    if (!s) return "";
    if (superscript) {
      const out = (this.inSuper ? "" : "^") + s;
      this.inSuper = true;
      return out;
    }
    this.inSuper = false;
    return s;
  }
  /** Text boxes inside a drawing become lines after the paragraph (only mc:Choice, never its Fallback twin). */
  textBoxes(el) {
    for (const ch of el.children) {
      if (typeof ch === "string" || ch.name === "mc:Fallback") continue;
      if (ch.name === "w:txbxContent") {
        const box = new _DocxReader(this.numbering, this.styles);
        box.block(ch);
        this.pending.push(...box.lines);
      } else this.textBoxes(ch);
    }
  }
};
function holdsTable(tc) {
  return tc.children.some((ch) => typeof ch !== "string" && (ch.name === "w:tbl" || ch.name === "w:sdt" && holdsTable(child(ch, "w:sdtContent") ?? ch)));
}
function cellsOf(tr) {
  const out = [];
  for (const ch of childElements(tr)) {
    if (ch.name === "w:tc") out.push(ch);
    else if (ch.name === "w:sdt" || ch.name === "w:customXml") out.push(...cellsOf(child(ch, "w:sdtContent") ?? ch));
  }
  return out;
}
function math(el) {
  let s = "";
  for (const ch of el.children) {
    if (typeof ch === "string") continue;
    if (ch.name === "m:t") s += ch.children.filter((c) => typeof c === "string").join("");
    else if (ch.name === "m:sSup") s += math(child(ch, "m:e") ?? ch) + "^" + math(child(ch, "m:sup") ?? ch);
    else if (ch.name === "m:f") s += math(child(ch, "m:num") ?? ch) + "/" + math(child(ch, "m:den") ?? ch);
    else if (!ch.name.endsWith("Pr")) s += math(ch);
  }
  return s;
}
export {
  ingestDocx,
  symbolChar
};
