/**
 * What `guide check` checks: the drafts of guide.config.yaml (no file arguments), or the files given,
 * each with its guide, direction and rule severities from the config (overrides applied in order).
 */
import { relative, resolve, sep } from "node:path";
import type { SeveritySetting } from "../check/runner.js";
import { GuideError } from "../core/errors.js";
import type { Severity } from "../model/check.js";
import type { ConfigGuide, ConfigOverride } from "../model/config.js";
import { checkRuleIds, insideRepo, resolveConfigPath, severityOf, type LoadedConfig } from "./load.js";

/** A waiver of the config, attached to the drafts it names. */
export interface ConfigWaiverRef {
  rule: string;
  kpi?: string;
  reason: string | null;
  /** Index in the config's `waivers` list. */
  index: number;
  /** Line of the waiver in the config file. */
  line: number;
}

/** One draft to check, and how. */
export interface CheckTask {
  /** The draft as shown in reports: relative to the working directory, POSIX separators. */
  path: string;
  /** Absolute path of the draft. */
  abs: string;
  /** The guide (parsed .yaml/.json) or notice, as a path relative to the working directory or as given. */
  guide: string;
  /** The direction to check against (--direction, an override, the guide entry), if any. */
  direction?: string;
  /** How the notice numbers its directions (the entry's `directions`), for parsing it. */
  noticeDirections?: string;
  /** Severity by rule id (config rules, then overrides); empty → the rules' defaults. */
  severity: Record<string, SeveritySetting>;
  /** Waivers of the config that name this draft. */
  waivers: ConfigWaiverRef[];
}

/** Options of planChecks. */
export interface PlanOptions {
  cwd: string;
  /** Files given on the command line; empty → everything the config names. */
  files: string[];
  /** --guide: wins over the config's guide. */
  guide?: string;
  /** --direction: wins over the config's direction. */
  direction?: string;
  /** Rule ids that exist (for validating the config's rule settings). */
  ruleIds: ReadonlySet<string>;
}

const shown = (abs: string, cwd: string): string => {
  const rel = relative(cwd, abs);
  return (rel === "" ? "." : rel).split(sep).join("/");
};

/** Expand globs of the config (relative to its folder) to a sorted list of absolute file paths. */
async function expand(patterns: string[], cfg: LoadedConfig, where: string, ignore: string[] = []): Promise<string[]> {
  const safe = patterns.map((p, i) => insideRepo(p, cfg, `${where}[${i}]`));
  if (!safe.some((p) => !p.startsWith("!"))) return [];
  // loaded only when a config names globs
  const { glob } = await import("tinyglobby");
  const found = await glob(safe, { cwd: cfg.dir, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore });
  return found.map((f) => resolve(f)).sort();
}

/** The config's globs expanded and its settings checked, ready to settle each draft (planChecks, explainFile). */
interface Prepared {
  /** The config file as shown to the user (relative to the working directory). */
  file: string;
  /** Each `guides` entry with its guide (relative to cwd) and its drafts, `ignores` left out. */
  entries: { entry: ConfigGuide; index: number; guide: string; drafts: string[]; set: Set<string> }[];
  overrides: { o: ConfigOverride; index: number; set: Set<string> }[];
  waivers: { ref: ConfigWaiverRef; set: Set<string> }[];
  /** Absolute paths matched by `ignores`. */
  ignored: Set<string>;
  baseSeverity: Record<string, SeveritySetting>;
}

async function prepare(cfg: LoadedConfig, opts: PlanOptions): Promise<Prepared> {
  const { cwd } = opts;
  const c = cfg.config;
  const file = shown(cfg.path, cwd);
  checkRuleIds(c.rules, opts.ruleIds, "rules", file);
  (c.overrides ?? []).forEach((o, i) => checkRuleIds(o.rules, opts.ruleIds, `overrides[${i}].rules`, file));
  (c.waivers ?? []).forEach((w, i) => {
    if (!opts.ruleIds.has(w.rule)) throw new GuideError("invalid-config", file, { detail: `waivers[${i}].rule: unknown rule ${w.rule}` });
  });

  if (c.baseline !== undefined) resolveConfigPath(c.baseline, cfg, "baseline");
  const ignores = (c.ignores ?? []).map((p, i) => insideRepo(p, cfg, `ignores[${i}]`));
  const ignored = new Set(await expand(c.ignores ?? [], cfg, "ignores"));
  const entries = await Promise.all(
    c.guides.map(async (g, index) => {
      const where = `guides[${index}]`;
      const guideAbs = resolveConfigPath((g.notice ?? g.guide)!, cfg, `${where}.${g.notice !== undefined ? "notice" : "guide"}`);
      const drafts = await expand(g.drafts, cfg, `${where}.drafts`, ignores);
      return { entry: g, index, guide: shown(guideAbs, cwd), drafts, set: new Set(drafts) };
    }),
  );
  const overrides = await Promise.all(
    (c.overrides ?? []).map(async (o, index) => ({ o, index, set: new Set(await expand(o.files, cfg, `overrides[${index}].files`)) })),
  );
  const waivers = await Promise.all(
    (c.waivers ?? []).map(async (w, i) => ({
      ref: { rule: w.rule, kpi: w.kpi, reason: w.reason?.trim() ? w.reason.trim() : null, index: i, line: cfg.lineOf(["waivers", i]) },
      set: new Set(await expand([w.file], cfg, `waivers[${i}].file`)),
    })),
  );
  const baseSeverity: Record<string, SeveritySetting> = {};
  for (const [id, s] of Object.entries(c.rules ?? {})) baseSeverity[id] = severityOf(s);
  return { file, entries, overrides, waivers, ignored, baseSeverity };
}

/**
 * One draft's check: severities of the config's `rules`, then of each override matching it (later ones
 * win), the direction of --direction, else the last matching override, else the entry; the waivers naming
 * it. Also which overrides applied. Throws `usage` when there is no guide.
 */
function settle(
  abs: string,
  p: Prepared,
  opts: Pick<PlanOptions, "cwd" | "direction" | "guide">,
  guide: string | undefined,
  entry: ConfigGuide | undefined,
): { task: CheckTask; overrides: number[] } {
  const severity = { ...p.baseSeverity };
  let direction = entry?.direction;
  const applied: number[] = [];
  for (const { o, index, set } of p.overrides) {
    if (!set.has(abs)) continue;
    applied.push(index);
    for (const [id, s] of Object.entries(o.rules ?? {})) severity[id] = severityOf(s);
    if (o.direction !== undefined) direction = o.direction;
  }
  if (guide === undefined)
    throw new GuideError("usage", "", { problem: "noGuideFor", draft: shown(abs, opts.cwd), config: p.file });
  const noticeDirections = entry?.directions;
  const task: CheckTask = {
    path: shown(abs, opts.cwd),
    abs,
    guide,
    direction: opts.direction ?? direction,
    ...(noticeDirections !== undefined && guide !== opts.guide ? { noticeDirections } : {}),
    severity,
    waivers: p.waivers.filter((w) => w.set.has(abs)).map((w) => w.ref),
  };
  return { task, overrides: applied };
}

/**
 * The checks to run. Without a config: each file against --guide. With one: no files → every draft of
 * every `guides` entry (first entry wins for a draft named twice, config order then path order), minus
 * `ignores`; files → each file with the guide and direction of the entry that names it (--guide and
 * --direction win), ignored files skipped. Severities: config `rules`, then each matching override.
 * Throws `invalid-config` for unknown rule ids or globs leaving the repository, and `usage` when a file
 * has no guide.
 */
export async function planChecks(cfg: LoadedConfig | null, opts: PlanOptions): Promise<CheckTask[]> {
  const { cwd } = opts;
  if (!cfg) {
    if (opts.files.length === 0) throw new GuideError("usage", "", { problem: "noDrafts" });
    if (opts.guide === undefined) throw new GuideError("usage", "", { problem: "noGuide" });
    return opts.files.map((f) => ({ path: f, abs: resolve(cwd, f), guide: opts.guide!, direction: opts.direction, severity: {}, waivers: [] }));
  }
  const p = await prepare(cfg, opts);
  const tasks: CheckTask[] = [];
  if (opts.files.length === 0) {
    const seen = new Set<string>();
    for (const e of p.entries)
      for (const abs of e.drafts) {
        if (seen.has(abs)) continue;
        seen.add(abs);
        tasks.push(settle(abs, p, opts, opts.guide ?? e.guide, e.entry).task);
      }
    return tasks;
  }
  for (const f of opts.files) {
    const abs = resolve(cwd, f);
    if (p.ignored.has(abs)) continue;
    const e = p.entries.find((x) => x.set.has(abs));
    const { task } = settle(abs, p, opts, opts.guide ?? e?.guide, e?.entry);
    // Keep the path as the user wrote it, as without a config.
    tasks.push({ ...task, path: f });
  }
  return tasks;
}

/** How `guide check` would check one file, and why (guide check --print-config). */
export interface FileConfig {
  /** The file, as given. */
  file: string;
  /** The config file (relative to the working directory); null without one. */
  config: string | null;
  /** True when the config's `ignores` match the file: `guide check` skips it, and nothing else applies. */
  ignored: boolean;
  /** The `guides` entry that names the file (its index, id and line in the config); null when --guide alone decides. */
  entry: { index: number; id: string | null; line: number } | null;
  /** The guide (parsed .yaml/.json) or notice it is checked against, relative to the working directory or as given. */
  guide: string | null;
  /** The direction every finding is checked against; null: the one the draft names. */
  direction: string | null;
  /** How the notice numbers its directions (the entry's `directions`), if set. */
  directions: string | null;
  /** Indexes of the `overrides` matching the file, in the order they apply. */
  overrides: number[];
  /** Severity of every rule after the config's `rules` and the overrides (rule defaults elsewhere): off | info | warn | error. */
  rules: Record<string, "off" | "info" | "warn" | "error">;
  /** The config's waivers naming the file. */
  waivers: { rule: string; kpi: string | null; reason: string | null; line: number }[];
}

/**
 * The effective config of one file, as ESLint's --print-config: the entry naming it, its guide and
 * direction (--guide and --direction win, as in planChecks), every rule's severity after overrides
 * (`defaults` for rules the config leaves alone), the waivers naming it, and whether `ignores` skip it.
 * Throws `usage` when no entry names the file and there is no --guide, and what planChecks throws for a
 * bad config.
 */
export async function explainFile(cfg: LoadedConfig | null, opts: Omit<PlanOptions, "files"> & { file: string; defaults: Record<string, Severity> }): Promise<FileConfig> {
  const abs = resolve(opts.cwd, opts.file);
  const level = (s: SeveritySetting): FileConfig["rules"][string] => (s === "warning" ? "warn" : s);
  const rules = (severity: Record<string, SeveritySetting>): FileConfig["rules"] =>
    Object.fromEntries(Object.keys(opts.defaults).sort().map((id) => [id, level(severity[id] ?? opts.defaults[id])]));
  const bare = (config: string | null, task: CheckTask | null): FileConfig => ({
    file: opts.file,
    config,
    ignored: task === null,
    entry: null,
    guide: task?.guide ?? null,
    direction: task?.direction ?? null,
    directions: null,
    overrides: [],
    rules: task ? rules(task.severity) : {},
    waivers: [],
  });
  if (!cfg) return bare(null, (await planChecks(null, { ...opts, files: [opts.file] }))[0]);
  const p = await prepare(cfg, { ...opts, files: [opts.file] });
  if (p.ignored.has(abs)) return bare(p.file, null);
  const e = p.entries.find((x) => x.set.has(abs));
  const { task, overrides } = settle(abs, p, opts, opts.guide ?? e?.guide, e?.entry);
  return {
    file: opts.file,
    config: p.file,
    ignored: false,
    entry: e ? { index: e.index, id: e.entry.id ?? null, line: cfg.lineOf(["guides", e.index]) } : null,
    guide: task.guide,
    direction: task.direction ?? null,
    directions: task.noticeDirections ?? null,
    overrides,
    rules: rules(task.severity),
    waivers: task.waivers.map((w) => ({ rule: w.rule, kpi: w.kpi ?? null, reason: w.reason, line: w.line })),
  };
}
