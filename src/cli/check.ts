import { calculateConfigForFile, planCheck, runCheckPlan } from "../batch/run.js";
import { readStdin, STDIN_ARGUMENT, type StdinStream } from "../core/read-input.js";
import type { CheckEngine } from "../batch/engine.js";
import { GuideError } from "../core/errors.js";
import { emitYaml } from "../core/emit-yaml.js";
import { messagesFor, fill, type Lang } from "../i18n/index.js";
import { FORMATTERS, type FormatName } from "../report/formatters/index.js";
import { errorsOnly, exitCodeOf } from "../report/result.js";
import { reportTime } from "../report/time.js";
import { createProgress, type Progress } from "./progress.js";

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
  /** --quiet: errors only, as ESLint's (no warnings or infos reported, none counted), and no progress bar. */
  quiet?: boolean;
  /** false with --no-progress: no progress bar. */
  progress?: boolean;
  /** --max-warnings N: exit 1 when there are more warnings than N. */
  maxWarnings?: number;
  /** --stdin-filename: with `-`, the name the piped draft is reported under (its extension tells the format). */
  stdinFilename?: string;
  /** --print-config FILE: print how FILE would be checked (YAML, or JSON with --format json) instead of checking. */
  printConfig?: string;
}

/** What runCheck may touch. */
export interface CheckIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  /** Standard input, read only when a draft is `-`. */
  stdin: () => StdinStream;
  cwd: string;
  env: Record<string, string | undefined>;
  lang: Lang;
  debug: boolean;
  version: string;
  /** The check engine; the real one (src/draft, src/check) when absent. */
  engine?: CheckEngine;
}

/**
 * `guide check [DRAFT...] [--guide GUIDE]`: the check run of the library (src/batch/run.ts: config, plan,
 * workers, cache, waivers, baseline) with a progress bar on stderr, then one report in `--format` on stdout
 * or in `-o FILE`, and the exit code (SPEC): 0 nothing at or above --fail-on, 1 findings, 2 a fatal finding.
 * A bad config or guide, or a usage error, throws a GuideError (exit 2).
 */
export async function runCheck(drafts: string[], opts: CheckCommandOptions, io: CheckIo): Promise<number> {
  const { cwd, lang } = io;
  if (opts.printConfig !== undefined) {
    if (drafts.length > 0) throw new GuideError("usage", "", { detail: "--print-config FILE prints the config of one file: name no drafts besides it" });
    const effective = await calculateConfigForFile({ cwd, file: opts.printConfig, config: opts.config, guide: opts.guide, direction: opts.direction, engine: io.engine });
    io.stdout.write(opts.format === "json" ? JSON.stringify(effective, null, 2) + "\n" : emitYaml(effective));
    return 0;
  }
  let progress: Progress | null = null;
  const stdin = drafts.includes(STDIN_ARGUMENT) ? await readStdin(io.stdin(), opts.stdinFilename, opts.maxBytes) : undefined;
  const plan = await planCheck({
    cwd,
    files: drafts,
    guide: opts.guide,
    config: opts.config,
    direction: opts.direction,
    lang,
    maxBytes: opts.maxBytes,
    jobs: opts.jobs,
    cache: opts.cache,
    baseline: opts.baseline,
    writeBaseline: opts.writeBaseline,
    reportUnusedWaivers: opts.reportUnusedWaivers,
    stdin,
    engine: io.engine,
    onStart: async (total) => void (progress = await createProgress(total, { stderr: io.stderr, env: io.env, quiet: opts.quiet === true || opts.progress === false, lang })),
    onProgress: (done, total) => progress?.update(done, total),
    onDraftError: io.debug ? (_path, stack) => void io.stderr.write(stack + "\n") : undefined,
  });

  let emit = async (text: string): Promise<void> => void io.stdout.write(text);
  const output = opts.output;
  if (output !== undefined) {
    const { assertNotInput, writeFileAtomic } = await import("../core/atomic-write.js");
    // Refused before any draft is read, so the mistake costs nothing and touches nothing.
    for (const input of new Set(plan.tasks.flatMap((t) => [t.guide, t.path]))) if (input !== stdin?.path) await assertNotInput(output, input, cwd);
    emit = (text) => writeFileAtomic(output, text, cwd);
  }

  const run = await runCheckPlan(plan).finally(() => progress?.stop());
  if (run.baselineWritten) io.stderr.write(fill(messagesFor(lang).cli.baselineWritten, run.baselineWritten) + "\n");

  // Colour only for people: text on a terminal, and never when NO_COLOR is set (no-color.org: non-empty).
  const color = opts.format === "text" && output === undefined && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const result = opts.quiet ? errorsOnly(run.result) : run.result;
  const generatedAt = reportTime(io.env);
  await emit(FORMATTERS[opts.format](result, { lang, color, cwd, rules: run.rules, guidePath: run.guidePath, version: io.version, generatedAt }));
  return exitCodeOf(result, opts.failOn, opts.maxWarnings);
}
