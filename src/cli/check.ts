import { defaultCacheDir } from "../batch/cache.js";
import { checkBatch } from "../batch/index.js";
import type { RuleMeta } from "../check/rule.js";
import { en } from "../i18n/en.js";
import type { Lang } from "../i18n/index.js";
import { zh } from "../i18n/zh.js";
import type { SeveritySetting } from "../check/runner.js";
import { findConfig, loadConfig, repoRootOf, BASELINE_NAME, type LoadedConfig } from "../config/load.js";
import { planChecks, type CheckTask } from "../config/plan.js";
import { GuideError } from "../core/errors.js";
import type { GuideDocument } from "../model/guide.js";
import { FORMATTERS, type FormatName } from "../report/formatters/index.js";
import { buildResult, DRAFT_UNREADABLE, exitCodeOf, type CheckedFile } from "../report/result.js";
import type { CheckEngine } from "./engine.js";
import { loadGuide } from "./load-guide.js";
import { createProgress } from "./progress.js";

/** Options of `guide check` after commander. */
export interface CheckCommandOptions {
  /** --guide: the guide for every draft; wins over guide.config.yaml. Required without a config. */
  guide?: string;
  /** --config FILE; default: guide.config.yaml found upward from the working directory. */
  config?: string;
  /** false with --no-baseline: ignore the baseline file. */
  baseline?: boolean;
  /** --write-baseline [FILE]: accept the current findings into FILE (true: the default file). */
  writeBaseline?: string | true;
  /** --report-unused-waivers: report waivers that matched nothing (unused-waiver). */
  reportUnusedWaivers?: boolean;
  direction?: string;
  format: FormatName;
  failOn: "warning" | "error";
  output?: string;
  maxBytes: number;
  /** --jobs N: worker threads (default: os.availableParallelism()). */
  jobs?: number;
  /** false with --no-cache: parse a notice given as --guide even when the cache holds it. */
  cache?: boolean;
  /** --quiet: no progress bar. */
  quiet?: boolean;
}

/** What runCheck may touch. */
export interface CheckIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: Record<string, string | undefined>;
  lang: Lang;
  debug: boolean;
  version: string;
  /** The check engine; the real one (src/draft, src/check) when absent. */
  engine?: CheckEngine;
}

/**
 * `guide check [DRAFT...] [--guide GUIDE]`: plan the checks from guide.config.yaml (found upward, or
 * --config) and the arguments (src/config/plan.ts: each draft with its guide, direction and severities;
 * no arguments → every draft the config names), check them (checkFiles), apply waivers (inline comments
 * and config waivers) and the baseline, print one report in `--format`, and return the exit code (SPEC):
 * 0 nothing at or above --fail-on, 1 findings, 2 a fatal finding. A bad config or guide, or a usage
 * error, throws a GuideError (exit 2). A draft that cannot be read becomes a fatal finding of that draft
 * and the others still run (HOUSE-STYLE 7.8.10).
 */
export async function runCheck(drafts: string[], opts: CheckCommandOptions, io: CheckIo): Promise<number> {
  const { cwd, lang } = io;
  const engine = io.engine ?? (await (await import("./engine.js")).loadEngine());
  const cfg = await findAndLoadConfig(opts.config, cwd);
  const tasks = await planChecks(cfg, {
    cwd,
    files: drafts,
    guide: opts.guide,
    direction: opts.direction,
    ruleIds: new Set(Object.keys(engine.rules)),
  });

  let emit = async (text: string): Promise<void> => void io.stdout.write(text);
  const output = opts.output;
  if (output !== undefined) {
    const { assertNotInput, writeFileAtomic } = await import("../core/atomic-write.js");
    for (const input of new Set(tasks.flatMap((t) => [t.guide, t.path]))) await assertNotInput(output, input, cwd);
    emit = (text) => writeFileAtomic(output, text, cwd);
  }

  let files = await checkFiles(tasks, { ...io, opts });
  files = await applyAllWaivers(files, tasks, cfg, opts.reportUnusedWaivers === true, lang, cwd);
  files = await applyBaselineFile(files, cfg, opts, io);

  const result = buildResult(files);
  const rules: Record<string, RuleMeta & { url?: string }> = {};
  for (const [id, meta] of Object.entries(engine.rules)) rules[id] = { ...meta, url: engine.ruleUrl(id) };
  rules[DRAFT_UNREADABLE] = { ...UNREADABLE_META, url: engine.ruleUrl(DRAFT_UNREADABLE) };
  // Colour only for people: text on a terminal, and never when NO_COLOR is set (no-color.org: non-empty).
  const color = opts.format === "text" && output === undefined && io.stdout.isTTY === true && !io.env.NO_COLOR;
  await emit(FORMATTERS[opts.format](result, { lang, color, cwd, rules, guidePath: opts.guide ?? tasks[0]?.guide, version: io.version }));
  return exitCodeOf(result, opts.failOn);
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

/** guide.config.yaml: --config FILE, else the one found upward from `cwd`, else none. */
async function findAndLoadConfig(file: string | undefined, cwd: string): Promise<LoadedConfig | null> {
  const path = file ?? findConfig(cwd);
  return path === null ? null : loadConfig(path, cwd);
}

/** What checkFiles needs: the CLI's io, the engine, and the options of the command. */
export interface CheckFilesContext extends CheckIo {
  opts: CheckCommandOptions;
}

/**
 * Check every task (a draft with its guide, direction and severities) and return the checked drafts in
 * task order. Each guide is loaded once (through the notice cache unless --no-cache); drafts sharing a
 * guide, a direction and severities go to src/batch together, on worker threads. A guide that cannot be
 * loaded is a GuideError (exit 2); a draft that cannot be read is a fatal finding of that draft.
 */
export async function checkFiles(tasks: readonly CheckTask[], ctx: CheckFilesContext): Promise<CheckedFile[]> {
  const { opts, cwd, lang } = ctx;
  const guides = new Map<string, Promise<GuideDocument>>();
  const guideOf = (path: string, directions?: string): Promise<GuideDocument> => {
    const key = JSON.stringify([path, directions ?? null]);
    let g = guides.get(key);
    if (!g) {
      g = loadGuide(path, cwd, opts.maxBytes, opts.cache === false ? null : defaultCacheDir(cwd), directions);
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

  const files: CheckedFile[] = new Array(tasks.length);
  const progress = await createProgress(tasks.length, { stderr: ctx.stderr, env: ctx.env, quiet: opts.quiet === true, lang });
  let before = 0;
  try {
    for (const g of groups.values()) {
      const base = before;
      const checked = await checkBatch({
        guide: await guideOf(g.guide, g.directions),
        drafts: g.indexes.map((i) => tasks[i].path),
        cwd,
        jobs: opts.jobs,
        lang,
        direction: g.direction,
        severity: g.severity,
        maxBytes: opts.maxBytes,
        // Only an engine given by the caller (tests) is passed on: it keeps the batch in process.
        engine: ctx.engine,
        onProgress: progress ? (done) => progress.update(base + done, tasks.length) : undefined,
        onError: ctx.debug ? (_path, stack) => void ctx.stderr.write(stack + "\n") : undefined,
      });
      checked.forEach((c, k) => (files[g.indexes[k]] = c));
      before += g.indexes.length;
    }
  } finally {
    progress?.stop();
  }
  return files;
}

/** Read a Markdown/TXT draft's waiver comments; none for other formats or an unreadable draft. */
async function directivesOf(task: CheckTask): Promise<import("../waivers/inline.js").Directive[]> {
  if (!/\.(md|markdown|txt)$/i.test(task.abs)) return [];
  const { decodeForDirectives, parseDirectives } = await import("../waivers/inline.js");
  try {
    const { readFile } = await import("node:fs/promises");
    return parseDirectives(decodeForDirectives(await readFile(task.abs)));
  } catch {
    return [];
  }
}

/**
 * Apply inline waivers (Markdown/TXT) and the config's waivers to each checked draft; report waivers
 * without a reason, and with `reportUnused` those that matched nothing.
 */
async function applyAllWaivers(
  files: CheckedFile[],
  tasks: readonly CheckTask[],
  cfg: LoadedConfig | null,
  reportUnused: boolean,
  lang: Lang,
  cwd: string,
): Promise<CheckedFile[]> {
  const { applyWaivers, unusedConfigWaivers } = await import("../waivers/apply.js");
  const { relative, sep } = await import("node:path");
  const configPath = cfg ? relative(cwd, cfg.path).split(sep).join("/") : null;
  const used = new Set<number>();
  const out: CheckedFile[] = [];
  for (const [i, file] of files.entries()) {
    const task = tasks[i];
    const r = applyWaivers({
      path: file.path,
      directionId: file.directionId,
      findings: file.findings,
      directives: await directivesOf(task),
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
 * The baseline: with --write-baseline, write the current findings (atomically) and accept them all;
 * otherwise, unless --no-baseline, accept the findings the baseline file lists (when it exists). Its
 * default place is `baseline` of the config, else .guide-baseline.json next to the config (or in the
 * working directory without one); keys are relative to the repository root.
 */
async function applyBaselineFile(files: CheckedFile[], cfg: LoadedConfig | null, opts: CheckCommandOptions, io: CheckIo): Promise<CheckedFile[]> {
  const { cwd } = io;
  const { resolve, relative, join, sep } = await import("node:path");
  const root = cfg?.root ?? repoRootOf(cwd);
  const write = opts.writeBaseline;
  let abs: string;
  if (typeof write === "string") abs = resolve(cwd, write);
  else if (cfg?.config.baseline !== undefined) {
    const { resolveConfigPath } = await import("../config/load.js");
    abs = resolveConfigPath(cfg.config.baseline, cfg, "baseline");
  } else abs = join(cfg?.dir ?? cwd, BASELINE_NAME);
  const shown = relative(cwd, abs).split(sep).join("/");
  const b = await import("../waivers/baseline.js");
  if (write !== undefined) {
    for (const f of files) if (resolve(cwd, f.path) === abs) throw new GuideError("output-is-input", shown);
    const { writeFileAtomic } = await import("../core/atomic-write.js");
    const baseline = b.buildBaseline(files, cwd, root);
    await writeFileAtomic(abs, b.renderBaseline(baseline), cwd, shown);
    const count = baseline.findings.reduce((n, e) => n + e.count, 0);
    io.stderr.write(io.lang === "zh" ? `guide: 已将 ${count} 个问题写入基线 ${shown}\n` : `guide: wrote ${count} finding(s) to the baseline ${shown}\n`);
    return b.applyBaseline(files, baseline, cwd, root).files;
  }
  if (opts.baseline === false) return files;
  const baseline = await b.readBaseline(abs, shown);
  return baseline ? b.applyBaseline(files, baseline, cwd, root).files : files;
}
