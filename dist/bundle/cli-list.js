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
  const kinds = new Set(own.filter((c) => c.kind !== "other").map((c) => c.kind));
  const out = [...own];
  const seen = new Set(out.map((c) => `${c.kind}\0${String(c.value)}`));
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

// src/core/display-width.ts
function displayWidth(s) {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 768 && c <= 879 || c === 8203 || c >= 65024 && c <= 65039) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}
function isWide(c) {
  return c >= 4352 && c <= 4447 || c >= 11904 && c <= 12350 || c >= 12353 && c <= 13311 || c >= 13312 && c <= 19903 || c >= 19968 && c <= 40959 || c >= 40960 && c <= 42191 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65072 && c <= 65103 || c >= 65280 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 127744 && c <= 128591 || c >= 131072 && c <= 262141;
}

// src/author/common.ts
function effective(guide, d, kind) {
  const c = effectiveConstraints(guide, d).find((x) => x.kind === kind);
  if (!c || typeof c.value !== "number") return null;
  return { value: c.value, source: guide.rules.includes(c) ? "document" : "direction", span: c.span };
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
function moneyText(yuan) {
  return `${trimNumber(yuan / 1e4)}\u4E07\u5143`;
}
function trimNumber(n) {
  const s = String(Number(n.toPrecision(12)));
  const e = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return e ? `${e[1]}\xD710^${Number(e[2])}` : s;
}
function padEnd(s, width) {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}
function padStart(s, width) {
  return " ".repeat(Math.max(0, width - displayWidth(s))) + s;
}
function truncate(s, width) {
  if (displayWidth(s) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + "\u2026";
}
function alignColumns(rows, right = /* @__PURE__ */ new Set()) {
  const widths = [];
  for (const r of rows) r.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, displayWidth(c)));
  return rows.map((r) => r.map((c, i) => right.has(i) ? padStart(c, widths[i]) : padEnd(c, widths[i])).join("  ").trimEnd());
}

// src/i18n/index.ts
function fill(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key) => data[key] === void 0 ? "" : String(data[key])).replace(/（）|\s?\(\)/g, "");
}

// src/author/list.ts
var fold = (s) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
function listDirections(guide, filter = {}) {
  const rows = [];
  for (const d of guide.directions) {
    const cap = effectiveCap(guide, d);
    const duration = effectiveDuration(guide, d);
    if (filter.keyword) {
      const k = fold(filter.keyword);
      const hay = [d.id, d.title, d.category ?? "", ...d.keywords].map(fold);
      if (!hay.some((h) => h.includes(k))) continue;
    }
    if (filter.mode && (filter.mode === "none" ? d.mode !== null : d.mode !== filter.mode)) continue;
    if (filter.capMinWan !== void 0 && (!cap || cap.value.yuan < filter.capMinWan * 1e4)) continue;
    if (filter.capMaxWan !== void 0 && (!cap || cap.value.yuan > filter.capMaxWan * 1e4)) continue;
    rows.push({
      id: d.id,
      title: d.title,
      mode: d.mode,
      category: d.category,
      capYuan: cap?.value.yuan ?? null,
      capText: cap?.value.text ?? null,
      capSource: cap?.source ?? null,
      durationMaxYears: duration?.value ?? null,
      durationSource: duration?.source ?? null,
      kpiCount: d.kpis.length
    });
  }
  return rows;
}
var HEAD = {
  zh: ["\u7F16\u53F7", "\u65B9\u5411\u540D\u79F0", "\u7EC4\u7EC7\u65B9\u5F0F", "\u4E0A\u9650(\u4E07\u5143)", "\u671F\u9650(\u5E74)", "\u6307\u6807\u6570"],
  en: ["ID", "Title", "Mode", "Cap (10k CNY)", "Years", "KPIs"]
};
var FOOT = {
  zh: { count: "\u5171 {{n}} \u4E2A\u65B9\u5411", inherited: "* \u53D6\u81EA\u6587\u4EF6\u901A\u7528\u8981\u6C42", none: "\u6CA1\u6709\u7B26\u5408\u6761\u4EF6\u7684\u65B9\u5411" },
  en: { count: "{{n}} directions", inherited: "* from the document-wide rules", none: "No direction matches" }
};
function formatDirectionTable(rows, lang = "zh", titleWidth = 48) {
  const f = FOOT[lang];
  if (rows.length === 0) return f.none + "\n";
  const body = rows.map((r) => [
    r.id,
    truncate(r.title, titleWidth),
    r.mode ?? "-",
    r.capYuan === null ? "-" : `${trimNumber(r.capYuan / 1e4)}${r.capSource === "document" ? "*" : ""}`,
    r.durationMaxYears === null ? "-" : `${trimNumber(r.durationMaxYears)}${r.durationSource === "document" ? "*" : ""}`,
    String(r.kpiCount)
  ]);
  const lines = alignColumns([HEAD[lang], ...body], /* @__PURE__ */ new Set([3, 4, 5]));
  const inherited = rows.some((r) => r.capSource === "document" || r.durationSource === "document");
  lines.push("", fill(f.count, { n: rows.length }) + (inherited ? (lang === "zh" ? "\uFF1B" : "; ") + f.inherited : ""));
  return lines.join("\n") + "\n";
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

// src/cli/list.ts
async function runList(guidePath, opts, io) {
  const guide = await loadGuide(guidePath, io.cwd, DEFAULT_MAX_BYTES);
  const rows = listDirections(guide, { keyword: opts.keyword, mode: opts.mode, capMinWan: opts.capMin, capMaxWan: opts.capMax });
  io.stdout.write(opts.format === "json" ? JSON.stringify(rows, null, 2) + "\n" : formatDirectionTable(rows, io.lang));
  return 0;
}
export {
  runList
};
