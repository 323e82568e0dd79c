import type { MappedText } from "../core/mapped-text.js";
import { MappedTextBuilder } from "./builder.js";

/** Symbol commands → the character a reader sees. */
const SYMBOLS: Record<string, string> = {
  geq: "≥", geqslant: "≥", ge: "≥", leq: "≤", leqslant: "≤", le: "≤", gt: ">", lt: "<",
  neq: "≠", ne: "≠", approx: "≈", sim: "~", simeq: "≃", equiv: "≡", ll: "≪", gg: "≫", propto: "∝",
  times: "×", cdot: "·", div: "÷", pm: "±", mp: "∓", circ: "°", degree: "°", prime: "′",
  infty: "∞", varnothing: "∅", emptyset: "∅", partial: "∂", nabla: "∇",
  rightarrow: "→", to: "→", leftarrow: "←", Rightarrow: "⇒", leftrightarrow: "↔",
  ldots: "…", dots: "…", cdots: "⋯",
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", varepsilon: "ε", zeta: "ζ", eta: "η",
  theta: "θ", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", pi: "π", rho: "ρ", sigma: "σ",
  tau: "τ", phi: "φ", varphi: "φ", chi: "χ", psi: "ψ", omega: "ω",
  Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Pi: "Π", Sigma: "Σ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
  quad: "", qquad: "", left: "", right: "", displaystyle: "", limits: "",
};

/** Commands whose braced argument is copied as text (`\text{cm}` → `cm`). */
const TEXT_COMMANDS = new Set([
  "text", "textrm", "textit", "textbf", "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "operatorname", "rm",
]);

/** Escaped characters (`\%` → `%`); thin spaces and line breaks vanish. */
const ESCAPES: Record<string, string> = {
  "%": "%", "&": "&", "#": "#", _: "_", $: "$", "{": "{", "}": "}", ",": "", ";": "", ":": "", "!": "", " ": "",
  "\\": "",
};

// Pandoc's rule for inline math: no space just inside the dollars, and the closing one not before a digit,
// so "$100 and $200" is money, not math. Bare symbol commands also occur outside any `$` (seed 001).
// A hard line wrap may fall inside inline math ($\geq ⏎ 20\%$); a blank line may not.
const MATH_OR_COMMAND = /\$\$([^$\n]+?)\$\$|\$(?=[^\s$])((?:[^$\n]|\n(?![ \t]*\n))*?[^\s$\\])\$(?!\d)|\$([^\s$\\])\$(?!\d)|\\([A-Za-z]+)/g;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

interface Piece {
  s: string;
  at: number;
}

/**
 * LaTeX math left by PDF→Markdown converters → plain text with the symbols a notice means:
 * `$\geq 20\%$` → `≥20%`, `$>1000\text{cm}^2$` → `>1000cm^2`, `$50\pm10^{\circ}\text{C}$` → `50±10°C`.
 * Spaces in math mode are dropped (TeX ignores them too), spaces inside `\text{}` kept but trimmed, and the
 * space a converter puts between a math span and neighbouring CJK text is removed. Each output character
 * maps to the raw character it came from (digits to digits, `≥` to the backslash of `\geq`).
 */
export function convertLatex(t: MappedText): MappedText {
  const src = t.text;
  if (src.indexOf("$") === -1 && src.indexOf("\\") === -1) return t;
  const b = new MappedTextBuilder(t);
  let last = 0;
  let changed = false;
  MATH_OR_COMMAND.lastIndex = 0;
  for (let m = MATH_OR_COMMAND.exec(src); m; m = MATH_OR_COMMAND.exec(src)) {
    let start = m.index;
    let end = start + m[0].length;
    let pieces: Piece[];
    if (m[4] !== undefined) {
      if (!(m[4] in SYMBOLS) && !TEXT_COMMANDS.has(m[4])) continue;
      const r = new Renderer(src);
      const next = r.command(start, src.length, "math", (pieces = []));
      end = next;
    } else {
      // Math wrapped over a line holds formula characters only; a pair of $ around CJK text on two lines
      // ($左右\nb$) is two unrelated dollars, and the second may open the real formula.
      if (m[0].includes("\n") && CJK.test(m[0])) {
        MATH_OR_COMMAND.lastIndex = m.index + 1;
        continue;
      }
      const open = m[1] !== undefined ? 2 : 1;
      pieces = new Renderer(src).render(start + open, end - open, "math");
    }
    // The converter pads math with spaces; against CJK (or a line edge) they are noise.
    if (src[start - 1] === " " && (start < 2 || src[start - 2] === "\n" || CJK.test(src[start - 2]))) start--;
    while (src[end] === " " && (end + 1 >= src.length || src[end + 1] === "\n" || CJK.test(src[end + 1]))) end++;
    if (m[4] !== undefined) while (src[end] === " ") end++;
    start = Math.max(start, last);
    MATH_OR_COMMAND.lastIndex = end;
    b.copy(last, start);
    for (const p of pieces) b.emit(p.s, p.at);
    last = end;
    changed = true;
  }
  if (!changed) return t;
  b.copy(last, src.length);
  return b.build();
}

class Renderer {
  constructor(private readonly src: string) {}

  /** Render src[from, to) in math or text mode. */
  render(from: number, to: number, mode: "math" | "text"): Piece[] {
    const out: Piece[] = [];
    let i = from;
    while (i < to) {
      const c = this.src[i];
      if (c === "\\") i = this.command(i, to, mode, out);
      else if (c === "^" || c === "_") i = this.script(i, to, out);
      else if (c === "{" || c === "}") i++;
      else if (mode === "math" && (c === " " || c === "\t")) i++;
      else out.push({ s: c, at: i++ });
    }
    return mode === "text" ? trimSpaces(out) : out;
  }

  /** A command at src[i] (the backslash); returns the index after it and its argument. */
  command(i: number, to: number, mode: "math" | "text", out: Piece[]): number {
    const src = this.src;
    let j = i + 1;
    while (j < to && isLetter(src.charCodeAt(j))) j++;
    if (j === i + 1) {
      const ch = src[i + 1];
      if (ch === undefined || i + 1 >= to) return i + 1;
      out.push({ s: ch in ESCAPES ? ESCAPES[ch] : ch, at: i });
      return i + 2;
    }
    const name = src.slice(i + 1, j);
    if (TEXT_COMMANDS.has(name)) {
      const g = this.group(j, to);
      if (!g) return j;
      out.push(...this.render(g.from, g.to, "text"));
      return g.next;
    }
    if (name === "frac") {
      const num = this.group(j, to);
      const den = num && this.group(num.next, to);
      if (!num || !den) return j;
      out.push(...this.render(num.from, num.to, mode), { s: "/", at: i }, ...this.render(den.from, den.to, mode));
      return den.next;
    }
    out.push({ s: name in SYMBOLS ? SYMBOLS[name] : name, at: i });
    // TeX swallows the spaces after a control word.
    if (mode === "text") while (j < to && src[j] === " ") j++;
    return j;
  }

  /** `^x`, `^{…}`, `_x`, `_{…}` at src[i]. */
  private script(i: number, to: number, out: Piece[]): number {
    const g = this.group(i + 1, to);
    if (!g) return i + 1;
    const inner = this.render(g.from, g.to, "math");
    const s = inner.map((p) => p.s).join("");
    if (this.src[i] === "^") {
      // `^{\circ}` and `^\circ` are how converters spell the degree sign.
      if (s === "°") out.push({ s, at: inner[0].at });
      else if (s) out.push({ s: "^", at: i }, ...inner);
    } else if (/^[0-9+-]*$/.test(s)) out.push(...inner);
    else out.push({ s: "_", at: i }, ...inner);
    return g.next;
  }

  /** The argument at src[i]: a braced group, a command, or one character (leading spaces skipped). */
  private group(i: number, to: number): { from: number; to: number; next: number } | undefined {
    const src = this.src;
    while (i < to && src[i] === " ") i++;
    if (i >= to) return undefined;
    if (src[i] === "{") {
      let depth = 0;
      for (let j = i; j < to; j++) {
        if (src[j] === "\\") j++;
        else if (src[j] === "{") depth++;
        else if (src[j] === "}" && --depth === 0) return { from: i + 1, to: j, next: j + 1 };
      }
      return { from: i + 1, to, next: to };
    }
    if (src[i] === "\\") {
      let j = i + 1;
      while (j < to && isLetter(src.charCodeAt(j))) j++;
      if (j === i + 1) j = Math.min(i + 2, to);
      return { from: i, to: j, next: j };
    }
    return { from: i, to: i + 1, next: i + 1 };
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function trimSpaces(p: Piece[]): Piece[] {
  let a = 0;
  let z = p.length;
  while (a < z && p[a].s === " ") a++;
  while (z > a && p[z - 1].s === " ") z--;
  return a === 0 && z === p.length ? p : p.slice(a, z);
}
