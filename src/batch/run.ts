import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { RuleMeta } from "../check/rule.js";
import type { SeveritySetting } from "../check/runner.js";
import { BASELINE_NAME, findConfig, loadConfig, repoRootOf, resolveConfigPath, type LoadedConfig } from "../config/load.js";
import { explainFile, planChecks, type CheckTask, type FileConfig } from "../config/plan.js";
import { writeFileAtomic } from "../core/atomic-write.js";
import { GuideError } from "../core/errors.js";
import { DEFAULT_MAX_BYTES, STDIN_ARGUMENT, type StdinInput } from "../core/read-input.js";
import { en } from "../i18n/en.js";
import type { Lang } from "../i18n/index.js";
import { zh } from "../i18n/zh.js";
import type { CheckResult } from "../model/check.js";
import type { GuideDocument } from "../model/guide.js";
import { buildResult, DRAFT_UNREADABLE, markWaivedKpis, type CheckedFile } from "../report/result.js";
import type { Directive } from "../waivers/inline.js";
import { defaultCacheDir } from "./cache.js";
import type { CheckEngine } from "./engine.js";
import { hasDirection, loadGuide, unknownDirection } from "./guide.js";
import { checkBatch } from "./index.js";

/** Options of checkFiles: what `guide check` takes on its command line, as data. */
export interface CheckFilesOptions {
  /** Directory relative paths are resolved against (and reports show paths relative to). */
  cwd: string;
  /** The drafts, checked and reported in this order; none → every draft guide.config.yaml names. */
  files?: string[];
  /** The guide for every draft: parsed .yaml/.json, or a notice parsed now; wins over the config. Required without a config. */
  guide?: string;
  /** The config file; default: guide.config.yaml found upward from `cwd` (none found → no config). */
  config?: string;
  /** Check every draft against this direction instead of the one it names. */
  direction?: string;
  /** Language of the findings' messages (default zh). */
  lang?: Lang;
  /** Refuse inputs larger than this many bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** Worker threads (default os.availableParallelism()); 1 checks in process. */
  jobs?: number;
  /** false: parse a notice given as guide even when the notice cache holds it. */
  cache?: boolean;
  /** false: ignore the baseline file and report every finding. */
  baseline?: boolean;
  /** Accept the current findings into this baseline file (true: the default file), atomically. */
  writeBaseline?: string | true;
  /** Report waivers that matched no finding (unused-waiver). */
  reportUnusedWaivers?: boolean;
  /** Standard input, read: the draft a `-` among `files` stands for (reported under its `path`). */
  stdin?: StdinInput;
  /** Called once the guides are loaded, before the first draft is checked. */
  onStart?: (total: number) => void | Promise<void>;
  /** Called after each draft is checked (in completion order), e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Called with the stack of the error that made a draft unreadable (the CLI prints it under --debug). */
  onDraftError?: (path: string, stack: string) => void;
  /** An engine to use instead of the real one (src/draft + src/check); checks in process. Tests only. */
  engine?: CheckEngine;
}

/** A planned check run: the config, and every draft with its guide, direction and severities. */
export interface CheckPlan {
  options: CheckFilesOptions;
  engine: CheckEngine;
  config: LoadedConfig | null;
  tasks: CheckTask[];
}

/** The outcome of a check run. */
export interface CheckRun {
  /** The report every formatter takes (`guide check --format json` prints it). */
  result: CheckResult;
  /** Rule meta by id, with each rule's documentation URL: the formatters' `rules` (SARIF tool.driver.rules). */
  rules: Record<string, RuleMeta & { url: string }>;
  /** The guide the drafts were checked against as the user named it (the first one with a config). */
  guidePath?: string;
  /** With writeBaseline: the file written (relative to cwd) and how many findings it holds. */
  baselineWritten?: { path: string; count: number };
}

/**
 * Check drafts against their guides as `guide check` does: plan the checks from guide.config.yaml and the
 * options, check every draft (worker threads, the notice cache), apply waivers (inline comments and config
 * waivers) and the baseline, and return the report. A bad config or guide, or a usage error, throws a
 * GuideError; a draft that cannot be read becomes a fatal finding of that draft and the others still run.
 */
export async function checkFiles(options: CheckFilesOptions): Promise<CheckRun> {
  return runCheckPlan(await planCheck(options));
}

// What a draft can be; a folder given to `guide check` stands for the drafts below it.
const DRAFT_GLOB = "**/*.{md,markdown,txt,text,docx,pdf,html,htm}";
const NOT_DRAFTS = ["**/node_modules/**", "**/.git/**", "**/.guide-cache/**"];

/**
 * The drafts the arguments name, in order: a folder → the drafts below it (sorted), a quoted glob (shells on
 * Windows do not expand them) → its matches (sorted), anything else as given (a missing file is reported as
 * unreadable, not dropped). The glob library loads only when an argument needs it.
 */
export async function expandDraftArguments(args: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const stat = statSync(abs, { throwIfNoEntry: false });
    const isDir = stat?.isDirectory() === true;
    const isGlob = stat === undefined && /[*?[\]{}]/.test(arg);
    if (!isDir && !isGlob) {
      out.push(arg);
      continue;
    }
    const { glob } = await import("tinyglobby");
    // a folder is searched from itself and its drafts named as the argument spells it (drafts/a.md, /abs/a.md)
    const found = isDir
      ? (await glob(DRAFT_GLOB, { cwd: abs, ignore: NOT_DRAFTS, onlyFiles: true })).map((f) => join(arg, f))
      : await glob(arg.replace(/\\/g, "/"), { cwd, ignore: NOT_DRAFTS, onlyFiles: true, absolute: isAbsolute(arg) });
    out.push(...found.sort());
  }
  return out;
}

/**
 * The first half of checkFiles: find and load the config and plan the checks, reading no draft and no
 * guide yet (so a caller can refuse, say, an output file that is one of the inputs before any work).
 */
export async function planCheck(options: CheckFilesOptions): Promise<CheckPlan> {
  const { engine, config } = await engineAndConfig(options);
  const tasks = await planChecks(config, {
    cwd: options.cwd,
    files: stdinAsPath(await expandDraftArguments(options.files ?? [], options.cwd), options.stdin),
    guide: options.guide,
    direction: options.direction,
    ruleIds: new Set(Object.keys(engine.rules)),
  });
  return { options, engine, config, tasks };
}

/** The engine (the caller's, else the real one) and the config: `config`, else guide.config.yaml found upward from `cwd`. */
async function engineAndConfig(options: Pick<CheckFilesOptions, "cwd" | "config" | "engine">): Promise<{ engine: CheckEngine; config: LoadedConfig | null }> {
  const engine = options.engine ?? (await (await import("./engine.js")).loadEngine());
  const path = options.config ?? findConfig(options.cwd);
  return { engine, config: path === null ? null : await loadConfig(path, options.cwd) };
}

/** `-` among the drafts stands for standard input, under the path it is reported as; once, and only when it was read. */
function stdinAsPath(files: string[], stdin: StdinInput | undefined): string[] {
  const dashes = files.filter((f) => f === STDIN_ARGUMENT).length;
  if (dashes === 0) return files;
  if (stdin === undefined || dashes > 1) throw new GuideError("usage", "", { problem: "stdinOnce" });
  return files.map((f) => (f === STDIN_ARGUMENT ? stdin.path : f));
}

/**
 * The effective config of one draft, as ESLint's calculateConfigForFile (`guide check --print-config FILE`):
 * the config entry naming it, its guide and direction, rule severities after overrides, waivers, whether
 * `ignores` skip it. Reads neither the draft nor the guide. Throws GuideError `usage` when no entry names
 * the file and no `guide` is given, and `invalid-config` for a bad config.
 */
export async function calculateConfigForFile(
  options: Pick<CheckFilesOptions, "cwd" | "config" | "guide" | "direction" | "engine"> & { file: string },
): Promise<FileConfig> {
  const { engine, config } = await engineAndConfig(options);
  const defaults = Object.fromEntries(Object.entries(engine.rules).map(([id, meta]) => [id, meta.defaultSeverity]));
  return explainFile(config, { ...options, ruleIds: new Set(Object.keys(engine.rules)), defaults });
}

/** The second half of checkFiles: check the planned drafts, apply waivers and the baseline. */
export async function runCheckPlan(plan: CheckPlan): Promise<CheckRun> {
  const { options, engine, config, tasks } = plan;
  const checked = await checkTasks(tasks, options);
  const waived = await applyAllWaivers(checked, tasks, config, options);
  const baseline = await applyBaselineFile(waived, config, options);
  const rules: CheckRun["rules"] = {};
  for (const [id, meta] of Object.entries(engine.rules)) rules[id] = { ...meta, url: engine.ruleUrl(id) };
  rules[DRAFT_UNREADABLE] = { ...UNREADABLE_META, url: engine.ruleUrl(DRAFT_UNREADABLE) };
  return {
    result: buildResult(baseline.files.map((f, i) => markWaivedKpis(checked[i].findings, f))),
    rules,
    guidePath: options.guide ?? tasks[0]?.guide,
    ...(baseline.written ? { baselineWritten: baseline.written } : {}),
  };
}

/** Meta of the fatal input "rule", for SARIF's driver rules. */
const UNREADABLE_META: RuleMeta = {
  id: DRAFT_UNREADABLE,
  category: "input",
  defaultSeverity: "error",
  description: { zh: zh.check.unreadableRule, en: en.check.unreadableRule },
  requires: { guide: [], draft: [] },
  messages: {},
};

/**
 * Check every task (a draft with its guide, direction and severities) and return the checked drafts in
 * task order. Each guide is loaded once (through the notice cache unless `cache` is false); drafts sharing
 * a guide, a direction and severities go to checkBatch together, on worker threads. A guide that cannot be
 * loaded is a GuideError; a draft that cannot be read is a fatal finding of that draft.
 */
async function checkTasks(tasks: readonly CheckTask[], options: CheckFilesOptions): Promise<CheckedFile[]> {
  const { cwd } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const guides = new Map<string, Promise<GuideDocument>>();
  const guideOf = (path: string, directions?: string): Promise<GuideDocument> => {
    const key = JSON.stringify([path, directions ?? null]);
    let g = guides.get(key);
    if (!g) {
      g = loadGuide(path, cwd, maxBytes, options.cache === false ? null : defaultCacheDir(cwd), directions);
      guides.set(key, g);
    }
    return g;
  };
  const groups = new Map<string, { guide: string; directions?: string; direction?: string; severity: Record<string, SeveritySetting>; indexes: number[] }>();
  tasks.forEach((t, i) => {
    const key = JSON.stringify([t.guide, t.noticeDirections ?? null, t.direction ?? null, Object.entries(t.severity).sort()]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { guide: t.guide, directions: t.noticeDirections, direction: t.direction, severity: t.severity, indexes: [] }));
    g.indexes.push(i);
  });
  // Guides first, in task order, so that a bad guide fails before any draft is read.
  for (const g of groups.values()) await guideOf(g.guide, g.directions);
  // A --direction (or a config entry's direction) the guide does not have is a usage error, not a finding per draft.
  for (const g of groups.values()) {
    const guide = await guideOf(g.guide, g.directions);
    if (g.direction !== undefined && !(await hasDirection(guide, g.direction))) throw unknownDirection(g.guide, guide, g.direction, options.lang ?? "zh");
  }

  const files: CheckedFile[] = new Array(tasks.length);
  await options.onStart?.(tasks.length);
  const onProgress = options.onProgress;
  let before = 0;
  for (const g of groups.values()) {
    const base = before;
    const guide = await guideOf(g.guide, g.directions);
    // the guide each draft was checked against, named in the report (drafts of a config may have different ones)
    const named = { path: g.guide, title: guide.meta.title, notice: guide.source.path };
    const checked = await checkBatch({
      guide,
      drafts: g.indexes.map((i) => tasks[i].path),
      cwd,
      jobs: options.jobs,
      lang: options.lang ?? "zh",
      direction: g.direction,
      severity: g.severity,
      maxBytes,
      stdin: options.stdin,
      // Only an engine given by the caller (tests) is passed on: it keeps the batch in process.
      engine: options.engine,
      onProgress: onProgress ? (done) => onProgress(base + done, tasks.length) : undefined,
      onError: options.onDraftError,
    });
    checked.forEach((c, k) => {
      const title = c.directionId === null ? undefined : guide.directions.find((d) => d.id === c.directionId)?.title;
      files[g.indexes[k]] = { path: c.path, directionId: c.directionId, ...(title !== undefined ? { directionTitle: title } : {}), guide: named, findings: c.findings, ...(c.kpiChecklist ? { kpiChecklist: c.kpiChecklist } : {}) };
    });
    before += g.indexes.length;
  }
  return files;
}

/** Read a Markdown/TXT draft's waiver comments; none for other formats or an unreadable draft. */
async function directivesOf(task: CheckTask, stdin: StdinInput | undefined): Promise<Directive[]> {
  const piped = stdin?.path === task.path ? stdin : undefined;
  if (piped ? piped.format !== "md" && piped.format !== "txt" : !/\.(md|markdown|txt)$/i.test(task.abs)) return [];
  const { decodeForDirectives, parseDirectives } = await import("../waivers/inline.js");
  try {
    return parseDirectives(decodeForDirectives(piped?.bytes ?? (await readFile(task.abs))));
  } catch {
    return [];
  }
}

/**
 * Apply inline waivers (Markdown/TXT) and the config's waivers to each checked draft; report waivers
 * without a reason, and with `reportUnusedWaivers` those that matched nothing.
 */
async function applyAllWaivers(
  files: CheckedFile[],
  tasks: readonly CheckTask[],
  cfg: LoadedConfig | null,
  options: CheckFilesOptions,
): Promise<CheckedFile[]> {
  const { cwd } = options;
  const lang = options.lang ?? "zh";
  const reportUnused = options.reportUnusedWaivers === true;
  const { applyWaivers, unusedConfigWaivers } = await import("../waivers/apply.js");
  const configPath = cfg ? relative(cwd, cfg.path).split(sep).join("/") : null;
  const used = new Set<number>();
  const out: CheckedFile[] = [];
  for (const [i, file] of files.entries()) {
    const task = tasks[i];
    const r = applyWaivers({
      path: file.path,
      directionId: file.directionId,
      findings: file.findings,
      directives: await directivesOf(task, options.stdin),
      config: task.waivers,
      configPath,
      severity: task.severity,
      lang,
      reportUnused,
    });
    for (const n of r.usedConfig) used.add(n);
    out.push({ ...file, findings: r.findings });
  }
  if (reportUnused && configPath !== null) {
    // A config waiver is judged over every draft it names; its finding goes with the first of them.
    const firstOf = new Map<number, number>();
    tasks.forEach((t, i) => t.waivers.forEach((w) => firstOf.has(w.index) || firstOf.set(w.index, i)));
    for (const [index, i] of firstOf) {
      const w = tasks[i].waivers.find((x) => x.index === index)!;
      out[i].findings.push(...unusedConfigWaivers([w], used, configPath, tasks[i].severity, lang));
    }
  }
  return out;
}

/**
 * The baseline: with `writeBaseline`, write the current findings (atomically) and accept them all;
 * otherwise, unless `baseline` is false, accept the findings the baseline file lists (when it exists). Its
 * default place is `baseline` of the config, else .guide-baseline.json next to the config (or in the
 * working directory without one); keys are relative to the repository root.
 */
async function applyBaselineFile(
  files: CheckedFile[],
  cfg: LoadedConfig | null,
  options: CheckFilesOptions,
): Promise<{ files: CheckedFile[]; written?: { path: string; count: number } }> {
  const { cwd } = options;
  const root = cfg?.root ?? repoRootOf(cwd);
  const write = options.writeBaseline;
  let abs: string;
  if (typeof write === "string") abs = resolve(cwd, write);
  else if (cfg?.config.baseline !== undefined) abs = resolveConfigPath(cfg.config.baseline, cfg, "baseline");
  else abs = join(cfg?.dir ?? cwd, BASELINE_NAME);
  const shown = relative(cwd, abs).split(sep).join("/");
  if (write !== undefined) {
    for (const f of files) if (resolve(cwd, f.path) === abs) throw new GuideError("output-is-input", shown);
    const { applyBaseline, buildBaseline, renderBaseline } = await import("../waivers/baseline.js");
    const baseline = buildBaseline(files, cwd, root);
    await writeFileAtomic(abs, renderBaseline(baseline), cwd, shown);
    const count = baseline.findings.reduce((n, e) => n + e.count, 0);
    return { files: applyBaseline(files, baseline, cwd, root).files, written: { path: shown, count } };
  }
  // Most repositories have no baseline: its reader (and zod) is then never loaded (issue 14).
  if (options.baseline === false || !existsSync(abs)) return { files };
  const { applyBaseline, readBaseline } = await import("../waivers/baseline.js");
  const baseline = await readBaseline(abs, shown);
  return { files: baseline ? applyBaseline(files, baseline, cwd, root).files : files };
}
