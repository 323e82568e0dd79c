import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../check/docs.js";
import { writeFileAtomic } from "../core/atomic-write.js";
import { NOTICE_EXTENSIONS, readInput } from "../core/read-input.js";
import type { GuideDocument } from "../model/guide.js";

/** schemaVersion of the GuideDocument the cache holds (SPEC: 1); part of every key. */
export const GUIDE_SCHEMA_VERSION = 1;

/** Options of loadGuideCached. */
export interface GuideCacheOptions {
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Where parsed notices are kept (relative to cwd or absolute); null parses every time (`--no-cache`). */
  cacheDir: string | null;
  /** Refuse notices larger than this many bytes. */
  maxBytes: number;
  /** Extensions accepted (default NOTICE_EXTENSIONS); `guide check` names the guide ones too in its error. */
  extensions?: readonly string[];
  /** How the notice numbers its directions (`--directions`, a config entry's `directions`). */
  directions?: string;
}

/** What the cache did since the process started, for tests (no timing needed to tell a hit from a parse); parses counts notices. */
export const guideCacheStats = { parses: 0, hits: 0, writes: 0 };

/**
 * A notice parsed into a GuideDocument, through the on-disk cache (cachedGuide); a hit skips the parse (the
 * expensive part of checking a repository). `source.path` is the path given now, not the one the entry was
 * first parsed under.
 */
export async function loadGuideCached(path: string, options: GuideCacheOptions): Promise<GuideDocument> {
  const { cwd, maxBytes } = options;
  const input = await readInput(path, { cwd, maxBytes, extensions: options.extensions ?? NOTICE_EXTENSIONS });
  const parse = async (): Promise<GuideDocument> => {
    guideCacheStats.parses++;
    const { parseGuide } = await import("../parse.js");
    return parseGuide(input.bytes, { path, maxBytes, ...(options.directions === undefined ? {} : { directions: options.directions }) });
  };
  if (options.cacheDir === null) return parse();
  const guide = await cachedGuide(input.bytes, extname(path), { cwd, cacheDir: options.cacheDir, directions: options.directions }, parse);
  guide.source.path = path;
  return guide;
}

/**
 * A GuideDocument made from a file's bytes — a notice parsed, or a parsed guide (.yaml/.json) read and
 * validated — through an on-disk cache of JSON entries: an entry is named by the sha256 of the bytes and the
 * extension (which decides the reader) and keyed by those plus the tool version, the guide schema version
 * and the build. A hit is one JSON.parse; a miss runs `make` and writes the entry atomically. An entry that
 * cannot be read or does not match its key is ignored and rewritten, and a cache that cannot be written
 * only costs the next run a `make`. `make` throwing (a bad notice or guide) writes nothing.
 */
export async function cachedGuide(
  bytes: Uint8Array,
  extension: string,
  options: { cwd: string; cacheDir: string; directions?: string },
  make: () => Promise<GuideDocument>,
): Promise<GuideDocument> {
  const { cwd, directions } = options;
  const ext = extension.toLowerCase();
  const hash = createHash("sha256").update(bytes).digest("hex");
  // One file per file content (and reader): a new version or build overwrites its entry instead of adding one.
  const key = [hash, ext, VERSION, GUIDE_SCHEMA_VERSION, BUILD, directions ?? ""].join(" ");
  const dir = resolve(cwd, options.cacheDir);
  // A notice read with a --directions choice is another entry than the same notice read by default.
  const variant = directions === undefined ? "" : "-" + createHash("sha256").update(directions).digest("hex").slice(0, 8);
  const file = join(dir, `${hash}${ext.replace(".", "-")}${variant}.json`);
  try {
    const entry = JSON.parse(await readFile(file, "utf8")) as { key?: unknown; guide?: GuideDocument };
    const guide = entry.guide;
    if (entry.key === key && guide && guide.schemaVersion === GUIDE_SCHEMA_VERSION && guide.source && Array.isArray(guide.directions)) {
      guideCacheStats.hits++;
      return guide;
    }
  } catch {
    // Missing, unreadable or corrupt (a crash of an older version, a disk error): make it and rewrite it.
  }
  const guide = await make();
  try {
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(file, JSON.stringify({ key, version: VERSION, guide }), cwd);
    guideCacheStats.writes++;
  } catch {
    // A read-only checkout or a full disk: checking goes on, uncached.
  }
  return guide;
}

/**
 * The default cache folder of a repository: `node_modules/.cache/guide` when the repository has
 * node_modules (the convention of babel, eslint, terser…), else `.guide-cache/` (listed in .gitignore).
 * The repository is the nearest folder upward from `cwd` with .git, guide.config.yaml or package.json;
 * `cwd` itself when there is none.
 */
export function defaultCacheDir(cwd: string): string {
  const root = repositoryRoot(resolve(cwd)) ?? resolve(cwd);
  return existsSync(join(root, "node_modules")) ? join(root, "node_modules", ".cache", "guide") : join(root, ".guide-cache");
}

function repositoryRoot(start: string): string | null {
  for (let dir = start; ; dir = dirname(dir)) {
    if (["guide.config.yaml", ".git", "package.json"].some((marker) => existsSync(join(dir, marker)))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

// The version alone would keep serving stale parses (and guides validated by an older schema) while the parser
// changes between releases (every
// development build is 0.1.0): the compiled parser's mtime changes with every `tsc` build, so it is part of
// the key too. From the bundle (dist/bundle/, committed, run by the GitHub Action without dist/) it is the
// bundled parse.js beside this file; from the sources (vitest) it is src/parse.ts's.
const BUILD = (() => {
  for (const name of ["./parse.js", "../parse.js", "../parse.ts"]) {
    try {
      return String(statSync(fileURLToPath(new URL(name, import.meta.url))).mtimeMs);
    } catch {
      // try the next
    }
  }
  return "";
})();
