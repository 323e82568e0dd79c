/**
 * A small, non-validating XML reader for the parts of an Office package (document.xml, numbering.xml,
 * styles.xml, footnotes.xml). It knows elements, attributes, text, CDATA and the five named entities plus
 * numeric references; it ignores the prolog, comments, processing instructions and any DTD, so entity
 * expansion attacks ("billion laughs") have nothing to expand.
 */

/** An XML element: qualified name as written (`w:p`), attributes by qualified name, children in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** A child of an element: an element or a run of character data. */
export type XmlNode = XmlElement | string;

// the five of XML, and the HTML ones notices and drafts use in Markdown and pages (≥, ±, ×, –, no-break space)
const NAMED: Record<string, string> = {
  lt: "<", gt: ">", amp: "&", quot: '"', apos: "'",
  le: "≤", ge: "≥", ne: "≠", plusmn: "±", times: "×", divide: "÷", deg: "°", micro: "µ", middot: "·",
  nbsp: "\u00a0", ensp: " ", emsp: " ", thinsp: " ", ndash: "–", mdash: "—", hellip: "…", permil: "‰",
  sup2: "²", sup3: "³", frac12: "½", asymp: "≈", sim: "∼", larr: "←", rarr: "→", laquo: "«", raquo: "»",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", alpha: "α", beta: "β", gamma: "γ", delta: "δ", mu: "μ", Omega: "Ω",
};

/** Replace entity and character references (XML's, and HTML's common ones); unknown entities stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") === -1) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (m, ref: string) => {
    if (ref[0] === "#") {
      const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[ref] ?? m;
  });
}

/**
 * Deepest nesting of elements read from a DOCX part or an HTML page; real ones stay under 50. The readers
 * walk the tree recursively, and running out of stack can abort the whole process (a regular expression
 * compiled at the stack's edge), so a document nested deeper is refused as damaged.
 */
export const MAX_MARKUP_DEPTH = 1000;

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/**
 * Parse an XML document into its root element.
 * @throws Error when the markup is not well nested (the caller turns it into a corrupt-file GuideError).
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const top = stack[stack.length - 1];
    if (lt === -1) {
      if (xml.slice(i).trim()) top.children.push(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i) top.children.push(decodeEntities(xml.slice(i, lt)));
    const c = xml[lt + 1];
    if (c === "?") {
      const end = xml.indexOf("?>", lt + 2);
      if (end === -1) throw new Error("unterminated processing instruction");
      i = end + 2;
    } else if (c === "!") {
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end === -1) throw new Error("unterminated comment");
        i = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end === -1) throw new Error("unterminated CDATA");
        top.children.push(xml.slice(lt + 9, end));
        i = end + 3;
      } else {
        // <!DOCTYPE …> possibly with an internal subset: skipped, never expanded.
        let depth = 0;
        let j = lt + 2;
        for (; j < n; j++) {
          const ch = xml[j];
          if (ch === "[") depth++;
          else if (ch === "]") depth--;
          else if (ch === ">" && depth <= 0) break;
        }
        i = j + 1;
      }
    } else if (c === "/") {
      const end = xml.indexOf(">", lt + 2);
      if (end === -1) throw new Error("unterminated end tag");
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name || stack.length === 0) throw new Error(`mismatched end tag </${name}>`);
      i = end + 1;
    } else {
      // Attribute values may contain ">", so find the tag end outside quotes.
      let j = lt + 1;
      let quote = "";
      for (; j < n; j++) {
        const ch = xml[j];
        if (quote) {
          if (ch === quote) quote = "";
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === ">") break;
      }
      if (j >= n) throw new Error("unterminated start tag");
      const selfClosing = xml[j - 1] === "/";
      const body = xml.slice(lt + 1, selfClosing ? j - 1 : j);
      const ws = body.search(/[\s]/);
      const name = ws === -1 ? body : body.slice(0, ws);
      const attrs: Record<string, string> = {};
      if (ws !== -1) {
        ATTR.lastIndex = 0;
        for (let m = ATTR.exec(body); m; m = ATTR.exec(body)) attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? "");
      }
      const el: XmlElement = { name, attrs, children: [] };
      top.children.push(el);
      if (!selfClosing) {
        if (stack.length > MAX_MARKUP_DEPTH) throw new Error(`elements nested more than ${MAX_MARKUP_DEPTH} deep`);
        stack.push(el);
      }
      i = j + 1;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed element <${stack[stack.length - 1].name}>`);
  const first = root.children.find((ch): ch is XmlElement => typeof ch !== "string");
  if (!first) throw new Error("no root element");
  return first;
}

/** Child elements of `el`, optionally only those named `name`. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const ch of el.children) if (typeof ch !== "string" && (name === undefined || ch.name === name)) out.push(ch);
  return out;
}

/** The first child element named `name`. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const ch of el.children) if (typeof ch !== "string" && ch.name === name) return ch;
  return undefined;
}

/** All descendant elements named `name`, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const ch of el.children) {
    if (typeof ch === "string") continue;
    if (ch.name === name) out.push(ch);
    descendants(ch, name, out);
  }
  return out;
}

/** Concatenated character data under `el`. */
export function textOf(el: XmlElement): string {
  let s = "";
  for (const ch of el.children) s += typeof ch === "string" ? ch : textOf(ch);
  return s;
}
