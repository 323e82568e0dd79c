import { createRequire as __guideCreateRequire } from "node:module";
const require = __guideCreateRequire(import.meta.url);

// src/batch/cache.ts
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile as readFile2 } from "node:fs/promises";
import { dirname as dirname2, extname as extname2, join as join2, resolve as resolve3 } from "node:path";
import { fileURLToPath } from "node:url";

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

// src/core/atomic-write.ts
import { randomBytes } from "node:crypto";
import { open, realpath, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { GuideError } from "./core-errors.js";
async function writeFileAtomic(path, data, cwd, shownPath = path) {
  const target = resolve(cwd, path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fh = await open(tmp, "wx", 420);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => {
    });
    const code = err?.code;
    throw new GuideError("output-unwritable", shownPath, { detail: code ?? String(err?.message ?? err) });
  }
}

// src/core/read-input.ts
import { open as open2, readFile, stat } from "node:fs/promises";
import { extname, resolve as resolve2 } from "node:path";
import { GuideError as GuideError2 } from "./core-errors.js";
var DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
var NOTICE_EXTENSIONS = [".txt", ".md", ".text", ".pdf", ".docx", ".html", ".htm"];
var LEGACY_OFFICE = /* @__PURE__ */ new Set([".doc", ".wps", ".wpt", ".dot", ".et", ".xls", ".ppt", ".dps"]);
var IMAGES = /* @__PURE__ */ new Set([".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".svg"]);
async function readInput(path, options) {
  const absPath = resolve2(options.cwd, path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extensions = options.extensions ?? NOTICE_EXTENSIONS;
  let size;
  try {
    const st = await stat(absPath);
    if (st.isDirectory()) throw new GuideError2("is-directory", path);
    size = st.size;
  } catch (err) {
    throw toInputError(err, path);
  }
  const ext = extname(path).toLowerCase();
  if (!extensions.includes(ext)) {
    if (LEGACY_OFFICE.has(ext)) throwIfMisnamed(await readHead(absPath), path, ext);
    throw unsupported(path, ext, extensions);
  }
  if (size > maxBytes) throw new GuideError2("too-large", path, { size, limit: maxBytes });
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
  return new GuideError2("unsupported-type", path, { ext, kind, allowed: allowed.join(" ") });
}
function throwIfMisnamed(head, path, ext) {
  const magic = Buffer.from(head.subarray(0, 5)).toString("latin1");
  if (magic.startsWith("PK")) throw new GuideError2("misnamed-file", path, { ext, actual: "DOCX", fix: ".docx" });
  if (magic === "%PDF-") throw new GuideError2("misnamed-file", path, { ext, actual: "PDF", fix: ".pdf" });
}
async function readHead(absPath) {
  const handle = await open2(absPath, "r").catch(() => null);
  if (handle === null) return new Uint8Array(0);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function checkedBytes(bytes, path, maxBytes) {
  if (bytes.length > maxBytes) throw new GuideError2("too-large", path, { size: bytes.length, limit: maxBytes });
  if (bytes.length === 0) throw new GuideError2("empty-file", path);
  return bytes;
}
function toInputError(err, path) {
  if (err instanceof GuideError2) return err;
  const code = err?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new GuideError2("file-not-found", path);
  if (code === "EISDIR") return new GuideError2("is-directory", path);
  return new GuideError2("file-unreadable", path, { detail: code ?? String(err?.message ?? err) });
}

// src/batch/cache.ts
var GUIDE_SCHEMA_VERSION = 1;
var guideCacheStats = { parses: 0, hits: 0, writes: 0 };
async function loadGuideCached(path, options) {
  const { cwd, maxBytes } = options;
  const input = await readInput(path, { cwd, maxBytes, extensions: options.extensions ?? NOTICE_EXTENSIONS });
  const parse = async () => {
    guideCacheStats.parses++;
    const { parseGuide } = await import("./parse.js");
    return parseGuide(input.bytes, { path, maxBytes, ...options.directions === void 0 ? {} : { directions: options.directions } });
  };
  if (options.cacheDir === null) return parse();
  const guide = await cachedGuide(input.bytes, extname2(path), { cwd, cacheDir: options.cacheDir, directions: options.directions }, parse);
  guide.source.path = path;
  return guide;
}
async function cachedGuide(bytes, extension, options, make) {
  const { cwd, directions } = options;
  const ext = extension.toLowerCase();
  const hash = createHash("sha256").update(bytes).digest("hex");
  const key = [hash, ext, VERSION, GUIDE_SCHEMA_VERSION, BUILD, directions ?? ""].join(" ");
  const dir = resolve3(cwd, options.cacheDir);
  const variant = directions === void 0 ? "" : "-" + createHash("sha256").update(directions).digest("hex").slice(0, 8);
  const file = join2(dir, `${hash}${ext.replace(".", "-")}${variant}.json`);
  try {
    const entry = JSON.parse(await readFile2(file, "utf8"));
    const guide2 = entry.guide;
    if (entry.key === key && guide2 && guide2.schemaVersion === GUIDE_SCHEMA_VERSION && guide2.source && Array.isArray(guide2.directions)) {
      guideCacheStats.hits++;
      return guide2;
    }
  } catch {
  }
  const guide = await make();
  try {
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(file, JSON.stringify({ key, version: VERSION, guide }), cwd);
    guideCacheStats.writes++;
  } catch {
  }
  return guide;
}
function defaultCacheDir(cwd) {
  const root = repositoryRoot(resolve3(cwd)) ?? resolve3(cwd);
  return existsSync(join2(root, "node_modules")) ? join2(root, "node_modules", ".cache", "guide") : join2(root, ".guide-cache");
}
function repositoryRoot(start) {
  for (let dir = start; ; dir = dirname2(dir)) {
    if (["guide.config.yaml", ".git", "package.json"].some((marker) => existsSync(join2(dir, marker)))) return dir;
    if (dirname2(dir) === dir) return null;
  }
}
var BUILD = (() => {
  for (const name of ["./parse.js", "../parse.js", "../parse.ts"]) {
    try {
      return String(statSync(fileURLToPath(new URL(name, import.meta.url))).mtimeMs);
    } catch {
    }
  }
  return "";
})();
export {
  GUIDE_SCHEMA_VERSION,
  cachedGuide,
  defaultCacheDir,
  guideCacheStats,
  loadGuideCached
};
