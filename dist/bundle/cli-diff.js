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

// src/author/common.ts
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

// src/i18n/index.ts
function fill(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => data[key] === void 0 ? "" : String(data[key])).replace(/（）|\s?\(\)/g, "");
}

// src/author/diff.ts
var norm = (s) => s.normalize("NFKC").replace(/\s+/g, "");
function kpiValue(k) {
  return { op: k.op, value: k.value, max: k.max, unit: k.unit, text: k.text };
}
var sameKpi = (a, b) => a.op === b.op && a.value === b.value && a.max === b.max && norm(a.unit) === norm(b.unit);
function kpiKey(k) {
  return norm(k.metric) || norm(k.text).replace(/[\d.~～\-–≥≤<>=%]+/g, "#");
}
function pairBy(a, b, key) {
  const pool = /* @__PURE__ */ new Map();
  for (const x of b) pool.set(key(x), [...pool.get(key(x)) ?? [], x]);
  const pairs = [];
  const removed = [];
  for (const x of a) {
    const q = pool.get(key(x));
    const y = q?.shift();
    if (y !== void 0) pairs.push([x, y]);
    else removed.push(x);
  }
  const taken = new Set(pairs.map((p) => p[1]));
  return { pairs, removed, added: b.filter((x) => !taken.has(x)) };
}
var constraintKey = (c) => c.kind === "other" ? `other:${norm(c.text)}` : c.kind;
var constraintValue = (c) => ({ kind: c.kind, value: c.value, text: c.text });
function diffConstraints(a, b, directionId, out) {
  const [added, removed, changed] = directionId === null ? ["rule-added", "rule-removed", "rule-changed"] : ["constraint-added", "constraint-removed", "constraint-changed"];
  const dedupe = (cs) => cs.filter((c, i) => cs.findIndex((x) => constraintKey(x) === constraintKey(c) && x.value === c.value) === i);
  const p = pairBy(dedupe(a), dedupe(b), constraintKey);
  for (const [x, y] of p.pairs)
    if (x.value !== y.value) out.push({ kind: changed, directionId, subject: y.kind, before: constraintValue(x), after: constraintValue(y), oldLine: x.span.startLine, newLine: y.span.startLine });
  for (const x of p.removed) out.push({ kind: removed, directionId, subject: x.kind, before: constraintValue(x), after: null, oldLine: x.span.startLine, newLine: null });
  for (const y of p.added) out.push({ kind: added, directionId, subject: y.kind, before: null, after: constraintValue(y), oldLine: null, newLine: y.span.startLine });
}
var FIELDS = ["mode", "category", "entrustedTo", "fundingCap", "durationMaxYears", "matchingRatioMin", "projectsSupported"];
function diffDirection(a, b, out) {
  const at = { oldLine: a.span.startLine, newLine: b.span.startLine };
  if (a.id !== b.id) out.push({ kind: "direction-renumbered", directionId: b.id, oldDirectionId: a.id, subject: "id", before: a.id, after: b.id, ...at });
  if (a.id === b.id && norm(a.title) !== norm(b.title)) out.push({ kind: "direction-renamed", directionId: b.id, subject: "title", before: a.title, after: b.title, ...at });
  for (const f of FIELDS) {
    const x = a[f];
    const y = b[f];
    const same = f === "fundingCap" ? (a.fundingCap?.yuan ?? null) === (b.fundingCap?.yuan ?? null) : x === y;
    if (!same) out.push({ kind: "direction-changed", directionId: b.id, subject: f, before: x, after: y, ...at });
  }
  const k = pairBy(a.kpis, b.kpis, kpiKey);
  for (const [x, y] of k.pairs)
    if (!sameKpi(x, y)) out.push({ kind: "kpi-changed", directionId: b.id, subject: y.metric || y.text, before: kpiValue(x), after: kpiValue(y), oldLine: x.span.startLine, newLine: y.span.startLine });
  for (const x of k.removed) out.push({ kind: "kpi-removed", directionId: b.id, subject: x.metric || x.text, before: kpiValue(x), after: null, oldLine: x.span.startLine, newLine: null });
  for (const y of k.added) out.push({ kind: "kpi-added", directionId: b.id, subject: y.metric || y.text, before: null, after: kpiValue(y), oldLine: null, newLine: y.span.startLine });
  diffConstraints(a.constraints, b.constraints, b.id, out);
}
function diffGuides(before, after) {
  const out = [];
  const m0 = before.meta;
  const m1 = after.meta;
  for (const f of ["title", "docNumber", "publishedAt"])
    if ((m0[f] ?? null) !== (m1[f] ?? null)) out.push({ kind: "meta-changed", directionId: null, subject: f, before: m0[f], after: m1[f], oldLine: null, newLine: null });
  if ((m0.totalBudget?.yuan ?? null) !== (m1.totalBudget?.yuan ?? null))
    out.push({ kind: "meta-changed", directionId: null, subject: "totalBudget", before: m0.totalBudget ?? null, after: m1.totalBudget ?? null, oldLine: null, newLine: null });
  const line = (d) => d.span?.startLine ?? null;
  const dl = pairBy(m0.deadlines, m1.deadlines, (d) => norm(d.label));
  for (const [x, y] of dl.pairs)
    if (x.at !== y.at) out.push({ kind: "deadline-changed", directionId: null, subject: y.label, before: x.at, after: y.at, oldLine: line(x), newLine: line(y) });
  for (const x of dl.removed) out.push({ kind: "deadline-removed", directionId: null, subject: x.label, before: x.at, after: null, oldLine: line(x), newLine: null });
  for (const y of dl.added) out.push({ kind: "deadline-added", directionId: null, subject: y.label, before: null, after: y.at, oldLine: null, newLine: line(y) });
  diffConstraints(before.rules, after.rules, null, out);
  const left = new Set(before.directions);
  const right = new Set(after.directions);
  const pairs = /* @__PURE__ */ new Map();
  const take = (match) => {
    for (const b of after.directions) {
      if (!right.has(b)) continue;
      const a = before.directions.find((x) => left.has(x) && match(x, b));
      if (a) {
        pairs.set(b, a);
        left.delete(a);
        right.delete(b);
      }
    }
  };
  take((a, b) => a.id === b.id && norm(a.title) === norm(b.title));
  take((a, b) => norm(a.title) === norm(b.title));
  take((a, b) => a.id === b.id);
  for (const a of before.directions)
    if (left.has(a)) out.push({ kind: "direction-removed", directionId: a.id, subject: a.title, before: { id: a.id, title: a.title }, after: null, oldLine: a.span.startLine, newLine: null });
  for (const b of after.directions) {
    const a = pairs.get(b);
    if (a) diffDirection(a, b, out);
    else out.push({ kind: "direction-added", directionId: b.id, subject: b.title, before: null, after: { id: b.id, title: b.title }, oldLine: null, newLine: b.span.startLine });
  }
  const summary = {};
  for (const c of out) summary[c.kind] = (summary[c.kind] ?? 0) + 1;
  return { old: { path: before.source.path, sha256: before.source.sha256 }, new: { path: after.source.path, sha256: after.source.sha256 }, changes: out, summary };
}
var T = {
  zh: {
    head: "{{old}} \u2192 {{new}}",
    none: "\u4E24\u4E2A\u7248\u672C\u6CA1\u6709\u5B9E\u8D28\u53D8\u5316",
    count: "\u5171 {{n}} \u5904\u53D8\u5316",
    document: "\u901A\u77E5",
    deadline: "\u622A\u6B62\u65F6\u95F4",
    rule: "\u901A\u7528\u8981\u6C42",
    constraint: "\u65B9\u5411\u8981\u6C42",
    direction: "\u65B9\u5411",
    kpi: "\u8003\u6838\u6307\u6807",
    added: "\u65B0\u589E",
    removed: "\u5220\u9664",
    renamed: "\u6539\u540D",
    renumbered: "\u6539\u7F16\u53F7",
    title: "\u6807\u9898",
    docNumber: "\u6587\u53F7",
    publishedAt: "\u53D1\u5E03\u65E5\u671F",
    totalBudget: "\u603B\u7ECF\u8D39",
    mode: "\u7EC4\u7EC7\u65B9\u5F0F",
    category: "\u7C7B\u522B",
    entrustedTo: "\u5B9A\u5411\u59D4\u6258\u5355\u4F4D",
    fundingCap: "\u8D44\u52A9\u4E0A\u9650",
    durationMaxYears: "\u5B9E\u65BD\u671F\u9650\uFF08\u5E74\uFF09",
    matchingRatioMin: "\u914D\u5957\u6BD4\u4F8B",
    projectsSupported: "\u62DF\u652F\u6301\u9879\u76EE\u6570"
  },
  en: {
    head: "{{old}} \u2192 {{new}}",
    none: "No change of substance between the two versions",
    count: "{{n}} changes",
    document: "Notice",
    deadline: "Deadline",
    rule: "Rule",
    constraint: "Direction rule",
    direction: "Direction",
    kpi: "KPI",
    added: "added",
    removed: "removed",
    renamed: "renamed",
    renumbered: "renumbered",
    title: "title",
    docNumber: "document number",
    publishedAt: "published",
    totalBudget: "total budget",
    mode: "mode",
    category: "category",
    entrustedTo: "entrusted to",
    fundingCap: "funding cap",
    durationMaxYears: "duration (years)",
    matchingRatioMin: "matching ratio",
    projectsSupported: "projects supported"
  }
};
function show(v) {
  if (v === null || v === void 0) return "-";
  if (typeof v === "number") return trimNumber(v);
  if (typeof v === "string") return v;
  const o = v;
  if ("op" in o) return kpiRequirement(o);
  if ("yuan" in o) return moneyText(o.yuan);
  if ("kind" in o) return o.value === null ? String(o.text) : o.kind === "funding_cap" && typeof o.value === "number" ? moneyText(o.value) : String(o.value);
  if ("title" in o) return `${String(o.id)} ${String(o.title)}`;
  return JSON.stringify(v);
}
var lines = (c) => c.oldLine === null && c.newLine === null ? "" : `  (L${c.oldLine ?? "-"} \u2192 L${c.newLine ?? "-"})`;
function formatGuideDiff(diff, lang = "zh") {
  const t = T[lang];
  const sep = lang === "zh" ? "\uFF1A" : ": ";
  const paren = (x) => lang === "zh" ? `\uFF08${x}\uFF09` : ` (${x})`;
  const out = [fill(t.head, { old: diff.old.path, new: diff.new.path }), ""];
  if (diff.changes.length === 0) return out.concat(t.none, "").join("\n");
  for (const c of diff.changes) {
    const sign = c.kind.endsWith("-added") ? "+" : c.kind.endsWith("-removed") ? "-" : "~";
    const where = c.directionId === null ? t.document : `${t.direction} ${c.directionId}`;
    let what;
    switch (c.kind) {
      case "direction-added":
      case "direction-removed":
        what = `${t.direction} ${show(c.after ?? c.before)}${paren(c.kind === "direction-added" ? t.added : t.removed)}`;
        break;
      case "direction-renamed":
        what = `${where} ${t.renamed}${sep}${show(c.before)} \u2192 ${show(c.after)}`;
        break;
      case "direction-renumbered":
        what = `${t.direction} ${c.oldDirectionId} \u2192 ${c.directionId} ${t.renumbered}`;
        break;
      case "direction-changed":
      case "meta-changed":
        what = `${where} ${t[c.subject] ?? c.subject}${sep}${show(c.before)} \u2192 ${show(c.after)}`;
        break;
      case "deadline-added":
      case "deadline-removed":
      case "deadline-changed":
        what = `${t.deadline}\u300C${c.subject}\u300D${sep}${show(c.before)} \u2192 ${show(c.after)}`;
        break;
      case "kpi-added":
      case "kpi-removed":
      case "kpi-changed":
        what = `${where} ${t.kpi}\u300C${c.subject}\u300D${sep}${show(c.before)} \u2192 ${show(c.after)}`;
        break;
      default:
        what = `${c.directionId === null ? t.rule : `${where} ${t.constraint}`} ${c.subject}${sep}${show(c.before)} \u2192 ${show(c.after)}`;
    }
    out.push(`${sign} ${what}${lines(c)}`);
  }
  out.push("", fill(t.count, { n: diff.changes.length }));
  return out.join("\n") + "\n";
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

// src/cli/diff.ts
async function runDiff(oldPath, newPath, opts, io) {
  const [before, after] = await Promise.all([loadGuide(oldPath, io.cwd, DEFAULT_MAX_BYTES), loadGuide(newPath, io.cwd, DEFAULT_MAX_BYTES)]);
  const diff = diffGuides(before, after);
  io.stdout.write(opts.format === "json" ? JSON.stringify(diff, null, 2) + "\n" : formatGuideDiff(diff, io.lang));
  return diff.changes.length === 0 ? 0 : 1;
}
export {
  runDiff
};
