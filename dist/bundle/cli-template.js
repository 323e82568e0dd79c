import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/core/read-input.ts
import { open, readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { GuideError } from "./core-errors.js";
var DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
var NOTICE_EXTENSIONS = [".txt", ".md", ".text", ".pdf", ".docx", ".html", ".htm"];
var GUIDE_EXTENSIONS = [".yaml", ".yml", ".json"];
var LEGACY_OFFICE = /* @__PURE__ */ new Set([".doc", ".wps", ".wpt", ".dot", ".et", ".xls", ".ppt", ".dps"]);
var IMAGES = /* @__PURE__ */ new Set([".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".svg"]);
async function readInput(path, options) {
  const absPath = resolve(options.cwd, path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extensions = options.extensions ?? NOTICE_EXTENSIONS;
  let size;
  try {
    const st = await stat(absPath);
    if (st.isDirectory()) throw new GuideError("is-directory", path);
    size = st.size;
  } catch (err) {
    throw toInputError(err, path);
  }
  const ext = extname(path).toLowerCase();
  if (!extensions.includes(ext)) {
    if (LEGACY_OFFICE.has(ext)) throwIfMisnamed(await readHead(absPath), path, ext);
    throw unsupported(path, ext, extensions);
  }
  if (size > maxBytes) throw new GuideError("too-large", path, { size, limit: maxBytes });
  let bytes;
  try {
    bytes = await readFile(absPath);
  } catch (err) {
    throw toInputError(err, path);
  }
  return { path, absPath, bytes: checkedBytes(bytes, path, maxBytes) };
}
function unsupported(path, ext, allowed) {
  const kind = LEGACY_OFFICE.has(ext) ? "legacy-office" : IMAGES.has(ext) ? "image" : "other";
  return new GuideError("unsupported-type", path, { ext, kind, allowed: allowed.join(" ") });
}
function throwIfMisnamed(head, path, ext) {
  const magic = Buffer.from(head.subarray(0, 5)).toString("latin1");
  if (magic.startsWith("PK")) throw new GuideError("misnamed-file", path, { ext, actual: "DOCX", fix: ".docx" });
  if (magic === "%PDF-") throw new GuideError("misnamed-file", path, { ext, actual: "PDF", fix: ".pdf" });
}
async function readHead(absPath) {
  const handle = await open(absPath, "r").catch(() => null);
  if (handle === null) return new Uint8Array(0);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function checkedBytes(bytes, path, maxBytes) {
  if (bytes.length > maxBytes) throw new GuideError("too-large", path, { size: bytes.length, limit: maxBytes });
  if (bytes.length === 0) throw new GuideError("empty-file", path);
  return bytes;
}
function toInputError(err, path) {
  if (err instanceof GuideError) return err;
  const code = err?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new GuideError("file-not-found", path);
  if (code === "EISDIR") return new GuideError("is-directory", path);
  return new GuideError("file-unreadable", path, { detail: code ?? String(err?.message ?? err) });
}

// src/model/published.ts
import { readFileSync } from "node:fs";
var DEFAULT_REPOSITORY = "https://github.com/guide-cli/guide";
function readPackage() {
  try {
    return JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  } catch {
    return {};
  }
}
function repositoryUrl(repository) {
  const raw = (typeof repository === "string" ? repository : repository?.url)?.trim();
  if (!raw) return null;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1].replace(/\.git$/, "")}`;
  const url = /^(?:git\+)?(?:(?:https?|ssh|git):\/\/)?(?:[^@/]+@)?([^/:]+)[/:]([^#?]+?)(?:\.git)?\/?(?:[#?].*)?$/.exec(raw);
  return url ? `https://${url[1]}/${url[2]}` : null;
}
function forgeHomepage(homepage) {
  const m = /^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\/([\w.-]+\/[\w.-]+)/.exec(homepage ?? "");
  return m ? `https://${m[1]}/${m[2]}` : null;
}
var PKG = readPackage();
var VERSION = PKG.version ?? "0.0.0";
var REPOSITORY = repositoryUrl(PKG.repository) ?? forgeHomepage(PKG.homepage) ?? DEFAULT_REPOSITORY;
function rawUrl(path) {
  const github = /^https:\/\/github\.com\/(.+)$/.exec(REPOSITORY);
  return github ? `https://raw.githubusercontent.com/${github[1]}/v${VERSION}/${path}` : `${REPOSITORY}/raw/v${VERSION}/${path}`;
}
function schemaId(name) {
  return rawUrl(`schemas/${name}.schema.json`);
}
function schemaModeline(name) {
  return `# yaml-language-server: $schema=${schemaId(name)}`;
}

// src/check/runner.ts
function effectiveConstraints(guide, direction) {
  const own = [...direction.constraints];
  const span = { startLine: direction.span.startLine, endLine: direction.span.endLine };
  if (direction.fundingCap)
    own.push({ kind: "funding_cap", value: direction.fundingCap.yuan, text: direction.fundingCap.text, span });
  if (direction.durationMaxYears !== null)
    own.push({ kind: "duration_max_years", value: direction.durationMaxYears, text: `${direction.durationMaxYears}\u5E74`, span });
  if (direction.matchingRatioMin !== null)
    own.push({ kind: "matching_ratio_min", value: direction.matchingRatioMin, text: `${direction.matchingRatioMin}:1`, span });
  const kinds = new Set(own.filter((c2) => c2.kind !== "other").map((c2) => c2.kind));
  const out = [...own];
  const seen = new Set(out.map((c2) => `${c2.kind}\0${String(c2.value)}`));
  for (const r of guide.rules) {
    if (kinds.has(r.kind)) continue;
    if (r.condition && !(r.condition.appliesTo ?? []).includes(direction.id)) continue;
    const key = `${r.kind}\0${String(r.value)}`;
    if (r.kind !== "other" && seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

// src/author/common.ts
function effective(guide, d, kind) {
  const c2 = effectiveConstraints(guide, d).find((x) => x.kind === kind);
  if (!c2 || typeof c2.value !== "number") return null;
  return { value: c2.value, source: guide.rules.includes(c2) ? "document" : "direction", span: c2.span };
}
function effectiveCap(guide, d) {
  const e = effective(guide, d, "funding_cap");
  if (!e) return null;
  const money = e.source === "direction" && d.fundingCap ? d.fundingCap : { yuan: e.value, text: moneyText(e.value) };
  return { ...e, value: money };
}
function effectiveDuration(guide, d) {
  return effective(guide, d, "duration_max_years");
}
function effectiveRatio(guide, d) {
  return effective(guide, d, "matching_ratio_min");
}
function moneyText(yuan) {
  return `${trimNumber(yuan / 1e4)}\u4E07\u5143`;
}
function trimNumber(n) {
  const s = String(Number(n.toPrecision(12)));
  const e = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return e ? `${e[1]}\xD710^${Number(e[2])}` : s;
}
var OPS = { ">=": "\u2265", ">": ">", "<=": "\u2264", "<": "<", "=": "=", range: "", approx: "\u7EA6" };
function kpiRequirement(k) {
  if (k.op === "range") return `${trimNumber(k.value)}~${trimNumber(k.max ?? k.value)}${k.unit}`;
  return `${OPS[k.op]}${trimNumber(k.value)}${k.unit}`;
}
function linesText(span) {
  return span.endLine > span.startLine ? `L${span.startLine}-${span.endLine}` : `L${span.startLine}`;
}

// src/i18n/en.ts
var en = {
  errors: {
    "file-not-found": "guide: file not found: {{path}}. Check the path and file name.",
    "file-unreadable": "guide: cannot read {{path}} ({{detail}}). Check the file permissions.",
    "is-directory": "guide: {{path}} is a directory, not a file. Name a file inside it.",
    "unsupported-type": "guide: unsupported file type ({{ext}}): {{path}}. {{hint}}",
    "empty-file": "guide: file is empty: {{path}}. Check that you picked the right file.",
    "binary-file": "guide: {{path}} is not text, PDF or DOCX and its content cannot be read. Check that the file is not damaged, or save it as DOCX, PDF or TXT.",
    "bad-directions-style": 'guide: --directions "{{value}}" is not a heading number ({{path}}). Write the number style the direction headings start with, e.g. "\uFF08\u4E00\uFF09", "1.", "\u65B9\u54111", "1001".',
    "too-large": "guide: file too large ({{size}} bytes, limit {{limit}} bytes): {{path}}. Raise the limit with --max-size if you really need it.",
    "bad-encoding": "guide: cannot recognise the text encoding of {{path}} ({{detail}}). Save it as UTF-8 text and retry.",
    "invalid-guide": "guide: not a valid guide file: {{path}} ({{detail}}). Regenerate it with guide parse, or fix it as reported.",
    "invalid-config": "guide: invalid configuration in {{path}} ({{detail}}). Fix it as reported; guide init shows a commented example.",
    "file-exists": "guide: {{path}} already exists and is left as it is. Edit it, or remove it first to start again.",
    "output-is-input": "guide: the output file is the input file: {{path}}. Pick another file with -o so the source is not overwritten.",
    "output-unwritable": "guide: cannot write the output file {{path}} ({{detail}}). Check that the folder exists and is writable.",
    usage: "guide: {{detail}}. Run guide --help for usage.",
    "encrypted-pdf": "guide: {{path}} is a password-protected PDF. Remove the protection (or print it to a new PDF) and retry.",
    "no-text-layer": "guide: {{path}} has no text layer (a scanned image). Run OCR on it first, or provide the DOCX or text original.",
    "legacy-renamed": "guide: {{path}} is an old Word/WPS file (.doc/.wps) renamed to {{ext}}; renaming does not convert it. Open it in WPS or Word, save it as DOCX or PDF, and retry.",
    "misnamed-file": "guide: {{path}} holds a {{actual}} file but is named {{ext}}. Rename it to {{fix}} and retry.",
    "corrupt-file": "guide: {{path}} is damaged or truncated and cannot be read ({{detail}}). Download or export it again.",
    "zip-bomb": "guide: {{path}} expands to more than {{limit}} bytes and looks like a zip bomb. Check where the file came from; a real notice is far smaller.",
    timeout: "guide: reading {{path}} took longer than {{seconds}} s and was stopped. Save it again as PDF or DOCX, or split it, and retry."
  },
  hints: {
    "legacy-office": "Save it as DOCX or PDF (in WPS or Word) and retry.",
    image: "Text in images needs OCR first; provide the PDF, DOCX or TXT original instead.",
    other: "Supported types: {{allowed}}."
  },
  cli: {
    internal: "guide: internal error: {{detail}}. Rerun with --debug for details and report the problem.",
    unknownError: "guide: error ({{code}}): {{path}}.",
    valid: "{{path}}: valid against guide.schema.json.",
    invalidSummary: "{{path}}: does not match guide.schema.json, {{count}} error(s).",
    unknownSchema: "unknown schema name {{name}} (available: {{names}})",
    noExt: "no extension",
    badSize: "invalid --max-size value: {{value}} (bytes, e.g. 20000000 or 20MB)",
    parseWarning: "{{path}}:{{line}}: warning: {{message}} ({{code}})",
    warnings: {
      "no-direction": 'no direction found: see how the headings were read with guide parse --outline, and name the numbering of the directions with --directions (e.g. "\uFF08\u4E00\uFF09")',
      "numbering-repeats": "direction numbers repeat ({{ids}}); renumbered in order. An area heading (\u4E13\u9898/\u9886\u57DF) may have been lost",
      "empty-direction": "direction {{id}} has no content",
      "no-title": "direction {{id}} has no title"
    },
    strictFailed: "guide: {{count}} warning(s) with --strict: {{path}}",
    baselineWritten: "guide: wrote {{count}} finding(s) to the baseline {{path}}",
    unknownRule: "unknown rule {{id}}{{suggestion}} (guide rules lists every rule)",
    didYouMean: "; did you mean {{id}}?",
    ruleHeading: "{{id}} (default severity: {{severity}}): {{description}}",
    unknownDirection: "{{guide}} has no direction {{id}} (it has: {{ids}}; guide list shows them all)",
    roles: { area: "area", direction: "direction", section: "section", admin: "admin", label: "label", content: "content" }
  },
  usage: {
    noDrafts: "no drafts: name them, or add a guide.config.yaml (guide init writes one)",
    noGuide: "no guide: pass --guide GUIDE, or add a guide.config.yaml (guide init writes one)",
    noGuideFor: "no guide for {{draft}}: add it to the drafts of a guides entry in {{config}}, or pass --guide GUIDE",
    stdinOnce: "- (standard input) may stand for one draft only",
    stdinTerminal: "- reads standard input, but it is a terminal: pipe or redirect the file (guide check - < draft.md)",
    unknownOption: "unknown option {{option}}{{suggestion}}",
    unknownCommand: "unknown command {{command}}{{suggestion}}",
    missingArgument: "missing the argument {{argument}}",
    optionMissingArgument: "{{option}} needs a value",
    missingOption: "the option {{option}} is required",
    invalidChoice: "invalid value for {{option}}: {{value}} (allowed: {{allowed}})",
    excessArguments: "too many arguments: {{command}} takes {{expected}}, got {{got}}",
    wholeNumber: "invalid value for {{option}}: {{value}} (a whole number \u2265 1)",
    count: "invalid value for {{option}}: {{value}} (a whole number \u2265 0)",
    seconds: "invalid value for {{option}}: {{value}} (seconds > 0)",
    amount: "invalid value for {{option}}: {{value}} (an amount in \u4E07\u5143)"
  },
  check: {
    direction: "direction {{id}}",
    severity: { error: "error", warning: "warning", info: "info", fatal: "fatal" },
    clean: "no problems",
    clause: "guide {{where}}: {{note}}",
    place: { page: "page {{page}}", paragraph: "paragraph {{paragraph}}", cell: "table {{table}}, row {{row}}, cell {{cell}}" },
    expected: "expected",
    actual: "found",
    summary: "{{files}} file(s) checked: {{errors}} error(s), {{warnings}} warning(s), {{infos}} info(s)",
    passed: "meets the guide",
    unreadable: "The draft could not be read: {{detail}}",
    unreadableRule: "The draft could not be read (missing, unsupported, damaged or empty file); nothing else was checked in it."
  }
};

// src/i18n/zh.ts
var zh = {
  errors: {
    "file-not-found": "guide: \u627E\u4E0D\u5230\u6587\u4EF6\uFF1A{{path}}\u3002\u8BF7\u68C0\u67E5\u8DEF\u5F84\u548C\u6587\u4EF6\u540D\u3002",
    "file-unreadable": "guide: \u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u68C0\u67E5\u6587\u4EF6\u6743\u9650\u3002",
    "is-directory": "guide: {{path}} \u662F\u76EE\u5F55\u800C\u4E0D\u662F\u6587\u4EF6\u3002\u8BF7\u6307\u5B9A\u76EE\u5F55\u4E2D\u7684\u67D0\u4E2A\u6587\u4EF6\u3002",
    "unsupported-type": "guide: \u4E0D\u652F\u6301\u7684\u6587\u4EF6\u7C7B\u578B\uFF08{{ext}}\uFF09\uFF1A{{path}}\u3002{{hint}}",
    "empty-file": "guide: \u6587\u4EF6\u4E3A\u7A7A\uFF1A{{path}}\u3002\u8BF7\u68C0\u67E5\u662F\u5426\u9009\u9519\u4E86\u6587\u4EF6\u3002",
    "binary-file": "guide: \u6587\u4EF6\u4E0D\u662F\u6587\u672C\u3001PDF \u6216 DOCX\uFF0C\u65E0\u6CD5\u8BC6\u522B\u5176\u5185\u5BB9\uFF1A{{path}}\u3002\u8BF7\u786E\u8BA4\u6587\u4EF6\u672A\u635F\u574F\uFF0C\u6216\u53E6\u5B58\u4E3A DOCX\u3001PDF \u6216 TXT\u3002",
    "bad-directions-style": 'guide: --directions \u7684\u503C\u300C{{value}}\u300D\u4E0D\u662F\u6807\u9898\u7F16\u53F7\uFF08{{path}}\uFF09\u3002\u8BF7\u5199\u51FA\u65B9\u5411\u6807\u9898\u524D\u7684\u7F16\u53F7\u6837\u5F0F\uFF0C\u5982 "\uFF08\u4E00\uFF09"\u3001"1."\u3001"\u65B9\u54111"\u3001"1001"\u3002',
    "too-large": "guide: \u6587\u4EF6\u8FC7\u5927\uFF08{{size}} \u5B57\u8282\uFF0C\u4E0A\u9650 {{limit}} \u5B57\u8282\uFF09\uFF1A{{path}}\u3002\u5982\u786E\u9700\u5904\u7406\uFF0C\u8BF7\u7528 --max-size \u63D0\u9AD8\u4E0A\u9650\u3002",
    "bad-encoding": "guide: \u65E0\u6CD5\u8BC6\u522B\u6587\u4EF6\u7684\u6587\u5B57\u7F16\u7801\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u53E6\u5B58\u4E3A UTF-8 \u6587\u672C\u540E\u91CD\u8BD5\u3002",
    "invalid-guide": "guide: \u4E0D\u662F\u6709\u6548\u7684\u6307\u5357\u6587\u4EF6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u7528 guide parse \u91CD\u65B0\u751F\u6210\uFF0C\u6216\u6309\u63D0\u793A\u4FEE\u6B63\u3002",
    "invalid-config": "guide: \u914D\u7F6E\u6587\u4EF6\u6709\u8BEF\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u6309\u63D0\u793A\u4FEE\u6B63\uFF1Bguide init \u53EF\u751F\u6210\u5E26\u6CE8\u91CA\u7684\u793A\u4F8B\u3002",
    "file-exists": "guide: {{path}} \u5DF2\u5B58\u5728\uFF0C\u672A\u4F5C\u6539\u52A8\u3002\u8BF7\u76F4\u63A5\u7F16\u8F91\u5B83\uFF0C\u6216\u5148\u5220\u9664\u540E\u91CD\u65B0\u751F\u6210\u3002",
    "output-is-input": "guide: \u8F93\u51FA\u6587\u4EF6\u4E0E\u8F93\u5165\u6587\u4EF6\u76F8\u540C\uFF1A{{path}}\u3002\u8BF7\u7528 -o \u6307\u5B9A\u53E6\u4E00\u4E2A\u8F93\u51FA\u6587\u4EF6\uFF0C\u4EE5\u514D\u8986\u76D6\u539F\u6587\u3002",
    "output-unwritable": "guide: \u65E0\u6CD5\u5199\u5165\u8F93\u51FA\u6587\u4EF6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u68C0\u67E5\u76EE\u5F55\u662F\u5426\u5B58\u5728\u4EE5\u53CA\u5199\u5165\u6743\u9650\u3002",
    usage: "guide: {{detail}}\u3002\u8FD0\u884C guide --help \u67E5\u770B\u7528\u6CD5\u3002",
    "encrypted-pdf": "guide: {{path}} \u662F\u52A0\u5BC6\uFF08\u6709\u5BC6\u7801\u4FDD\u62A4\uFF09\u7684 PDF\u3002\u8BF7\u5148\u89E3\u9664\u4FDD\u62A4\uFF08\u6216\u6253\u5370\u4E3A\u65B0\u7684 PDF\uFF09\u540E\u91CD\u8BD5\u3002",
    "no-text-layer": "guide: {{path}} \u6CA1\u6709\u6587\u5B57\u5C42\uFF08\u626B\u63CF\u56FE\u50CF\uFF09\u3002\u8BF7\u5148\u8FDB\u884C OCR \u6587\u5B57\u8BC6\u522B\uFF0C\u6216\u63D0\u4F9B DOCX \u6216\u6587\u672C\u539F\u4EF6\u3002",
    "legacy-renamed": "guide: {{path}} \u5176\u5B9E\u662F\u65E7\u7248 Word/WPS \u6587\u4EF6\uFF08.doc/.wps\uFF09\uFF0C\u53EA\u662F\u6269\u5C55\u540D\u6539\u6210\u4E86 {{ext}}\uFF1B\u6539\u6269\u5C55\u540D\u4E0D\u80FD\u8F6C\u6362\u683C\u5F0F\u3002\u8BF7\u7528 WPS \u6216 Word \u6253\u5F00\u5B83\uFF0C\u300C\u53E6\u5B58\u4E3A\u300DDOCX \u6216 PDF \u540E\u91CD\u8BD5\u3002",
    "misnamed-file": "guide: {{path}} \u7684\u5185\u5BB9\u662F {{actual}} \u6587\u4EF6\uFF0C\u6269\u5C55\u540D\u5374\u662F {{ext}}\u3002\u8BF7\u628A\u6269\u5C55\u540D\u6539\u4E3A {{fix}} \u540E\u91CD\u8BD5\u3002",
    "corrupt-file": "guide: \u6587\u4EF6\u5DF2\u635F\u574F\u6216\u4E0D\u5B8C\u6574\uFF0C\u65E0\u6CD5\u8BFB\u53D6\uFF1A{{path}}\uFF08{{detail}}\uFF09\u3002\u8BF7\u91CD\u65B0\u4E0B\u8F7D\u6216\u5BFC\u51FA\u3002",
    "zip-bomb": "guide: {{path}} \u89E3\u538B\u540E\u8D85\u8FC7 {{limit}} \u5B57\u8282\uFF0C\u7591\u4F3C\u538B\u7F29\u70B8\u5F39\u3002\u8BF7\u6838\u5B9E\u6587\u4EF6\u6765\u6E90\uFF1B\u6B63\u5E38\u7684\u6307\u5357\u6587\u4EF6\u8FDC\u5C0F\u4E8E\u6B64\u3002",
    timeout: "guide: \u8BFB\u53D6 {{path}} \u8D85\u8FC7 {{seconds}} \u79D2\uFF0C\u5DF2\u505C\u6B62\u3002\u8BF7\u91CD\u65B0\u53E6\u5B58\u4E3A PDF \u6216 DOCX\uFF0C\u6216\u62C6\u5206\u540E\u91CD\u8BD5\u3002"
  },
  hints: {
    "legacy-office": "\u8BF7\u7528 WPS \u6216 Word \u53E6\u5B58\u4E3A DOCX \u6216 PDF \u540E\u91CD\u8BD5\u3002",
    image: "\u56FE\u7247\u4E2D\u7684\u6587\u5B57\u9700\u5148\u7ECF OCR \u8BC6\u522B\uFF1B\u8BF7\u63D0\u4F9B PDF\u3001DOCX \u6216 TXT \u539F\u6587\u3002",
    other: "\u652F\u6301\u7684\u7C7B\u578B\uFF1A{{allowed}}\u3002"
  },
  cli: {
    internal: "guide: \u5185\u90E8\u9519\u8BEF\uFF1A{{detail}}\u3002\u8BF7\u52A0 --debug \u91CD\u65B0\u8FD0\u884C\u4EE5\u67E5\u770B\u8BE6\u60C5\uFF0C\u5E76\u62A5\u544A\u6B64\u95EE\u9898\u3002",
    unknownError: "guide: \u51FA\u9519\uFF08{{code}}\uFF09\uFF1A{{path}}\u3002",
    valid: "{{path}}\uFF1A\u6709\u6548\uFF08valid\uFF09\uFF0C\u7B26\u5408 guide.schema.json\u3002",
    invalidSummary: "{{path}}\uFF1A\u4E0D\u7B26\u5408 guide.schema.json\uFF0C\u5171 {{count}} \u5904\u9519\u8BEF\u3002",
    unknownSchema: "\u672A\u77E5\u7684 schema \u540D\u79F0 {{name}}\uFF08\u53EF\u7528\uFF1A{{names}}\uFF09",
    noExt: "\u65E0\u6269\u5C55\u540D",
    parseWarning: "{{path}}:{{line}}: \u8B66\u544A\uFF1A{{message}}\uFF08{{code}}\uFF09",
    warnings: {
      "no-direction": '\u672A\u627E\u5230\u4EFB\u4F55\u6307\u5357\u65B9\u5411\uFF1A\u8BF7\u7528 guide parse --outline \u67E5\u770B\u6807\u9898\u5C42\u7EA7\uFF0C\u5E76\u7528 --directions \u6307\u5B9A\u65B9\u5411\u7684\u7F16\u53F7\u6837\u5F0F\uFF08\u5982 "\uFF08\u4E00\uFF09"\uFF09',
      "numbering-repeats": "\u65B9\u5411\u7F16\u53F7\u91CD\u590D\uFF08{{ids}}\uFF09\uFF0C\u5DF2\u6309\u987A\u5E8F\u91CD\u65B0\u7F16\u53F7\uFF1A\u53EF\u80FD\u4E22\u5931\u4E86\u4E13\u9898/\u9886\u57DF\u6807\u9898",
      "empty-direction": "\u65B9\u5411 {{id}} \u6CA1\u6709\u4EFB\u4F55\u5185\u5BB9",
      "no-title": "\u65B9\u5411 {{id}} \u6CA1\u6709\u6807\u9898"
    },
    strictFailed: "guide: \u4F7F\u7528 --strict \u65F6\u6709 {{count}} \u6761\u8B66\u544A\uFF1A{{path}}",
    baselineWritten: "guide: \u5DF2\u5C06 {{count}} \u4E2A\u95EE\u9898\u5199\u5165\u57FA\u7EBF {{path}}",
    unknownRule: "\u6CA1\u6709\u89C4\u5219 {{id}}{{suggestion}}\uFF08guide rules \u5217\u51FA\u5168\u90E8\u89C4\u5219\uFF09",
    didYouMean: "\uFF0C\u60A8\u662F\u4E0D\u662F\u8981\u627E {{id}}\uFF1F",
    ruleHeading: "{{id}}\uFF08\u9ED8\u8BA4\u7EA7\u522B\uFF1A{{severity}}\uFF09\uFF1A{{description}}",
    unknownDirection: "{{guide}} \u4E2D\u6CA1\u6709\u65B9\u5411 {{id}}\uFF08\u6709\uFF1A{{ids}}\uFF1Bguide list \u5217\u51FA\u5168\u90E8\uFF09",
    roles: { area: "\u9886\u57DF", direction: "\u65B9\u5411", section: "\u7AE0\u8282", admin: "\u4E8B\u52A1", label: "\u6807\u7B7E", content: "\u5185\u5BB9" },
    badSize: "--max-size \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u5B57\u8282\u6570\uFF0C\u5982 20000000 \u6216 20MB\uFF09"
  },
  usage: {
    noDrafts: "\u6CA1\u6709\u7533\u62A5\u4E66\uFF1A\u8BF7\u5728\u547D\u4EE4\u884C\u4E2D\u7ED9\u51FA\uFF0C\u6216\u6DFB\u52A0 guide.config.yaml\uFF08guide init \u53EF\u751F\u6210\uFF09",
    noGuide: "\u6CA1\u6709\u6307\u5357\uFF1A\u8BF7\u7528 --guide GUIDE \u6307\u5B9A\uFF0C\u6216\u6DFB\u52A0 guide.config.yaml\uFF08guide init \u53EF\u751F\u6210\uFF09",
    noGuideFor: "{{draft}} \u6CA1\u6709\u5BF9\u5E94\u7684\u6307\u5357\uFF1A\u8BF7\u628A\u5B83\u52A0\u5165 {{config}} \u4E2D\u67D0\u4E2A guides \u6761\u76EE\u7684 drafts\uFF0C\u6216\u7528 --guide GUIDE \u6307\u5B9A",
    stdinOnce: "-\uFF08\u6807\u51C6\u8F93\u5165\uFF09\u53EA\u80FD\u4EE3\u8868\u4E00\u4EFD\u7533\u62A5\u4E66",
    stdinTerminal: "- \u8868\u793A\u4ECE\u6807\u51C6\u8F93\u5165\u8BFB\u53D6\uFF0C\u4F46\u6807\u51C6\u8F93\u5165\u662F\u7EC8\u7AEF\uFF1A\u8BF7\u7528\u7BA1\u9053\u6216\u91CD\u5B9A\u5411\u4F20\u5165\u6587\u4EF6\uFF08guide check - < \u7533\u62A5\u4E66.md\uFF09",
    unknownOption: "\u672A\u77E5\u9009\u9879 {{option}}{{suggestion}}",
    unknownCommand: "\u672A\u77E5\u547D\u4EE4 {{command}}{{suggestion}}",
    missingArgument: "\u7F3A\u5C11\u53C2\u6570 {{argument}}",
    optionMissingArgument: "{{option}} \u9700\u8981\u4E00\u4E2A\u503C",
    missingOption: "\u5FC5\u987B\u7ED9\u51FA\u9009\u9879 {{option}}",
    invalidChoice: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u53EF\u9009\uFF1A{{allowed}}\uFF09",
    excessArguments: "\u53C2\u6570\u8FC7\u591A\uFF1A{{command}} \u9700\u8981 {{expected}} \u4E2A\uFF0C\u5B9E\u9645\u7ED9\u4E86 {{got}} \u4E2A",
    wholeNumber: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u4E0D\u5C0F\u4E8E 1 \u7684\u6574\u6570\uFF09",
    count: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u4E0D\u5C0F\u4E8E 0 \u7684\u6574\u6570\uFF09",
    seconds: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u5927\u4E8E 0 \u7684\u79D2\u6570\uFF09",
    amount: "{{option}} \u7684\u503C\u65E0\u6548\uFF1A{{value}}\uFF08\u5E94\u4E3A\u4EE5\u4E07\u5143\u8BA1\u7684\u91D1\u989D\uFF09"
  },
  check: {
    direction: "\u65B9\u5411 {{id}}",
    severity: { error: "\u9519\u8BEF", warning: "\u8B66\u544A", info: "\u63D0\u793A", fatal: "\u65E0\u6CD5\u8BFB\u53D6" },
    clean: "\u672A\u53D1\u73B0\u95EE\u9898",
    clause: "\u6307\u5357 {{where}}\uFF1A{{note}}",
    place: { page: "\u7B2C {{page}} \u9875", paragraph: "\u7B2C {{paragraph}} \u6BB5", cell: "\u8868 {{table}} \u7B2C {{row}} \u884C\u7B2C {{cell}} \u683C" },
    expected: "\u6307\u5357\u8981\u6C42",
    actual: "\u7533\u62A5\u4E66",
    summary: "\u5171\u68C0\u67E5 {{files}} \u4E2A\u6587\u4EF6\uFF1A{{errors}} \u4E2A\u9519\u8BEF\uFF0C{{warnings}} \u4E2A\u8B66\u544A\uFF0C{{infos}} \u6761\u63D0\u793A",
    passed: "\u7B26\u5408\u6307\u5357\u8981\u6C42",
    unreadable: "\u65E0\u6CD5\u8BFB\u53D6\u7533\u62A5\u4E66\uFF1A{{detail}}",
    unreadableRule: "\u7533\u62A5\u4E66\u65E0\u6CD5\u8BFB\u53D6\uFF08\u6587\u4EF6\u4E0D\u5B58\u5728\u3001\u7C7B\u578B\u4E0D\u652F\u6301\u3001\u5DF2\u635F\u574F\u6216\u4E3A\u7A7A\uFF09\uFF0C\u5176\u4E2D\u7684\u5185\u5BB9\u5747\u672A\u68C0\u67E5\u3002"
  }
};

// src/i18n/index.ts
function messagesFor(lang) {
  return lang === "en" ? en : zh;
}
function fill(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => data[key] === void 0 ? "" : String(data[key])).replace(/（）|\s?\(\)/g, "");
}

// src/author/show.ts
function findDirection(guide, id) {
  const want = id.normalize("NFKC").trim();
  return guide.directions.find((d) => d.id === want) ?? null;
}

// src/author/template.ts
var PLACEHOLDER = "\u3010\u5F85\u586B\u5199\u3011";
var placeholder = (what) => `\u3010\u5F85\u586B\u5199\uFF1A${what}\u3011`;
var H = {
  zh: {
    generated: '\u7531 guide template \u751F\u6210\uFF1A{{notice}} \xB7 \u65B9\u5411 {{id}}\u3002\u628A\u6BCF\u4E2A\u7A7A\u503C "" \u548C\u6B63\u6587\u7684\u201C\u5F85\u586B\u5199\u201D\u5904\u6362\u6210\u672C\u9879\u76EE\u7684\u5185\u5BB9\uFF0C\u518D\u8FD0\u884C guide check\u3002',
    title: "\u9879\u76EE\u540D\u79F0",
    lead: "\u7275\u5934\u5355\u4F4D\u5168\u79F0",
    type: "enterprise | university | institute | hospital | government | other",
    participants: "\u53C2\u4E0E\u5355\u4F4D\uFF08\u4E0D\u542B\u7275\u5934\u5355\u4F4D\uFF09",
    participant: "\u53C2\u4E0E\u5355\u4F4D\u5168\u79F0",
    foreign: "\u56FD\u5916\u5408\u4F5C\u5355\u4F4D\u5168\u79F0",
    country: "\u56FD\u522B\uFF0C\u5982 \u5FB7\u56FD",
    enterprise: "\u4F01\u4E1A",
    pi: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u59D3\u540D",
    birth: "\u51FA\u751F\u5E74\u6708 YYYY-MM",
    piTitle: "\u804C\u79F0",
    employed: "true\uFF1A\u9879\u76EE\u8D1F\u8D23\u4EBA\u662F\u7275\u5934\u5355\u4F4D\u5728\u804C\u4EBA\u5458",
    start: "\u8D77\u59CB\u5E74\u6708 YYYY-MM",
    end: "\u7ED3\u675F\u5E74\u6708 YYYY-MM",
    months: "\u6267\u884C\u6708\u6570",
    government: "\u7533\u8BF7\u8D22\u653F\u7ECF\u8D39\uFF0C\u5982 500\u4E07\u5143",
    self: "\u81EA\u7B79\uFF08\u914D\u5957\uFF09\u7ECF\u8D39\uFF0C\u5982 500\u4E07\u5143",
    total: "\u603B\u7ECF\u8D39 = \u8D22\u653F + \u81EA\u7B79",
    cap: "\u4E0A\u9650 {{cap}}",
    noCap: "\u6307\u5357\u672A\u5199\u660E\u4E0A\u9650",
    ratio: "\u81EA\u7B79:\u8D22\u653F \u2265 {{r}}:1",
    govShare: "\u8D22\u653F\u7ECF\u8D39\u5360\u603B\u7ECF\u8D39 \u2264 {{p}}%",
    govShareEnt: "\u4F01\u4E1A\u7275\u5934\u65F6 \u2264 {{p}}%",
    duration: "\u5B9E\u65BD\u671F\u9650\u4E0D\u8D85\u8FC7 {{y}} \u5E74",
    maxUnits: "\u5355\u4F4D\u603B\u6570\uFF08\u542B\u7275\u5934\u5355\u4F4D\uFF09\u4E0D\u8D85\u8FC7 {{n}} \u5BB6",
    needForeign: "\u81F3\u5C11 {{n}} \u5BB6\u56FD\u5916\u5408\u4F5C\u5355\u4F4D",
    needCountries: "\u56FD\u5916\u5408\u4F5C\u5355\u4F4D\u6765\u81EA\u81F3\u5C11 {{n}} \u4E2A\u56FD\u5BB6",
    needEnterprise: "\u987B\u6709\u4F01\u4E1A\u53C2\u4E0E",
    leadEnterprise: "\u6307\u5357\u8981\u6C42\u7531\u4F01\u4E1A\u7275\u5934\u7533\u62A5",
    region: "\u7533\u62A5\u5355\u4F4D\uFF1A{{v}}",
    age: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u5E74\u9F84\u4E0D\u8D85\u8FC7 {{n}} \u5468\u5C81",
    employment: "\u9879\u76EE\u8D1F\u8D23\u4EBA\u987B\u4E3A\u7275\u5934\u5355\u4F4D\u5728\u804C\u4EBA\u5458",
    heading: "\u7533\u62A5\u4E66",
    direction: "\u7533\u62A5\u65B9\u5411",
    keywords: "\u5173\u952E\u8BCD",
    content: "\u7814\u7A76\u5185\u5BB9",
    contentHint: "\u7814\u7A76\u5185\u5BB9\uFF0C\u5BF9\u5E94\u6307\u5357\u65B9\u5411\u7684\u6BCF\u9879\u4EFB\u52A1",
    kpis: "\u8003\u6838\u6307\u6807",
    kpiHint: "\u5728\u201C\u672C\u9879\u76EE\u6307\u6807\u201D\u4E00\u5217\u586B\u5199\u627F\u8BFA\u503C\uFF0C\u5982 \u226521%\uFF1B\u4E0D\u5F97\u4F4E\u4E8E\u201C\u6307\u5357\u8981\u6C42\u201D\u3002",
    noKpis: "\u6307\u5357\u672A\u5217\u51FA\u91CF\u5316\u8003\u6838\u6307\u6807\u3002",
    rules: "\u7533\u62A5\u8981\u6C42\uFF08\u6458\u81EA\u6307\u5357\uFF09"
  },
  en: {
    generated: `Written by guide template: {{notice}} \xB7 direction {{id}}. Replace every empty "" and each \u5F85\u586B\u5199 of the body with this project's facts, then run guide check.`,
    title: "project title",
    lead: "lead unit, full name",
    type: "enterprise | university | institute | hospital | government | other",
    participants: "participating units (without the lead unit)",
    participant: "participating unit, full name",
    foreign: "foreign partner, full name",
    country: "country, e.g. \u5FB7\u56FD",
    enterprise: "an enterprise",
    pi: "PI name",
    birth: "date of birth YYYY-MM",
    piTitle: "academic title",
    employed: "true: the PI is employed by the lead unit",
    start: "start YYYY-MM",
    end: "end YYYY-MM",
    months: "months",
    government: "government funding requested, e.g. 500\u4E07\u5143",
    self: "self-raised (matching) funds, e.g. 500\u4E07\u5143",
    total: "total = government + self-raised",
    cap: "cap {{cap}}",
    noCap: "no cap stated by the guide",
    ratio: "self-raised : government \u2265 {{r}}:1",
    govShare: "government share of the total \u2264 {{p}}%",
    govShareEnt: "\u2264 {{p}}% when an enterprise leads",
    duration: "at most {{y}} years",
    maxUnits: "at most {{n}} units, lead included",
    needForeign: "at least {{n}} foreign partner(s)",
    needCountries: "foreign partners from at least {{n}} countries",
    needEnterprise: "an enterprise must take part",
    leadEnterprise: "the guide has an enterprise lead",
    region: "applicant: {{v}}",
    age: "PI at most {{n}} years old",
    employment: "the PI must be employed by the lead unit",
    heading: "Proposal",
    direction: "\u7533\u62A5\u65B9\u5411",
    keywords: "\u5173\u952E\u8BCD",
    content: "\u7814\u7A76\u5185\u5BB9",
    contentHint: "research content, one item per task of the direction",
    kpis: "\u8003\u6838\u6307\u6807",
    kpiHint: "Write the committed value in \u672C\u9879\u76EE\u6307\u6807, e.g. \u226521%; it must meet \u6307\u5357\u8981\u6C42.",
    noKpis: "The guide lists no numeric KPI.",
    rules: "\u7533\u62A5\u8981\u6C42 (from the guide)"
  }
};
function q(s) {
  return JSON.stringify(s);
}
function c(s) {
  return s ? `  # ${s.replace(/\s*\n\s*/g, " ")}` : "";
}
function cell(s) {
  return s.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|").trim();
}
function numberOf(cs, kind) {
  const v = cs.find((x) => x.kind === kind)?.value;
  return typeof v === "number" ? v : null;
}
function templateDraft(guide, id, options = {}) {
  const d = findDirection(guide, id);
  if (!d) return null;
  const h = H[options.lang ?? "zh"];
  const cs = effectiveConstraints(guide, d);
  const cap = effectiveCap(guide, d);
  const duration = effectiveDuration(guide, d);
  const ratio = effectiveRatio(guide, d);
  const maxUnits = numberOf(cs, "participants_max");
  const foreign = Math.max(numberOf(cs, "foreign_partner_min") ?? 0, numberOf(cs, "foreign_partner_countries_min") ?? 0);
  const countries = numberOf(cs, "foreign_partner_countries_min");
  const enterprise = cs.some((x) => x.kind === "enterprise_partner_required" && x.value !== false);
  const leadEnterprise = cs.some((x) => x.kind === "lead_enterprise_required" && x.value !== false);
  const region = cs.find((x) => x.kind === "applicant_region");
  const age = numberOf(cs, "pi_age_max");
  const employment = cs.some((x) => x.kind === "pi_employment");
  const govShare = numberOf(cs, "gov_share_max");
  const govShareEnt = numberOf(cs, "gov_share_max_enterprise_led");
  const notice = guide.meta.title ?? guide.source.path;
  const y = ["---", schemaModeline("proposal"), `# ${fill(h.generated, { notice, id: d.id })}`];
  y.push(`direction: ${q(d.id)}${c(d.title)}`);
  y.push(`title: ""${c(h.title)}`);
  y.push("leadUnit:", `  name: ""${c([h.lead, region ? fill(h.region, { v: String(region.value ?? region.text) }) : ""].filter(Boolean).join("\uFF1B"))}`);
  y.push(leadEnterprise ? `  type: enterprise${c(h.leadEnterprise)}` : `  type: ""${c(h.type)}`, `  country: \u4E2D\u56FD`);
  const unitHints = [h.participants, maxUnits !== null ? fill(h.maxUnits, { n: maxUnits }) : "", enterprise ? h.needEnterprise : "", foreign > 0 ? fill(h.needForeign, { n: foreign }) : "", countries ? fill(h.needCountries, { n: countries }) : ""];
  y.push(`participants:${c(unitHints.filter(Boolean).join("\uFF1B"))}`);
  y.push(`  - name: ""${c(enterprise ? `${h.participant}\uFF08${h.enterprise}\uFF09` : h.participant)}`, `    type: ${enterprise ? "enterprise" : q("")}${enterprise ? "" : c(h.type)}`);
  for (let i = 0; i < foreign; i++) y.push(`  - name: ""${c(h.foreign)}`, `    type: ""${c(h.type)}`, `    country: ""${c(h.country)}`);
  y.push("pi:", `  name: ""${c(h.pi)}`, `  birthDate: ""${c([h.birth, age !== null ? fill(h.age, { n: age }) : ""].filter(Boolean).join("\uFF1B"))}`);
  y.push(`  title: ""${c(h.piTitle)}`, `  employedByLead: ""${c([h.employed, employment ? h.employment : ""].filter(Boolean).join("\uFF1B"))}`);
  const durationHint = duration ? fill(h.duration, { y: trimNumber(duration.value) }) : "";
  y.push("period:", `  start: ""${c(h.start)}`, `  end: ""${c([h.end, durationHint].filter(Boolean).join("\uFF1B"))}`, `  months: ""${c(h.months)}`);
  const capHint = cap ? fill(h.cap, { cap: cap.value.text === moneyText(cap.value.yuan) ? cap.value.text : `${cap.value.text}\uFF08${moneyText(cap.value.yuan)}\uFF09` }) : h.noCap;
  const selfHints = [h.self, ratio ? fill(h.ratio, { r: trimNumber(ratio.value) }) : "", govShare !== null ? fill(h.govShare, { p: trimNumber(govShare * 100) }) : "", govShareEnt !== null ? fill(h.govShareEnt, { p: trimNumber(govShareEnt * 100) }) : ""];
  y.push("budget:", `  government: ""${c(`${h.government}\uFF1B${capHint}`)}`, `  selfFunded: ""${c(selfHints.filter(Boolean).join("\uFF1B"))}`, `  total: ""${c(h.total)}`);
  y.push("---", "");
  const b = [`# ${h.heading}\uFF1A${d.title}`, "", `**${h.direction}**\uFF1A${d.id} ${d.title}`, ""];
  if (d.keywords.length > 0) b.push(`**${h.keywords}**\uFF1A${d.keywords.join("\u3001")}`, "");
  b.push(`## ${h.content}`, "", placeholder(h.contentHint), "", `## ${h.kpis}`, "");
  if (d.kpis.length === 0) b.push(h.noKpis, "");
  else {
    b.push(`<!-- ${h.kpiHint} -->`, "", "| \u5E8F\u53F7 | \u6307\u6807\u540D\u79F0 | \u6307\u5357\u8981\u6C42 | \u672C\u9879\u76EE\u6307\u6807 |", "|---|---|---|---|");
    d.kpis.forEach((k, i) => b.push(`| ${i + 1} | ${cell(metricCell(k))} | ${cell(kpiRequirement(k))} | ${PLACEHOLDER} |`));
    b.push("");
  }
  const rules = requirementLines(guide, d, cs);
  if (rules.length > 0) b.push(`## ${h.rules}`, "", ...rules, "");
  return y.join("\n") + "\n" + b.join("\n");
}
function metricCell(k) {
  const m = k.metric || k.text;
  return k.unit === "" ? m.replace(/\s*[（(][A-Za-z%‰°″′μΩ/·^\d\-]+[)）]\s*$/, "") || m : m;
}
function requirementLines(guide, d, cs) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const x of cs) {
    const text = x.text.replace(/\s*\n\s*/g, " ").trim();
    const stated = guide.rules.includes(x) || d.constraints.includes(x);
    if (!text || seen.has(text) || !stated) continue;
    seen.add(text);
    out.push(`> - ${text}\uFF08${linesText(x.span)}\uFF09`);
  }
  return out;
}

// src/batch/guide.ts
import { extname as extname2 } from "node:path";
import { GuideError as GuideError2 } from "./core-errors.js";
async function loadGuide(path, cwd, maxBytes, cacheDir = null, directions) {
  if (!GUIDE_EXTENSIONS.includes(extname2(path).toLowerCase())) {
    const { loadGuideCached } = await import("./batch-cache.js");
    return loadGuideCached(path, { cwd, cacheDir, maxBytes, extensions: [...GUIDE_EXTENSIONS, ...NOTICE_EXTENSIONS], directions });
  }
  const input = await readInput(path, { cwd, maxBytes, extensions: [...GUIDE_EXTENSIONS, ...NOTICE_EXTENSIONS] });
  const read = () => readGuideFile(input.bytes, path);
  if (cacheDir === null) return read();
  const { cachedGuide } = await import("./batch-cache.js");
  return cachedGuide(input.bytes, extname2(path), { cwd, cacheDir }, read);
}
async function readGuideFile(bytes, path) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new GuideError2("invalid-guide", path, { detail: "not UTF-8" });
  }
  const { loadGuideText, validateGuideValue } = await import("./core-guide-file.js");
  const value = await loadGuideText(text, path);
  const issues = await validateGuideValue(value);
  if (issues.length > 0) {
    const more = issues.length > 1 ? ` (+${issues.length - 1})` : "";
    throw new GuideError2("invalid-guide", path, { detail: `${issues[0].path || "(root)"}: ${issues[0].message}${more}` });
  }
  return value;
}
function unknownDirection(guidePath, guide, id, lang) {
  const ids = guide.directions.map((d) => d.id);
  const some = ids.slice(0, 8).join(", ") + (ids.length > 8 ? ", \u2026" : "");
  return new GuideError2("usage", guidePath, { detail: fill(messagesFor(lang).cli.unknownDirection, { guide: guidePath, id, ids: some || "\u2014" }) });
}

// src/cli/template.ts
async function runTemplate(guidePath, opts, io) {
  const output = opts.output;
  if (output !== void 0) {
    const { assertNotInput } = await import("./core-atomic-write.js");
    await assertNotInput(output, guidePath, io.cwd);
  }
  const guide = await loadGuide(guidePath, io.cwd, DEFAULT_MAX_BYTES);
  const text = templateDraft(guide, opts.direction, { lang: io.lang });
  if (text === null) throw unknownDirection(guidePath, guide, opts.direction, io.lang);
  if (output === void 0) io.stdout.write(text);
  else await (await import("./core-atomic-write.js")).writeFileAtomic(output, text, io.cwd);
  return 0;
}
export {
  runTemplate
};
