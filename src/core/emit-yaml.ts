/**
 * YAML text of plain data (what JSON.parse returns: objects, arrays, strings, finite numbers, booleans,
 * null), written without the `yaml` library: importing it and stringifying seed 001's guide cost ≈ 200 ms
 * of a 450 ms `guide parse` (issue 14). The layout is the `yaml` library's with `lineWidth: 0` (block
 * mappings and sequences, sequences indented under their key, `{}`/`[]` for empty ones, no folding), so
 * the output reads the same; reading YAML stays with the library (src/cli/validate.ts).
 *
 * A string is written plain only when every YAML reader takes it back as that string: under the 1.2 core
 * schema and under YAML 1.1 (where `yes`, `2024-07-03`, `0b1`, `1:20` and `<<` are not strings); otherwise
 * quoted — single quotes when it holds `"` but no `'` (as the library does), else double quotes with JSON
 * escapes, which double-quoted YAML reads alike (line breaks stay `\n` on one line). Object keys keep their
 * order, undefined members are left out as in JSON. test/props/emit-yaml.test.ts: yaml.parse(emitYaml(x))
 * deep-equals x.
 */
export function emitYaml(value: unknown): string {
  const out: string[] = [];
  if (isBlock(value)) writeBlock(value, "", "", out);
  else out.push(inline(value));
  return out.join("\n") + "\n";
}

type Block = readonly unknown[] | Record<string, unknown>;

/** A non-empty sequence or mapping, written in block style; empty ones are inline (`[]`, `{}`). */
function isBlock(v: unknown): v is Block {
  if (typeof v !== "object" || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  for (const k in v) if ((v as Record<string, unknown>)[k] !== undefined) return true;
  return false;
}

/**
 * Append the lines of `v` at `indent`; the first line starts with `lead` instead (a sequence item's
 * `- `, so that an item's first key or nested item shares the dash's line).
 */
function writeBlock(v: Block, indent: string, lead: string, out: string[]): void {
  let first = true;
  if (Array.isArray(v)) {
    for (const item of v) {
      const head = (first ? lead : indent) + "- ";
      first = false;
      if (isBlock(item)) writeBlock(item, indent + "  ", head, out);
      else out.push(head + inline(item));
    }
    return;
  }
  const map = v as Record<string, unknown>;
  for (const k in map) {
    const item = map[k];
    if (item === undefined) continue;
    const head = (first ? lead : indent) + key(k) + ":";
    first = false;
    if (!isBlock(item)) out.push(head + " " + inline(item));
    else {
      out.push(head);
      // a sequence under a key is indented by two, its items' mappings by two more (the library's indentSeq)
      writeBlock(item, indent + "  ", indent + "  ", out);
    }
  }
}

function inline(v: unknown): string {
  switch (typeof v) {
    case "string":
      return scalar(v);
    case "number":
      if (Number.isFinite(v)) return Object.is(v, -0) ? "-0" : String(v);
      return Number.isNaN(v) ? ".nan" : v > 0 ? ".inf" : "-.inf";
    case "boolean":
      return v ? "true" : "false";
    case "bigint":
      return String(v);
    case "undefined":
      return "null";
    case "object":
      if (v === null) return "null";
      return Array.isArray(v) ? "[]" : "{}";
    default:
      throw new TypeError(`emitYaml: cannot write a ${typeof v}`);
  }
}

function key(k: string): string {
  // An implicit key is at most 1024 characters (YAML 1.2, 7.4.2); the model's keys are field names.
  if (k.length > 1000) throw new RangeError("emitYaml: a mapping key longer than 1000 characters");
  return scalar(k);
}

// Characters a plain or single-quoted scalar cannot hold: line breaks and non-printables (YAML c-printable),
// plus U+0085/U+2028/U+2029 (line breaks in YAML 1.1) and U+FEFF; all are escaped in double quotes.
const NEEDS_ESCAPE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]/;
// The `yaml` library's test for a plain scalar (stringifyString.ts), less its line-break cases: an indicator
// first, a lone or space-followed `-`/`?`, `: ` or ` #` inside, a space, tab or `:` last; and a document
// marker or directive first (a key at column 0 would end or start a document).
const NOT_PLAIN = /^[\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|:[ \t]|[ \t]#|[\t :]$|^(?:---|\.\.\.)/;
// Plain scalars a YAML reader resolves to something else than a string: the tests of the `yaml` library's
// 1.2 core schema and of its YAML 1.1 schema (booleans y/yes/on…, `_` in numbers, binary, octal,
// sexagesimal, timestamps, the merge key), as one alternation. Most of the model's strings start with a
// Chinese character and fail the first-character test at once.
const NOT_STRING = new RegExp(
  [
    /^(?:~|[Nn]ull|NULL)?$/,
    /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    /^0o[0-7]+$/,
    /^[-+]?[0-9]+$/,
    /^0x[0-9a-fA-F]+$/,
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    /^[-+]?0b[0-1_]+$/,
    /^[-+]?0[0-7_]+$/,
    /^[-+]?[0-9][0-9_]*$/,
    /^[-+]?0x[0-9a-fA-F_]+$/,
    /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|T|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:[ \t]*(?:Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
    /^<<$/,
  ]
    .map((re) => re.source)
    .join("|"),
);
const MAY_NOT_BE_STRING = /^[-+.0-9~<eEnNtTfFyYoO]/;

function scalar(s: string): string {
  if (s !== "" && !NEEDS_ESCAPE.test(s) && !NOT_PLAIN.test(s) && !(MAY_NOT_BE_STRING.test(s) && NOT_STRING.test(s))) return s;
  if (s.includes('"') && !s.includes("'") && !NEEDS_ESCAPE.test(s)) return "'" + s + "'";
  return JSON.stringify(s).replace(/[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
