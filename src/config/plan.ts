/**
 * What `guide check` checks: the drafts of guide.config.yaml (no file arguments), or the files given,
 * each with its guide, direction and rule severities from the config (overrides applied in order).
 */
import { relative, resolve, sep } from "node:path";
import type { SeveritySetting } from "../check/runner.js";
import { GuideError } from "../core/errors.js";
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
    c.guides.map(async (g, i) => {
      const where = `guides[${i}]`;
      const guideAbs = resolveConfigPath((g.notice ?? g.guide)!, cfg, `${where}.${g.notice !== undefined ? "notice" : "guide"}`);
      const drafts = await expand(g.drafts, cfg, `${where}.drafts`, ignores);
      return { entry: g, guide: shown(guideAbs, cwd), drafts, set: new Set(drafts) };
    }),
  );
  const overrides = await Promise.all(
    (c.overrides ?? []).map(async (o, i) => ({ o, set: new Set(await expand(o.files, cfg, `overrides[${i}].files`)) })),
  );
  const waivers = await Promise.all(
    (c.waivers ?? []).map(async (w, i) => ({
      ref: { rule: w.rule, kpi: w.kpi, reason: w.reason?.trim() ? w.reason.trim() : null, index: i, line: cfg.lineOf(["waivers", i]) },
      set: new Set(await expand([w.file], cfg, `waivers[${i}].file`)),
    })),
  );

  const baseSeverity: Record<string, SeveritySetting> = {};
  for (const [id, s] of Object.entries(c.rules ?? {})) baseSeverity[id] = severityOf(s);

  const task = (abs: string, guide: string | undefined, entryDirection: string | undefined, noticeDirections?: string): CheckTask => {
    const severity = { ...baseSeverity };
    let direction = entryDirection;
    for (const { o, set } of overrides) {
      if (!set.has(abs)) continue;
      for (const [id, s] of Object.entries(o.rules ?? {})) severity[id] = severityOf(s);
      if (o.direction !== undefined) direction = o.direction;
    }
    if (guide === undefined)
      throw new GuideError("usage", "", { problem: "noGuideFor", draft: shown(abs, cwd), config: file });
    return {
      path: shown(abs, cwd),
      abs,
      guide,
      direction: opts.direction ?? direction,
      ...(noticeDirections !== undefined && guide !== opts.guide ? { noticeDirections } : {}),
      severity,
      waivers: waivers.filter((w) => w.set.has(abs)).map((w) => w.ref),
    };
  };

  const tasks: CheckTask[] = [];
  if (opts.files.length === 0) {
    const seen = new Set<string>();
    for (const e of entries)
      for (const abs of e.drafts) {
        if (seen.has(abs)) continue;
        seen.add(abs);
        tasks.push(task(abs, opts.guide ?? e.guide, e.entry.direction, e.entry.directions));
      }
    return tasks;
  }
  for (const f of opts.files) {
    const abs = resolve(cwd, f);
    if (ignored.has(abs)) continue;
    const e = entries.find((x) => x.set.has(abs));
    const t = task(abs, opts.guide ?? e?.guide, e?.entry.direction, e?.entry.directions);
    // Keep the path as the user wrote it, as without a config.
    tasks.push({ ...t, path: f });
  }
  return tasks;
}
