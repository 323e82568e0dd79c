import { extname } from "node:path";
import { GuideError } from "../core/errors.js";
import { Numbering, readStyles, styleValue, type StyleInfo } from "./docx-numbering.js";
import type { IngestedText, WordPlace } from "./types.js";
import { child, childElements, parseXml, type XmlElement } from "./xml.js";
import { openZip, type ZipLimits } from "./zip.js";

// The name of the main stream of a Word 97–2003 file, as its OLE directory writes it (UTF-16LE).
const WORD_DOCUMENT_STREAM = Buffer.from("WordDocument", "utf16le");

/** Options of ingestDocx. */
export interface DocxOptions {
  /** Bounded-inflation limits (zip bombs). */
  zipLimits?: ZipLimits;
}

/**
 * Read a Word document (DOCX) into one line per paragraph or table row.
 *
 * mammoth's text output drops Word automatic numbering (about half of real government DOCX number their
 * headings with it: ../shared/real-docs/cmde-*.docx) and footnotes, and its HTML loses the number format,
 * so the package XML is read directly: document.xml in order, numbering.xml for the visible numbers
 * (（一）, 1., （1）, ①), footnotes.xml appended at the end. Headers, footers and tracked deletions are
 * left out; superscripts are written `^6` so that `10^6` and `cm^-2` survive NFKC.
 *
 * @throws GuideError "corrupt-file" for a damaged package or XML, "zip-bomb" past the inflation limits.
 */
export async function ingestDocx(bytes: Uint8Array, path: string, options: DocxOptions = {}): Promise<IngestedText> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An OLE compound file: Word 97–2003 and old WPS files hold a stream named WordDocument; Word keeps a
    // password-protected DOCX in one too (EncryptedPackage), which is damaged for our purposes.
    if (Buffer.from(bytes).includes(WORD_DOCUMENT_STREAM))
      throw extname(path)
        ? new GuideError("legacy-renamed", path, { ext: extname(path) })
        : new GuideError("unsupported-type", path, { ext: "", kind: "legacy-office" });
    throw new GuideError("corrupt-file", path, { detail: "an OLE container, not a DOCX package (a password-protected DOCX?)" });
  }
  const zip = openZip(bytes, path, options.zipLimits);
  const mainPart = await mainDocumentPart(zip, path);
  const docXml = await zip.read(mainPart);
  if (!docXml) throw new GuideError("corrupt-file", path, { detail: `no ${mainPart}` });
  const dir = mainPart.includes("/") ? mainPart.slice(0, mainPart.lastIndexOf("/") + 1) : "";
  const part = async (name: string) => {
    const b = await zip.read(dir + name);
    return b ? xml(b, path, dir + name) : null;
  };
  const document = xml(docXml, path, mainPart);
  const styles = readStyles(await part("styles.xml"));
  const numbering = new Numbering(await part("numbering.xml"), styles);
  const reader = new DocxReader(numbering, styles);
  const body = child(document, "w:body");
  if (!body) throw new GuideError("corrupt-file", path, { detail: "no w:body" });
  reader.block(body);

  // Footnotes and endnotes, in the order they are referenced, after the body ("注1：…").
  const notes: string[] = [];
  for (const [kind, file] of [["footnote", "footnotes.xml"], ["endnote", "endnotes.xml"]] as const) {
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
      if (text) notes.push(`注${notes.length + 1}：${text}`);
    }
  }
  const lines = [...reader.lines, ...notes];
  return { format: "docx", text: lines.join("\n") + "\n", wordPlaces: [...reader.places, ...notes.map(() => null)] };
}

async function mainDocumentPart(zip: ReturnType<typeof openZip>, path: string): Promise<string> {
  if (zip.names.includes("word/document.xml")) return "word/document.xml";
  const rels = await zip.read("_rels/.rels");
  if (rels) {
    const root = xml(rels, path, "_rels/.rels");
    for (const r of childElements(root, "Relationship"))
      if (/officeDocument$/.test(r.attrs.Type ?? "")) return (r.attrs.Target ?? "").replace(/^\//, "");
  }
  throw new GuideError("corrupt-file", path, { detail: "no word/document.xml" });
}

function xml(bytes: Uint8Array, path: string, name: string): XmlElement {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes);
  else text = new TextDecoder("utf-8").decode(bytes);
  try {
    return parseXml(text);
  } catch (err) {
    throw new GuideError("corrupt-file", path, { detail: `${name}: ${(err as Error).message}` });
  }
}

// Symbol font (w:sym w:font="Symbol"): Adobe Symbol encoding of the characters government documents use.
const SYMBOL: Record<number, string> = {
  0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2a: "∗", 0x2b: "+", 0x2d: "−", 0x3c: "<", 0x3d: "=", 0x3e: ">",
  0x40: "≅", 0x5e: "⊥", 0x60: "‾", 0x7e: "∼", 0xa2: "′", 0xa3: "≤", 0xa5: "∞", 0xa7: "♣", 0xb0: "°",
  0xb1: "±", 0xb2: "″", 0xb3: "≥", 0xb4: "×", 0xb5: "∝", 0xb6: "∂", 0xb7: "•", 0xb8: "÷", 0xb9: "≠",
  0xba: "≡", 0xbb: "≈", 0xbc: "…", 0xae: "→", 0xac: "←", 0xad: "↑", 0xaf: "↓", 0xab: "↔", 0xc5: "⊕",
  0xc6: "∅", 0xc7: "∩", 0xc8: "∪", 0xce: "∈", 0xcf: "∉", 0xd0: "∠", 0xd1: "∇", 0xd6: "√", 0xd7: "⋅",
  0xd9: "∧", 0xda: "∨", 0xe5: "∑", 0xf2: "∫",
};
const SYMBOL_GREEK_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
const SYMBOL_GREEK_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
// Wingdings: only the marks that carry meaning in forms (check boxes, ticks).
const WINGDINGS: Record<number, string> = { 0xa8: "□", 0x6f: "□", 0xfe: "☑", 0xfd: "☒", 0xfc: "✓", 0xfb: "✗", 0x6c: "●", 0x9f: "•", 0xa7: "▪", 0xd8: "➢" };

/** The character a w:sym element stands for, or "" when unknown. */
export function symbolChar(font: string | undefined, code: string | undefined): string {
  if (!code) return "";
  let c = parseInt(code, 16);
  if (!Number.isFinite(c)) return "";
  const f = (font ?? "").toLowerCase();
  if (c >= 0xf000 && c <= 0xf0ff) c -= 0xf000;
  else if (!f.includes("symbol") && !f.includes("wingdings")) return String.fromCodePoint(c);
  if (f.includes("wingdings")) return WINGDINGS[c] ?? "";
  if (c >= 0x41 && c <= 0x5a) return SYMBOL_GREEK_UPPER[c - 0x41];
  if (c >= 0x61 && c <= 0x7a) return SYMBOL_GREEK_LOWER[c - 0x61];
  if (SYMBOL[c]) return SYMBOL[c];
  if (c >= 0x20 && c < 0x7f) return String.fromCharCode(c);
  return "";
}

const RECURSE = new Set([
  "w:hyperlink", "w:smartTag", "w:ins", "w:customXml", "w:fldSimple", "w:moveTo", "w:dir", "w:bdo",
  "w:sdtContent", "w:sdt",
]);
const SKIP = new Set(["w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr", "w:proofErr", "w:bookmarkStart", "w:bookmarkEnd"]);

/** Walks document.xml in order, numbering paragraphs as it goes. */
class DocxReader {
  readonly lines: string[] = [];
  /** The Word place of each line (body readers only; cells and notes leave it to their owner). */
  readonly places: (WordPlace | null)[] = [];
  private paragraphs = 0;
  private tables = 0;
  readonly footnoteRefs: string[] = [];
  readonly endnoteRefs: string[] = [];
  /** Text boxes met inside a paragraph, written after it. */
  private pending: string[] = [];
  private inSuper = false;

  constructor(
    private numbering: Numbering,
    private styles: Map<string, StyleInfo>,
    private inCell = false,
  ) {}

  /** A container of block content (body, cell, footnote, text box, content control). */
  block(el: XmlElement): void {
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

  private push(line: string, place: WordPlace | null): void {
    this.lines.push(line);
    this.places.push(place);
  }

  /**
   * Table → one line per row, cells joined by " | "; vertically merged continuation cells omitted. A table of one
   * column frames text rather than tabulating it (a 红头 template whose whole body sits in one bordered cell, a
   * boxed note): its cells are read as the body is, paragraph by paragraph, nested tables as tables.
   */
  private table(tbl: XmlElement): void {
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
      // A row whose cell holds a table lays text out rather than tabulating it (领域 | 方向, the right cell an inner
      // table of the area's directions): its other cells make a line, then each such cell is read as the body is,
      // its tables as tables.
      const tcs = cellsOf(tr);
      const framing = tcs.filter(holdsTable);
      if (framing.length) {
        const line = tcs
          .filter((tc) => !framing.includes(tc))
          .map((tc) => this.cellText(tc))
          .filter((c) => c !== "")
          .join(" | ");
        if (line) this.push(line, { table, row });
        for (const tc of framing) this.block(tc);
        continue;
      }
      const cells: string[] = [];
      for (const tc of tcs) {
        const vMerge = child(child(tc, "w:tcPr"), "w:vMerge");
        const text = this.cellText(tc);
        // The merged value is written once, on the row where the merge starts (../shared/samples truth).
        if (vMerge && (vMerge.attrs["w:val"] ?? "continue") === "continue") continue;
        cells.push(text);
      }
      while (cells.length && cells[cells.length - 1] === "") cells.pop();
      if (cells.some((c) => c !== "")) this.push(cells.join(" | "), { table, row });
    }
  }

  /** A cell's paragraphs as one line of text (no " | " of its own: that parts the cells). */
  private cellText(tc: XmlElement): string {
    const cell = new DocxReader(this.numbering, this.styles, true);
    cell.block(tc);
    this.footnoteRefs.push(...cell.footnoteRefs);
    this.endnoteRefs.push(...cell.endnoteRefs);
    return cell.lines.join(" ").replace(/\s*\|\s*/g, " ").trim();
  }

  /** One paragraph's text, with its automatic number in front. */
  private paragraph(p: XmlElement, inCell: boolean): string {
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

  private inline(el: XmlElement, inCell: boolean): string {
    let s = "";
    for (const ch of el.children) {
      if (typeof ch === "string") continue;
      const name = ch.name;
      if (name === "w:r") s += this.run(ch, inCell);
      else if (RECURSE.has(name)) s += this.inline(name === "w:sdt" ? (child(ch, "w:sdtContent") ?? ch) : ch, inCell);
      else if (name === "m:oMath" || name === "m:oMathPara") s += math(ch);
      else if (SKIP.has(name)) continue;
    }
    return s;
  }

  private run(r: XmlElement, inCell: boolean): string {
    const rPr = child(r, "w:rPr");
    if (child(rPr, "w:vanish") && !child(rPr, "w:webHidden")) return "";
    const va = child(rPr, "w:vertAlign")?.attrs["w:val"];
    const rStyle = child(rPr, "w:rStyle")?.attrs["w:val"];
    const superscript = va !== undefined ? va === "superscript" : !!styleValue(this.styles, rStyle, "superscript");
    let s = "";
    for (const ch of r.children) {
      if (typeof ch === "string") continue;
      switch (ch.name) {
        case "w:t":
          s += ch.children.filter((c): c is string => typeof c === "string").join("");
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
  private textBoxes(el: XmlElement): void {
    for (const ch of el.children) {
      if (typeof ch === "string" || ch.name === "mc:Fallback") continue;
      if (ch.name === "w:txbxContent") {
        const box = new DocxReader(this.numbering, this.styles);
        box.block(ch);
        this.pending.push(...box.lines);
      } else this.textBoxes(ch);
    }
  }
}

/** Does a cell hold a table (directly or inside a content control)? */
function holdsTable(tc: XmlElement): boolean {
  return tc.children.some((ch) => typeof ch !== "string" && (ch.name === "w:tbl" || (ch.name === "w:sdt" && holdsTable(child(ch, "w:sdtContent") ?? ch))));
}

/** Cells of a row, including those wrapped in content controls. */
function cellsOf(tr: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const ch of childElements(tr)) {
    if (ch.name === "w:tc") out.push(ch);
    else if (ch.name === "w:sdt" || ch.name === "w:customXml") out.push(...cellsOf(child(ch, "w:sdtContent") ?? ch));
  }
  return out;
}

/** Office Math as linear text: runs in order, superscripts as ^x, fractions as a/b. */
function math(el: XmlElement): string {
  let s = "";
  for (const ch of el.children) {
    if (typeof ch === "string") continue;
    if (ch.name === "m:t") s += ch.children.filter((c): c is string => typeof c === "string").join("");
    else if (ch.name === "m:sSup") s += math(child(ch, "m:e") ?? ch) + "^" + math(child(ch, "m:sup") ?? ch);
    else if (ch.name === "m:f") s += math(child(ch, "m:num") ?? ch) + "/" + math(child(ch, "m:den") ?? ch);
    else if (!ch.name.endsWith("Pr")) s += math(ch);
  }
  return s;
}
