// Text fidelity of guide's DOCX reader (src/ingest/docx.ts, run from dist/) against mammoth's
// extractRawText, the DOCX library the SPEC names, on real Word files. For each file:
//   chars      non-space characters of mammoth's text
//   ours⊇m     share of mammoth's characters (as a multiset) that our text has too; m⊇ours the other way
//   paras      share of mammoth's paragraphs found in our text; lines: share of our lines (table cells,
//              footnotes and numbers taken off) found in mammoth's
// then, from the package XML itself, the text of each structure and whether each reader kept it:
//   fields (a complex field's result, w:fldSimple), content controls (w:sdtContent), text boxes
//   (w:txbxContent), footnotes and endnotes, table cells (kept: every paragraph of it found), and numbered
//   paragraphs (w:numPr of a level with a number format, not a bullet): kept when a visible number
//   ("（一）", "1.") stands right before the text (mammoth's raw text writes none; a paragraph whose own
//   text happens to follow one counts for both).
// Texts are compared with white space, "|" and "^" taken out (our table cells are joined by " | ", and
// superscripts are written "^6").
//
//   npm run build && node scripts/docx-fidelity.mjs [FILE.docx|FOLDER …] [--json]
// With no argument: the Word files of ../shared/real-docs/ and ../shared/real-docs/word/.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import mammoth from "mammoth";

const ROOT = resolve(import.meta.dirname, "..");
const dist = (p) => import(join(ROOT, "dist", p));
const [{ ingestDocx, symbolChar }, { parseXml }, { openZip }] = await Promise.all([dist("ingest/docx.js"), dist("ingest/xml.js"), dist("ingest/zip.js")]);

const args = process.argv.slice(2);
const asJson = args.includes("--json");
const inputs = args.filter((a) => a !== "--json");
const REAL = join(ROOT, "../shared/real-docs");
if (!inputs.length && !existsSync(REAL)) {
  console.error(`${REAL} is missing: name the Word files or folders to compare`);
  process.exit(2);
}
const files = (inputs.length ? inputs : [REAL, join(REAL, "word")]).flatMap((p) =>
  statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith(".docx")).sort().map((f) => join(p, f)) : [p],
);

const norm = (s) => s.replace(/[\s\u00a0\u3000|^]+/g, "");
const chars = (s) => {
  const m = new Map();
  for (const c of norm(s)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
};
/** Share of a's characters (with multiplicity) that b has as well. */
function multisetRecall(a, b) {
  const ca = chars(a), cb = chars(b);
  let total = 0, kept = 0;
  for (const [c, n] of ca) {
    total += n;
    kept += Math.min(n, cb.get(c) ?? 0);
  }
  return total ? kept / total : 1;
}
const share = (items, has) => (items.length ? items.filter(has).length / items.length : null);
// The visible number of a list item: 一、 （一） 1. 1.1 （1） ① a) [1]
const NUMBER = String.raw`(?:\d+(?:\.\d+)+\.?|[（(]?[一二三四五六七八九十百\d]+[)）、.．]|[①-⑳]|[a-zA-Z][.)）]|[[【]\d+[\]】])`;
// What our reader writes before a line's own text: such a number, or the "注1：" of a footnote.
const LABEL = new RegExp(String.raw`^(?:注\d+：|${NUMBER})\s*`);

const child = (el, name) => el?.children.find((c) => c.name === name);

/** The number format of each list and level (numbering.xml): numId → ilvl → "decimal", "bullet", … */
function numberFormats(numbering) {
  const abstract = new Map();
  for (const a of numbering?.children ?? [])
    if (a.name === "w:abstractNum")
      abstract.set(a.attrs["w:abstractNumId"], new Map(a.children.filter((l) => l.name === "w:lvl").map((l) => [l.attrs["w:ilvl"], child(l, "w:numFmt")?.attrs["w:val"] ?? "decimal"])));
  const formats = new Map();
  for (const n of numbering?.children ?? []) {
    if (n.name !== "w:num") continue;
    const levels = new Map(abstract.get(child(n, "w:abstractNumId")?.attrs["w:val"]));
    // a level the list redefines (w:lvlOverride/w:lvl): a "decimal" list may show a bullet
    for (const o of n.children.filter((c) => c.name === "w:lvlOverride")) {
      const format = child(child(o, "w:lvl"), "w:numFmt")?.attrs["w:val"];
      if (format) levels.set(o.attrs["w:ilvl"], format);
    }
    formats.set(n.attrs["w:numId"], levels);
  }
  return formats;
}

/**
 * The structures of the package, from its XML: each as the texts of its paragraphs (a cell's paragraphs,
 * say, which our reader joins with the numbers of numbered ones between them), a field as its result.
 */
async function structures(bytes) {
  const zip = openZip(bytes, "x.docx");
  const part = async (name) => {
    const b = await zip.read(name);
    return b ? parseXml(new TextDecoder().decode(b)) : null;
  };
  const formats = numberFormats(await part("word/numbering.xml"));
  const out = { fields: [], contentControls: [], textBoxes: [], notes: [], tableCells: [], numbered: [] };
  const text = (el) => {
    if (typeof el === "string" || el.name === "w:del") return "";
    if (el.name === "w:t") return el.children.join("");
    if (el.name === "w:sym") return symbolChar(el.attrs["w:font"], el.attrs["w:char"]);
    return el.children.map(text).join("");
  };
  const paragraphs = (el) => (typeof el === "string" || el.name === "w:del" ? [] : el.name === "w:p" ? [text(el)] : el.children.flatMap(paragraphs));
  const open = [];
  const walk = (el) => {
    if (typeof el === "string") return;
    switch (el.name) {
      case "w:fldChar": {
        const type = el.attrs["w:fldCharType"];
        if (type === "begin") open.push({ result: false, text: "" });
        else if (type === "separate" && open.length) open[open.length - 1].result = true;
        else if (type === "end" && open.length) out.fields.push([open.pop().text]);
        return;
      }
      case "w:t":
        for (const f of open) if (f.result) f.text += el.children.join("");
        return;
      case "w:fldSimple":
        out.fields.push([text(el)]);
        break;
      case "w:sdtContent":
        out.contentControls.push(paragraphs(el).length ? paragraphs(el) : [text(el)]);
        break;
      case "w:txbxContent":
        out.textBoxes.push(paragraphs(el));
        break;
      case "w:tc":
        out.tableCells.push(paragraphs(el));
        break;
      case "w:p": {
        const numPr = child(child(el, "w:pPr"), "w:numPr");
        const format = formats.get(child(numPr, "w:numId")?.attrs["w:val"])?.get(child(numPr, "w:ilvl")?.attrs["w:val"] ?? "0");
        if (format && format !== "bullet" && format !== "none") out.numbered.push([text(el)]);
        break;
      }
      case "w:del":
      case "w:moveFrom":
        return;
    }
    for (const c of el.children) walk(c);
  };
  walk(await part("word/document.xml"));
  for (const [name, tag] of [["word/footnotes.xml", "w:footnote"], ["word/endnotes.xml", "w:endnote"]]) {
    const root = await part(name);
    for (const n of root?.children ?? []) if (n.name === tag && !n.attrs["w:type"]) out.notes.push(paragraphs(n));
  }
  // each structure once (a text box is there twice: mc:Choice and its mc:Fallback), and only those with text
  for (const k of Object.keys(out)) {
    const seen = new Map(out[k].map((ps) => ps.map(norm).filter(Boolean)).filter((ps) => ps.join("").length >= 2).map((ps) => [ps.join("\n"), ps]));
    out[k] = [...seen.values()];
  }
  return out;
}

const NUMBER_BEFORE = new RegExp(`${NUMBER}$`);
/** Whether a paragraph's text occurs in a (normalized) text right after a visible number. */
function numberedIn(textN, t) {
  for (let i = textN.indexOf(t); i >= 0; i = textN.indexOf(t, i + 1)) if (NUMBER_BEFORE.test(textN.slice(Math.max(0, i - 12), i))) return true;
  return false;
}

const rows = [];
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const ours = (await ingestDocx(bytes, file)).text;
  const theirs = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  const oursN = norm(ours), theirsN = norm(theirs);
  const theirParas = theirs.split("\n").map(norm).filter(Boolean);
  const ourPieces = ours.split("\n").flatMap((l) => l.split(" | ")).map((p) => norm(p.trim().replace(LABEL, ""))).filter(Boolean);
  const s = await structures(bytes);
  const kept = (items) => ({ n: items.length, ours: share(items, (ps) => ps.every((p) => oursN.includes(p))), mammoth: share(items, (ps) => ps.every((p) => theirsN.includes(p))) });
  rows.push({
    file: basename(file),
    chars: theirsN.length,
    oursHasMammoth: multisetRecall(theirs, ours),
    mammothHasOurs: multisetRecall(ours, theirs),
    paras: share(theirParas, (p) => oursN.includes(p)),
    lines: share(ourPieces, (p) => theirsN.includes(p)),
    fields: kept(s.fields),
    contentControls: kept(s.contentControls),
    textBoxes: kept(s.textBoxes),
    notes: kept(s.notes),
    tableCells: kept(s.tableCells),
    numbered: { n: s.numbered.length, ours: share(s.numbered, ([t]) => numberedIn(oursN, t)), mammoth: share(s.numbered, ([t]) => numberedIn(theirsN, t)) },
  });
}

const pct = (x) => (x === null ? "—" : `${(100 * x).toFixed(1)}%`);
const STRUCTS = ["fields", "contentControls", "textBoxes", "notes", "tableCells", "numbered"];
// Over all files: characters weighted by size; structures pooled (every instance counts once).
const total = rows.reduce((a, r) => a + r.chars, 0);
const weighted = (k) => rows.reduce((a, r) => a + r[k] * r.chars, 0) / total;
const pooled = (k, who) => {
  const n = rows.reduce((a, r) => a + r[k].n, 0);
  return { n, share: n ? rows.reduce((a, r) => a + (r[k][who] ?? 0) * r[k].n, 0) / n : null };
};
const overall = {
  files: rows.length,
  chars: total,
  oursHasMammoth: weighted("oursHasMammoth"),
  mammothHasOurs: weighted("mammothHasOurs"),
  paras: weighted("paras"),
  lines: weighted("lines"),
  ...Object.fromEntries(STRUCTS.map((k) => [k, { n: pooled(k, "ours").n, ours: pooled(k, "ours").share, mammoth: pooled(k, "mammoth").share }])),
};

if (asJson) console.log(JSON.stringify({ rows, overall }, null, 2));
else {
  const struct = (x) => (x.n ? `${x.n} ${pct(x.ours)}/${pct(x.mammoth)}` : "—");
  console.log(["file", "chars", "ours⊇m", "m⊇ours", "paras", "lines", ...STRUCTS.map((k) => `${k} ours/m`)].join("\t"));
  for (const r of [...rows, { file: "ALL", ...overall }])
    console.log([r.file, r.chars, pct(r.oursHasMammoth), pct(r.mammothHasOurs), pct(r.paras), pct(r.lines), ...STRUCTS.map((k) => struct(r[k]))].join("\t"));
}
