import { existsSync, readFileSync, statSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultCacheDir, guideCacheStats, loadGuideCached } from "../src/batch/cache.js";
import { main } from "../src/cli/main.js";
import { DEFAULT_MAX_BYTES } from "../src/core/read-input.js";
import { parse as parseYaml } from "yaml";
import { ROOT } from "./helpers.js";

const NOTICE = join(ROOT, "fixtures/notices/003-sichuan-ai-jiebang/input.txt");
const DRAFT = join(ROOT, "fixtures/drafts/023-sichuan-strict-at-threshold/draft.txt");

let tmp: string;
let n = 0;
/** A fresh folder per test: a repository with a notice and a draft. */
async function repo(): Promise<string> {
  const dir = join(tmp, `repo-${++n}`);
  await mkdir(dir, { recursive: true });
  await copyFile(NOTICE, join(dir, "notice.txt"));
  await copyFile(DRAFT, join(dir, "draft.txt"));
  return dir;
}
const counts = () => ({ ...guideCacheStats });
const delta = (before: typeof guideCacheStats) => ({
  parses: guideCacheStats.parses - before.parses,
  hits: guideCacheStats.hits - before.hits,
  writes: guideCacheStats.writes - before.writes,
});
const entries = async (dir: string) => (existsSync(dir) ? (await readdir(dir)).filter((f) => f.endsWith(".json")) : []);

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "guide-cache-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("loadGuideCached", () => {
  let cwd: string;
  let cacheDir: string;
  beforeEach(async () => {
    cwd = await repo();
    cacheDir = join(cwd, "cache");
  });
  const load = (path = "notice.txt", dir: string | null = cacheDir) => loadGuideCached(path, { cwd, cacheDir: dir, maxBytes: DEFAULT_MAX_BYTES });

  it("parses on a miss and writes one entry, then serves the same guide from it", async () => {
    let c = counts();
    const first = await load();
    expect(delta(c)).toEqual({ parses: 1, hits: 0, writes: 1 });
    expect(await entries(cacheDir)).toHaveLength(1);
    const file = join(cacheDir, (await entries(cacheDir))[0]);
    const mtime = statSync(file).mtimeMs;

    c = counts();
    const second = await load();
    expect(delta(c)).toEqual({ parses: 0, hits: 1, writes: 0 });
    expect(second).toEqual(first);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(first.directions.length).toBeGreaterThan(0);
  });

  it("keys by content, not by name: a copy under another path is a hit and carries its own path", async () => {
    await load();
    await copyFile(join(cwd, "notice.txt"), join(cwd, "copy.txt"));
    const c = counts();
    const copy = await load("copy.txt");
    expect(delta(c)).toEqual({ parses: 0, hits: 1, writes: 0 });
    expect(copy.source.path).toBe("copy.txt");
  });

  it("parses again when the notice's bytes change, in a second entry", async () => {
    await load();
    await writeFile(join(cwd, "notice.txt"), readFileSync(NOTICE, "utf8") + "\n附件：无\n");
    const c = counts();
    await load();
    expect(delta(c)).toEqual({ parses: 1, hits: 0, writes: 1 });
    expect(await entries(cacheDir)).toHaveLength(2);
  });

  it("bypasses the cache with cacheDir null (--no-cache): parses, writes nothing", async () => {
    await load();
    const c = counts();
    await load("notice.txt", null);
    await load("notice.txt", null);
    expect(delta(c)).toEqual({ parses: 2, hits: 0, writes: 0 });
  });

  it.each([
    ["garbage", "{not json"],
    ["truncated", "{\"key\":\"x\",\"guide\":{\"schemaVersion\":1,"],
    ["another key (an older version or build)", JSON.stringify({ key: "stale", guide: { schemaVersion: 1, source: {}, directions: [] } })],
    ["a guide of another shape", "{\"key\":null,\"guide\":[]}"],
  ])("ignores a corrupt entry (%s) and rewrites it", async (_name, body) => {
    const good = await load();
    const file = join(cacheDir, (await entries(cacheDir))[0]);
    await writeFile(file, body);
    const c = counts();
    expect(await load()).toEqual(good);
    expect(delta(c)).toEqual({ parses: 1, hits: 0, writes: 1 });
    expect(JSON.parse(readFileSync(file, "utf8")).guide).toEqual(good);
    const again = counts();
    await load();
    expect(delta(again)).toEqual({ parses: 0, hits: 1, writes: 0 });
  });

  it("still returns the guide when the cache cannot be written", async () => {
    await writeFile(join(cwd, "not-a-dir"), "");
    const c = counts();
    const guide = await load("notice.txt", join(cwd, "not-a-dir", "cache"));
    expect(guide.directions.length).toBeGreaterThan(0);
    expect(delta(c)).toEqual({ parses: 1, hits: 0, writes: 0 });
  });

  it("leaves no temp file behind (written atomically)", async () => {
    await load();
    expect((await readdir(cacheDir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("defaultCacheDir", () => {
  it("is node_modules/.cache/guide when the repository has node_modules, else .guide-cache", async () => {
    const withModules = await repo();
    await mkdir(join(withModules, "node_modules"));
    await mkdir(join(withModules, ".git"));
    await mkdir(join(withModules, "drafts", "a"), { recursive: true });
    expect(defaultCacheDir(join(withModules, "drafts", "a"))).toBe(join(withModules, "node_modules", ".cache", "guide"));
    const plain = await repo();
    await writeFile(join(plain, "guide.config.yaml"), "");
    await mkdir(join(plain, "sub"));
    expect(defaultCacheDir(join(plain, "sub"))).toBe(join(plain, ".guide-cache"));
  });

  it("is .guide-cache in the repository root, which .gitignore lists", () => {
    expect(defaultCacheDir(ROOT)).toBe(join(ROOT, "node_modules", ".cache", "guide"));
    expect(readFileSync(join(ROOT, ".gitignore"), "utf8")).toMatch(/^\.guide-cache\/$/m);
  });
});

describe("guide check with a notice as --guide", () => {
  async function check(cwd: string, ...extra: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await main({
      argv: ["check", "draft.txt", "--guide", "notice.txt", "--format", "json", ...extra],
      cwd,
      env: {},
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
    });
    return { code, stdout, stderr };
  }

  it("parses the notice once per content hash across runs, into .guide-cache; --no-cache parses again", async () => {
    const cwd = await repo();
    await mkdir(join(cwd, ".git"));
    const cacheDir = join(cwd, ".guide-cache");
    let c = counts();
    const cold = await check(cwd);
    expect(delta(c)).toMatchObject({ parses: 1, hits: 0 });
    expect(await entries(cacheDir)).toHaveLength(1);
    const file = join(cacheDir, (await entries(cacheDir))[0]);
    // A past mtime: a hit must not touch the entry.
    await utimes(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const mtime = statSync(file).mtimeMs;

    c = counts();
    const warm = await check(cwd);
    expect(delta(c)).toMatchObject({ parses: 0, hits: 1 });
    expect(statSync(file).mtimeMs).toBe(mtime);

    c = counts();
    const uncached = await check(cwd, "--no-cache");
    expect(delta(c)).toEqual({ parses: 1, hits: 0, writes: 0 });
    expect(statSync(file).mtimeMs).toBe(mtime);

    expect(cold.code).toBe(warm.code);
    expect(warm.stdout).toBe(cold.stdout);
    expect(uncached.stdout).toBe(cold.stdout);
    expect(cold.stderr + warm.stderr + uncached.stderr).toBe("");
  });
});

describe("guide check with a parsed guide (YAML) as --guide", () => {
  const GUIDE = join(ROOT, "fixtures/drafts/guides/003.yaml");
  async function check(cwd: string, ...extra: string[]) {
    let stdout = "";
    let stderr = "";
    const code = await main({
      argv: ["check", "draft.txt", "--guide", "guide.yaml", "--format", "json", ...extra],
      cwd,
      env: {},
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
    });
    return { code, stdout, stderr };
  }

  it("reads and validates the YAML once per content, then reads the JSON entry; the same report every time", async () => {
    const cwd = await repo();
    await mkdir(join(cwd, ".git"));
    await copyFile(GUIDE, join(cwd, "guide.yaml"));
    const cacheDir = join(cwd, ".guide-cache");
    let c = counts();
    const cold = await check(cwd);
    expect(delta(c)).toEqual({ parses: 0, hits: 0, writes: 1 });
    const [entry] = await entries(cacheDir);
    expect(entry).toMatch(/^[0-9a-f]{64}-yaml\.json$/);
    expect(JSON.parse(readFileSync(join(cacheDir, entry), "utf8")).guide).toEqual(parseYaml(readFileSync(GUIDE, "utf8")));

    c = counts();
    const warm = await check(cwd);
    expect(delta(c)).toEqual({ parses: 0, hits: 1, writes: 0 });
    c = counts();
    const uncached = await check(cwd, "--no-cache");
    expect(delta(c)).toEqual({ parses: 0, hits: 0, writes: 0 });
    expect(cold.code).toBe(1);
    expect(warm.stdout).toBe(cold.stdout);
    expect(uncached.stdout).toBe(cold.stdout);
    expect(cold.stderr + warm.stderr + uncached.stderr).toBe("");

    // an edited guide is another entry, read from its YAML
    await writeFile(join(cwd, "guide.yaml"), readFileSync(GUIDE, "utf8").replace(/^(\s+title: )/m, "$1改 "));
    c = counts();
    await check(cwd);
    expect(delta(c)).toEqual({ parses: 0, hits: 0, writes: 1 });
    expect(await entries(cacheDir)).toHaveLength(2);
  });

  it("caches no guide the schema refuses: each run reports it (exit 2)", async () => {
    const cwd = await repo();
    await mkdir(join(cwd, ".git"));
    await writeFile(join(cwd, "guide.yaml"), readFileSync(GUIDE, "utf8").replace(/op: ">="/, 'op: "≥"'));
    for (let run = 0; run < 2; run++) {
      const c = counts();
      const r = await check(cwd);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/guide\.yaml.*directions\/\d+\/kpis\/\d+\/op/);
      expect(delta(c)).toEqual({ parses: 0, hits: 0, writes: 0 });
    }
    expect(await entries(join(cwd, ".guide-cache"))).toHaveLength(0);
  });
});
