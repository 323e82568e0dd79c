/**
 * guide.config.yaml: found upward from the working directory (or named with --config), parsed as safe
 * YAML (core schema, no custom tags, bounded aliases), validated by the zod model in src/model/config.ts.
 */
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Node as YamlNode } from "yaml";
import { GuideError } from "../core/errors.js";
import { nearest } from "../core/nearest.js";
import { yamlPlace } from "../core/guide-file.js";
import type { GuideConfig, RuleSetting } from "../model/config.js";
import type { Severity } from "../model/check.js";

/** The config file's name, looked for upward from the working directory. */
export const CONFIG_NAME = "guide.config.yaml";

/** Default baseline file name, next to the config. */
export const BASELINE_NAME = ".guide-baseline.json";

/** Aliases beyond this many are refused (billion-laughs). */
const MAX_ALIASES = 100;

/** A config file larger than this is refused: a real one is a few KB. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** A loaded, validated config and where it lives. */
export interface LoadedConfig {
  /** Absolute path of the config file. */
  path: string;
  /** Its folder: relative paths and globs of the config start here. */
  dir: string;
  /**
   * The repository root: the nearest folder at or above the config holding `.git`, else the config's
   * folder. Globs and paths of the config must stay inside it.
   */
  root: string;
  config: GuideConfig;
  /** 1-based line of a node of the config, by path (["waivers", 0]); 1 when unknown. */
  lineOf(path: (string | number)[]): number;
}

/**
 * Look for guide.config.yaml in `cwd` and its parents. Stops at the filesystem root, or after the
 * folder holding `.git` (the repository root): a config outside the repository is not this one's.
 */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, ".git"))) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The repository root of a folder: the nearest folder at or above it holding `.git`, else the folder itself. */
export function repoRootOf(dir: string): string {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(join(d, ".git"))) return d;
    const parent = dirname(d);
    if (parent === d) return resolve(dir);
    d = parent;
  }
}

/**
 * Read and validate a config file. Every problem is an `invalid-config` GuideError naming the file and
 * the path inside it (`rules.kpi-missing: …`, `guides[0].drafts: …`).
 */
export async function loadConfig(file: string, cwd: string): Promise<LoadedConfig> {
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new GuideError("is-directory", file);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof GuideError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new GuideError("file-not-found", file);
    throw new GuideError("file-unreadable", file, { detail: code ?? String(err) });
  }
  if (bytes.length > MAX_CONFIG_BYTES) throw new GuideError("too-large", file, { size: bytes.length, limit: MAX_CONFIG_BYTES });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new GuideError("invalid-config", file, { detail: "not UTF-8" });
  }
  const { value, lineOf } = await parseConfigYaml(text, file);
  const config = await validateConfig(value, file);
  const dir = dirname(path);
  return { path, dir, root: repoRootOf(dir), config, lineOf };
}

/**
 * Parse YAML safely: the core schema only (no `!!js/…`, no custom tags: any tag outside the core schema
 * is an error), unique keys, at most MAX_ALIASES aliases. The YAML library (and the zod model, below) load
 * only when there is a config: `guide check` without one never pays for them (issue 14).
 */
export async function parseConfigYaml(text: string, file: string): Promise<{ value: unknown; lineOf(path: (string | number)[]): number }> {
  const [{ LineCounter, isMap, isSeq }, { parseYamlDocument }] = await Promise.all([import("yaml"), import("../core/yaml-document.js")]);
  const lineCounter = new LineCounter();
  const doc = parseYamlDocument(text.replace(/^\uFEFF/, ""), { schema: "core", customTags: [], uniqueKeys: true, lineCounter, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new GuideError("invalid-config", file, { detail: `${yamlPlace(problem, lineCounter)}${problem.message.split("\n")[0]}` });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    throw new GuideError("invalid-config", file, { detail: (err as Error).message.split("\n")[0] });
  }
  const lineOf = (p: (string | number)[]): number => {
    let node: unknown = doc.contents;
    for (const key of p) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node)) node = node.get(key as number, true);
      else break;
    }
    const range = (node as YamlNode | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  return { value: value ?? {}, lineOf };
}

/** Validate a parsed config against the zod model; the first issue is reported with its path. */
export async function validateConfig(value: unknown, file: string): Promise<GuideConfig> {
  const { GuideConfig } = await import("../model/config.js");
  const r = GuideConfig.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const more = r.error.issues.length > 1 ? ` (+${r.error.issues.length - 1})` : "";
  throw new GuideError("invalid-config", file, { detail: `${formatIssuePath(issue.path)}: ${issue.message}${more}` });
}

/** ["guides", 0, "drafts"] → "guides[0].drafts"; [] → "(root)". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const k of path) out += typeof k === "number" ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || "(root)";
}

/** The severity a rule setting stands for in checkDraft terms: warn → warning. */
export function severityOf(setting: RuleSetting): "off" | Severity {
  const level = Array.isArray(setting) ? setting[0] : setting;
  return level === "warn" ? "warning" : level;
}

/**
 * Check that every rule id named in a settings block exists, and that no options are given (no rule
 * takes any yet). `where` is the config path of the block, for the message.
 */
export function checkRuleIds(settings: Record<string, RuleSetting> | undefined, known: ReadonlySet<string>, where: string, file: string): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    if (!known.has(id)) {
      // kpi-mising → did you mean kpi-missing?
      const near = nearest(id, [...known]);
      const hint = near ? `did you mean ${near}? ` : "";
      throw new GuideError("invalid-config", file, { detail: `${where}.${id}: unknown rule (${hint}known: ${[...known].sort().join(", ")})` });
    }
    if (Array.isArray(setting) && setting.length > 1 && Object.keys(setting[1] ?? {}).length > 0)
      throw new GuideError("invalid-config", file, { detail: `${where}.${id}: this rule takes no options` });
  }
}

/**
 * Resolve a path or glob of the config against its folder and refuse it when it leaves the repository
 * (an absolute path elsewhere, or `..` above the root). Returns it relative to the config folder, in
 * POSIX form, as the glob library wants it.
 */
export function insideRepo(pattern: string, cfg: Pick<LoadedConfig, "dir" | "root" | "path">, where: string): string {
  const negated = pattern.startsWith("!");
  const p = (negated ? pattern.slice(1) : pattern).replace(/\\/g, "/");
  let outside: boolean;
  let fromDir = p;
  if (isAbsolute(p) || /^[A-Za-z]:\//.test(p)) {
    // The literal part before the first glob character decides where an absolute pattern can reach.
    const parts = p.split("/");
    const firstGlob = parts.findIndex((s) => /[*?[\]{}]/.test(s));
    const literal = parts.slice(0, firstGlob < 0 ? parts.length : firstGlob).join("/") || "/";
    const rel = relative(cfg.root, resolve(literal));
    outside = rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel) || p.split("/").includes("..");
    fromDir = relative(cfg.dir, resolve(literal)).split(sep).join("/") + (firstGlob < 0 ? "" : "/" + parts.slice(firstGlob).join("/"));
  } else outside = escapes(p, cfg);
  if (outside) throw new GuideError("invalid-config", cfg.path, { detail: `${where}: ${pattern} points outside the repository (${cfg.root})` });
  return (negated ? "!" : "") + fromDir.replace(/^\//, "");
}

/** A relative pattern whose `..` segments (anywhere) climb above the repository root. */
function escapes(p: string, cfg: Pick<LoadedConfig, "dir" | "root">): boolean {
  let depth = relative(cfg.root, cfg.dir).split(sep).filter(Boolean).length;
  for (const seg of p.split("/")) {
    if (seg === "..") depth--;
    else if (seg !== "." && seg !== "") depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** A path of the config (notice, guide, baseline) resolved to an absolute path inside the repository. */
export function resolveConfigPath(p: string, cfg: Pick<LoadedConfig, "dir" | "root" | "path">, where: string): string {
  insideRepo(p, cfg, where);
  return resolve(cfg.dir, p);
}
